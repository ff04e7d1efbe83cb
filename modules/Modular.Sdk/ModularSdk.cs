namespace Modular.Sdk;

/// <summary>The version of the plugin contract. A plugin built for another major version is refused.</summary>
public static class ModularSdk
{
    public static Version Version { get; } = typeof(ModularSdk).Assembly.GetName().Version ?? new Version(0, 0);

    public const string AssemblyName = "Modular.Sdk";

    /// <summary>Two SDK versions are compatible when their majors agree (semantic versioning).</summary>
    public static bool IsCompatible(Version target) => target.Major == Version.Major;
}
