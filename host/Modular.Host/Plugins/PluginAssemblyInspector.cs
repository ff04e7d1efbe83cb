using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using Modular.Sdk;

namespace Modular.Host.Plugins;

/// <summary>
/// Reads a plugin assembly's references from its metadata, without loading or running it, to refuse
/// one built for another SDK major or against a newer shared assembly than the host carries.
/// </summary>
public static class PluginAssemblyInspector
{
    /// <summary>Returns the reason to refuse the assembly, or null when it may be loaded.</summary>
    public static string? FindIncompatibility(string assemblyPath, Version hostSdk, SharedAssemblies shared, Func<AssemblyName, Version?> hostVersionOf)
    {
        IReadOnlyList<AssemblyName> references;
        try
        {
            references = ReadReferences(assemblyPath);
        }
        catch (Exception ex) when (ex is BadImageFormatException or InvalidOperationException)
        {
            throw new BadImageFormatException($"{Path.GetFileName(assemblyPath)} is not a valid .NET assembly: {ex.Message}", ex);
        }

        var sdk = references.FirstOrDefault(r => r.Name == ModularSdk.AssemblyName);
        if (sdk?.Version is null)
            return $"{Path.GetFileName(assemblyPath)} does not reference {ModularSdk.AssemblyName}; a plugin is built against the SDK.";
        if (sdk.Version.Major != hostSdk.Major)
            return $"built for SDK {sdk.Version.ToString(3)}, but this host runs SDK {hostSdk.ToString(3)}: rebuild the plugin against SDK {hostSdk.Major}.x.";

        foreach (var reference in references.Where(r => shared.IsShared(r) && r.Version is not null))
        {
            var hostVersion = hostVersionOf(reference);
            if (hostVersion is null)
                return $"references {reference.Name} {reference.Version}, a shared assembly this host does not carry: add it to the host or do not use it in the plugin.";
            if (reference.Version > hostVersion)
                return $"built against {reference.Name} {reference.Version}, newer than the host's {hostVersion}: update the host or build the plugin against the host's version.";
        }
        return null;
    }

    /// <summary>
    /// The reason to refuse a plugin folder that carries its own copy of a shared assembly (the plugin build
    /// leaves them out), or null. Such a copy would be loaded silently whenever the host's could not be, and
    /// the plugin's types would then no longer be the host's.
    /// </summary>
    public static string? FindSharedCopy(string pluginFolder, SharedAssemblies shared)
    {
        foreach (var file in Directory.EnumerateFiles(pluginFolder, "*.dll", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = NameOf(file);
            if (name.EndsWith(".resources", StringComparison.OrdinalIgnoreCase)) name = name[..^".resources".Length];
            if (shared.IsShared(name))
                return $"carries its own copy of {Path.GetRelativePath(pluginFolder, file)}, an assembly the host provides: remove it (build the plugin with plugins/Plugin.Build.props, which leaves shared assemblies out).";
        }
        return null;
    }

    private static string NameOf(string file)
    {
        try
        {
            return AssemblyName.GetAssemblyName(file).Name ?? Path.GetFileNameWithoutExtension(file);
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException)
        {
            return Path.GetFileNameWithoutExtension(file); // not an assembly: judge it by its name
        }
    }

    public static IReadOnlyList<AssemblyName> ReadReferences(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata) throw new BadImageFormatException("no .NET metadata");
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h).GetAssemblyName()).ToList();
    }

    /// <summary>The version of a shared assembly the host would hand a plugin, or null if the host does not carry it.</summary>
    public static Version? HostVersionOf(AssemblyName name)
    {
        var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => string.Equals(a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase));
        if (loaded is not null) return loaded.GetName().Version;
        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name.Name!)).GetName().Version;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
