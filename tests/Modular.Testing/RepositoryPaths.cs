namespace Modular.Testing;

/// <summary>Where the repository and the built plugins are, found from the test assembly's folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Plugins => Path.Combine(Root, "artifacts", "plugins");
    public static string TestPlugins => Path.Combine(Root, "artifacts", "test-plugins");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Modular.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Modular.sln above {AppContext.BaseDirectory}.");
    }
}
