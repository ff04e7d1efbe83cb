using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Plugins;
using Modular.Sdk;
using Modular.Tests.Infrastructure;
using Newtonsoft.Json;

namespace Modular.Tests.Plugins;

/// <summary>The loader on real built plugins: no database, no web host.</summary>
public sealed class PluginLoaderTests : IDisposable
{
    private readonly PluginFolder _folder = new();
    private readonly PluginLoader _loader = new(new SharedAssemblies(), NullLogger<PluginLoader>.Instance);

    public void Dispose() => _folder.Dispose();

    private PluginDescriptor LoadOnly(string id) => _loader.LoadAll(_folder.Path).Single(p => p.Id == id);

    private static object? Probe(PluginDescriptor plugin, string property) =>
        plugin.Assembly!.GetType("Modular.TestPlugins.Good.Probe", throwOnError: true)!
            .GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

    [Fact]
    public void A_plugin_loads_into_its_own_context_and_its_shared_types_are_the_hosts()
    {
        _folder.Add("test-good");

        var plugin = LoadOnly("test-good");

        Assert.Equal(PluginState.Loaded, plugin.State);
        Assert.Null(plugin.Reason);
        Assert.Same(plugin.LoadContext, AssemblyLoadContext.GetLoadContext(plugin.Assembly!));
        Assert.NotSame(AssemblyLoadContext.Default, plugin.LoadContext);
        Assert.IsAssignableFrom<IPluginStartup>(plugin.Startup);
        // The plugin's DbContext and IPluginStartup are the very types the host compiled against.
        Assert.Same(typeof(DbContext), Probe(plugin, "DbContextType"));
        Assert.Same(typeof(IPluginStartup), Probe(plugin, "StartupContract"));
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(((Type)Probe(plugin, "DbContextType")!).Assembly));
    }

    [Fact]
    public void A_private_dependency_of_another_version_than_the_hosts_loads_in_the_plugin_only()
    {
        _folder.Add("test-good");

        var plugin = LoadOnly("test-good");

        var hostVersion = typeof(JsonConvert).Assembly.GetName().Version!;
        Assert.Equal(13, hostVersion.Major);
        Assert.Equal("12.0.0.0", Probe(plugin, "NewtonsoftVersion"));
        var privateCopy = plugin.LoadContext!.Assemblies.Single(a => a.GetName().Name == "Newtonsoft.Json");
        Assert.StartsWith(_folder.Path, privateCopy.Location);
        Assert.DoesNotContain(AssemblyLoadContext.Default.Assemblies, a => a.GetName().Name == "Newtonsoft.Json" && a.GetName().Version!.Major == 12);
    }

    [Fact]
    public void A_plugin_that_carries_its_own_copy_of_a_shared_assembly_is_refused_before_loading()
    {
        // McMaster's context would quietly load this copy whenever the host's could not be loaded; the check makes it moot.
        var folder = _folder.Add("test-good");
        var efCore = typeof(DbContext).Assembly.Location;
        Directory.CreateDirectory(Path.Combine(folder, "lib"));
        File.Copy(efCore, Path.Combine(folder, "lib", Path.GetFileName(efCore)));

        var plugin = LoadOnly("test-good");

        Assert.Equal(PluginState.Refused, plugin.State);
        Assert.Equal($"carries its own copy of {Path.Combine("lib", "Microsoft.EntityFrameworkCore.dll")}, an assembly the host provides: remove it (build the plugin with plugins/Plugin.Build.props, which leaves shared assemblies out).", plugin.Reason);
        Assert.Null(plugin.Assembly);
    }

    [Fact]
    public void A_configured_shared_prefix_gives_the_plugin_the_hosts_copy_and_refuses_its_own()
    {
        var loader = new PluginLoader(new SharedAssemblies(["Newtonsoft.*"]), NullLogger<PluginLoader>.Instance);
        var folder = _folder.Add("test-good");

        var carrying = loader.LoadAll(_folder.Path).Single(p => p.Id == "test-good");
        Assert.Equal(PluginState.Refused, carrying.State);
        Assert.StartsWith("carries its own copy of Newtonsoft.Json.dll", carrying.Reason);

        File.Delete(Path.Combine(folder, "Newtonsoft.Json.dll"));
        var plugin = loader.LoadAll(_folder.Path).Single(p => p.Id == "test-good");
        Assert.Equal(PluginState.Loaded, plugin.State);
        Assert.Equal(typeof(JsonConvert).Assembly.GetName().Version!.ToString(), Probe(plugin, "NewtonsoftVersion")); // the host's 13, not its own 12
    }

    [Fact]
    public void A_plugin_referencing_a_shared_assembly_the_host_does_not_carry_is_refused()
    {
        var folder = _folder.Add("test-good");
        var dll = Path.Combine(folder, "Modular.TestPlugins.Good.dll");
        Version? NoEfCore(AssemblyName name) => name.Name == "Microsoft.EntityFrameworkCore" ? null : PluginAssemblyInspector.HostVersionOf(name);

        var reason = PluginAssemblyInspector.FindIncompatibility(dll, ModularSdk.Version, new SharedAssemblies(), NoEfCore);

        Assert.Matches(@"^references Microsoft\.EntityFrameworkCore 10\.0\.\d+\.0, a shared assembly this host does not carry", reason);
    }

    [Fact]
    public void A_plugin_that_declares_another_sdk_major_is_refused_with_a_clear_message()
    {
        _folder.AddWithManifest("test-good", "future", m => { m["id"] = "test-future"; m["sdkVersion"] = "3.0.0"; });
        _folder.AddWithManifest("test-good", "past", m => { m["id"] = "test-past"; m["sdkVersion"] = "1.0.0"; });
        _folder.Add("test-good");

        var plugins = _loader.LoadAll(_folder.Path);

        var refused = plugins.Single(p => p.Id == "test-future");
        Assert.Equal(PluginState.Refused, refused.State);
        Assert.Contains("declares SDK 3.0.0", refused.Reason);
        Assert.Contains($"this host runs SDK {ModularSdk.Version.ToString(3)}", refused.Reason);
        Assert.Null(refused.Assembly); // refused before any of its code was loaded
        // A plugin of SDK 1 (before the campaign toolkit) is refused the same way, naming what to do.
        Assert.Equal("2.0.0", ModularSdk.Version.ToString(3));
        Assert.Equal("declares SDK 1.0.0, but this host runs SDK 2.0.0: rebuild the plugin against SDK 2.x.", plugins.Single(p => p.Id == "test-past").Reason);
        Assert.Equal(PluginState.Loaded, plugins.Single(p => p.Id == "test-good").State);
    }

    [Fact]
    public void An_assembly_compiled_against_another_sdk_major_is_refused_from_its_metadata()
    {
        var folder = _folder.Add("test-good");
        var dll = Path.Combine(folder, "Modular.TestPlugins.Good.dll");

        var reason = PluginAssemblyInspector.FindIncompatibility(dll, new Version(3, 0, 0), new SharedAssemblies(), PluginAssemblyInspector.HostVersionOf);

        Assert.Equal("built for SDK 2.0.0, but this host runs SDK 3.0.0: rebuild the plugin against SDK 3.x.", reason);
        Assert.Null(PluginAssemblyInspector.FindIncompatibility(dll, ModularSdk.Version, new SharedAssemblies(), PluginAssemblyInspector.HostVersionOf));
    }

    [Fact]
    public void A_plugin_built_against_a_newer_shared_assembly_than_the_host_has_is_refused()
    {
        var folder = _folder.Add("test-good");
        var dll = Path.Combine(folder, "Modular.TestPlugins.Good.dll");
        Version? OlderEfCore(AssemblyName name) => name.Name == "Microsoft.EntityFrameworkCore" ? new Version(9, 0, 0, 0) : PluginAssemblyInspector.HostVersionOf(name);

        var reason = PluginAssemblyInspector.FindIncompatibility(dll, ModularSdk.Version, new SharedAssemblies(), OlderEfCore);

        Assert.NotNull(reason);
        Assert.Matches(@"^built against Microsoft\.EntityFrameworkCore 10\.0\.\d+\.0, newer than the host's 9\.0\.0\.0: update the host", reason);
    }

    [Fact]
    public void Broken_plugins_are_reported_and_the_good_one_still_loads()
    {
        _folder.Add("test-good");
        _folder.AddRaw("no-manifest", ("Some.dll", [1, 2, 3]));
        _folder.AddRaw("bad-json", ("plugin.json", Encoding.UTF8.GetBytes("{ \"id\": \"bad-json\", ")));
        _folder.AddRaw("bad-fields", ("plugin.json", Encoding.UTF8.GetBytes("""{ "id": "Bad Id", "name": { "zh-CN": "" }, "version": "x", "sdkVersion": "2.0.0", "assembly": "../x.dll" }""")));
        _folder.AddRaw("missing-dll", ("plugin.json", Manifest("missing-dll", "Missing.dll")));
        _folder.AddRaw("corrupt-dll", ("plugin.json", Manifest("corrupt-dll", "Corrupt.dll")), ("Corrupt.dll", Encoding.UTF8.GetBytes("this is not a PE file")));

        var plugins = _loader.LoadAll(_folder.Path).ToDictionary(p => Path.GetFileName(p.Folder));

        Assert.Equal(PluginState.Loaded, plugins["test-good"].State);
        Assert.Equal(PluginState.Failed, plugins["no-manifest"].State);
        Assert.Contains("no plugin.json", plugins["no-manifest"].Reason);
        Assert.Contains("not valid JSON", plugins["bad-json"].Reason);
        Assert.Contains("id \"Bad Id\" must be lower-case", plugins["bad-fields"].Reason);
        Assert.Contains("name.zh-CN is required", plugins["bad-fields"].Reason);
        Assert.Contains("version \"x\" is not a version", plugins["bad-fields"].Reason);
        Assert.Contains("must be a .dll file name in the plugin folder", plugins["bad-fields"].Reason);
        Assert.Contains("Missing.dll named by the manifest is missing", plugins["missing-dll"].Reason);
        Assert.Equal(PluginState.Failed, plugins["corrupt-dll"].State);
        Assert.Contains("not a valid .NET assembly", plugins["corrupt-dll"].Reason);
    }

    [Fact]
    public void Dependencies_load_first_and_a_missing_or_cyclic_dependency_fails_the_dependant()
    {
        _folder.AddWithManifest("test-good", "a-dependant", m => { m["id"] = "a-dependant"; m["schema"] = "a_dependant"; m["dependencies"] = new System.Text.Json.Nodes.JsonArray("test-good"); });
        _folder.Add("test-good");
        _folder.AddWithManifest("test-good", "orphan", m => { m["id"] = "orphan"; m["schema"] = "orphan"; m["dependencies"] = new System.Text.Json.Nodes.JsonArray("not-installed"); });
        _folder.AddWithManifest("test-good", "cycle-a", m => { m["id"] = "cycle-a"; m["schema"] = "cycle_a"; m["dependencies"] = new System.Text.Json.Nodes.JsonArray("cycle-b"); });
        _folder.AddWithManifest("test-good", "cycle-b", m => { m["id"] = "cycle-b"; m["schema"] = "cycle_b"; m["dependencies"] = new System.Text.Json.Nodes.JsonArray("cycle-a"); });
        _folder.AddWithManifest("test-good", "zz-duplicate", m => m["id"] = "test-good");

        var plugins = _loader.LoadAll(_folder.Path);
        var loaded = plugins.Where(p => p.IsLoaded).Select(p => p.Id).ToList();

        Assert.Equal(["test-good", "a-dependant"], loaded);
        Assert.Contains("depends on plugin \"not-installed\", which is not installed", plugins.Single(p => p.Id == "orphan").Reason);
        Assert.Contains("dependency cycle", plugins.Single(p => p.Id == "cycle-a").Reason);
        Assert.Contains("dependency cycle", plugins.Single(p => p.Id == "cycle-b").Reason);
        var duplicate = plugins.Single(p => Path.GetFileName(p.Folder) == "zz-duplicate");
        Assert.Equal(PluginState.Refused, duplicate.State);
        Assert.Contains("already used", duplicate.Reason);
    }

    [Fact]
    public void A_plugins_schema_comes_from_its_manifest_and_is_its_own()
    {
        var loader = new PluginLoader(new SharedAssemblies(), NullLogger<PluginLoader>.Instance, ["roster", "blocks"]);
        _folder.Add("test-good");
        _folder.AddWithManifest("test-good", "zz-same-schema", m => m["id"] = "test-same-schema"); // after test-good's folder: the first keeps it
        _folder.AddWithManifest("test-good", "core-schema", m => { m["id"] = "test-core-schema"; m["schema"] = "roster"; });
        _folder.AddWithManifest("test-good", "bad-schema", m => { m["id"] = "test-bad-schema"; m["schema"] = "Test-Good"; });

        var plugins = loader.LoadAll(_folder.Path).ToDictionary(p => Path.GetFileName(p.Folder));

        Assert.Equal(PluginState.Loaded, plugins["test-good"].State);
        Assert.Equal("test_good", plugins["test-good"].Manifest!.Schema);
        Assert.Equal($"schema \"test_good\" is already used by plugin \"test-good\" in {plugins["test-good"].Folder}.", plugins["zz-same-schema"].Reason);
        Assert.Equal("schema \"roster\" belongs to the host's core; choose another in plugin.json.", plugins["core-schema"].Reason);
        Assert.Contains("schema \"Test-Good\" must be lower-case letters, digits and underscores", plugins["bad-schema"].Reason);
    }

    [Fact]
    public void A_missing_plugin_directory_loads_nothing_and_does_not_throw() =>
        Assert.Empty(_loader.LoadAll(Path.Combine(_folder.Path, "does-not-exist")));

    private static byte[] Manifest(string id, string assembly) => Encoding.UTF8.GetBytes($$"""
        { "id": "{{id}}", "name": { "zh-CN": "测试", "en": "Test" }, "version": "1.0.0", "sdkVersion": "2.0.0", "assembly": "{{assembly}}" }
        """);
}
