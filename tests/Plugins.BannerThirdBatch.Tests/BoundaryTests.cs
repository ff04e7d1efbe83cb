using System.Reflection;
using System.Xml.Linq;
using Modular.Plugins.BannerThirdBatch;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>
/// The proof that a campaign type is added without touching the host: the plugin is built against the SDK alone, and its tests
/// drive it through the test kit alone — checked in the project files and in what the compiled assemblies actually reference.
/// </summary>
public sealed class BoundaryTests
{
    private static readonly string PluginProject = Path.Combine(RepositoryPaths.Root, "plugins", "BannerThirdBatch", "Modular.Plugins.BannerThirdBatch.csproj");
    private static readonly string TestProject = Path.Combine(RepositoryPaths.Root, "tests", "Plugins.BannerThirdBatch.Tests", "Plugins.BannerThirdBatch.Tests.csproj");

    private static IReadOnlyList<string> ProjectReferences(string project) =>
        [.. XDocument.Load(project).Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))];

    private static IReadOnlyList<string> ModularReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Modular.", StringComparison.Ordinal)).Order()];

    [Fact]
    public void The_plugin_references_nothing_of_Modular_but_the_SDK()
    {
        // Its project names no project (plugins/Plugin.Build.props gives every plugin the SDK, and only the SDK)…
        Assert.Empty(ProjectReferences(PluginProject));
        Assert.DoesNotContain("Modular.Host", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "plugins", "Plugin.Build.props")));
        // …and the compiled plugin uses nothing of Modular but the SDK.
        Assert.Equal(["Modular.Sdk"], ModularReferences(typeof(BannerThirdBatchStartup).Assembly));
    }

    [Fact]
    public void Its_tests_use_only_the_test_kit()
    {
        Assert.Equal(["Modular.Plugins.BannerThirdBatch", "Modular.Testing"], ProjectReferences(TestProject).Order());
        Assert.Empty(ModularReferences(typeof(BoundaryTests).Assembly).Except(["Modular.Testing", "Modular.Sdk", "Modular.Plugins.BannerThirdBatch"]));
    }
}
