using System.Reflection;
using Modular.Host.Plugins;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Architecture;

/// <summary>
/// The dependency rules of ARCHITECTURE.md, checked on the compiled assemblies: the host and the
/// modules never reference a plugin; a plugin references the SDK and no other Modular assembly.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly Assembly[] HostAndModules =
    [
        typeof(Modular.Host.ModularApp).Assembly,
        typeof(Modular.Sdk.ModularSdk).Assembly,
        typeof(Modular.Jurisdictions.JurisdictionDirectory).Assembly,
        typeof(Modular.Schedules.SchedulesDbContext).Assembly,
    ];

    /// <summary>The main assembly of every built plugin, real and test, read from its manifest.</summary>
    public static TheoryData<string> PluginAssemblies() => new(PluginAssemblyPaths());

    private static IEnumerable<string> PluginAssemblyPaths() =>
        from root in new[] { RepositoryPaths.Plugins, RepositoryPaths.TestPlugins }
        where Directory.Exists(root)
        from folder in Directory.GetDirectories(root)
        select Path.Combine(folder, Modular.Sdk.Manifest.PluginManifest.Load(Path.Combine(folder, "plugin.json")).Assembly);

    private static bool IsPluginAssembly(string? name) =>
        name is not null && (name.StartsWith("Modular.Plugins.", StringComparison.Ordinal) || name.StartsWith("Modular.TestPlugins.", StringComparison.Ordinal));

    [Fact]
    public void The_host_and_modules_reference_no_plugin()
    {
        foreach (var assembly in HostAndModules)
        {
            var offending = assembly.GetReferencedAssemblies().Where(r => IsPluginAssembly(r.Name)).Select(r => r.Name).ToList();
            Assert.True(offending.Count == 0, $"{assembly.GetName().Name} references plugin(s) {string.Join(", ", offending)}");
        }
    }

    [Fact]
    public void Modules_do_not_reference_the_host()
    {
        foreach (var assembly in HostAndModules.Skip(1))
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), r => r.Name == "Modular.Host");
    }

    [Fact]
    public void Every_real_plugin_is_checked() =>
        Assert.Contains(PluginAssemblyPaths(), path => path.EndsWith("Modular.Plugins.BannerSixOnes.dll"));

    [Theory]
    [MemberData(nameof(PluginAssemblies))]
    public void A_plugin_references_the_sdk_and_no_other_modular_assembly(string pluginAssembly)
    {
        var modular = PluginAssemblyInspector.ReadReferences(pluginAssembly)
            .Select(r => r.Name!).Where(n => n.StartsWith("Modular.", StringComparison.Ordinal)).ToList();

        Assert.Equal(["Modular.Sdk"], modular);
    }

    [Fact]
    public void Plugin_projects_reference_no_project_but_through_the_plugin_build()
    {
        var projects = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "plugins"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "TestPlugins"), "*.csproj", SearchOption.AllDirectories));
        foreach (var project in projects)
            Assert.DoesNotContain("<ProjectReference", File.ReadAllText(project));
    }
}
