using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Modular.Host;
using Modular.Host.Database;
using Modular.Modules;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Architecture;

/// <summary>
/// Core modules are modules (issue 12 item 6): each project under <c>modules/</c> registers through
/// <see cref="IModule"/> and is in the host's one list, and maps its own API; the host maps only what is
/// its own (the plugin endpoints, which read its plugin registry).
/// </summary>
public sealed class CoreModuleTests
{
    /// <summary>Under <c>modules/</c> but no module: the plugin contract and the core-module contract.</summary>
    private static readonly string[] Contracts = ["Modular.Sdk", "Modular.Modules"];

    /// <summary>The API endpoints the host maps itself, each with why it is not a module's (see PluginAdminApi).</summary>
    private static readonly string[] HostEndpoints =
    [
        "GET /api/admin/plugins",
        "GET /api/j/{jurisdiction}/plugins",
        "PUT /api/j/{jurisdiction}/plugins/{pluginId}",
    ];

    private static string AssemblyOf(IModule module) => module.GetType().Assembly.GetName().Name!;

    [Fact]
    public void Every_project_under_modules_is_in_the_host_s_module_list_once()
    {
        var projects = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "modules"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension).Except(Contracts).Order(StringComparer.Ordinal).ToList();

        Assert.Contains("Modular.Organizations", projects);
        Assert.Equal(projects, ModularApp.CoreModules.Select(AssemblyOf).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_module_has_its_own_schema_and_migrations_in_its_own_assembly()
    {
        foreach (var module in ModularApp.CoreModules)
        {
            Assert.Same(module.GetType().Assembly, module.MigrationsAssembly);
            Assert.NotEmpty(SqlMigrations.FromAssembly(module.MigrationsAssembly));
        }
        var schemas = ModularApp.CoreModules.Select(m => m.Schema).ToList();
        Assert.Equal(schemas.Count, schemas.Distinct().Count());
        Assert.DoesNotContain(Modular.Host.ModularApp.HostSchema, schemas); // the host's own tables
    }

    [Fact]
    public void No_module_opens_its_internals_to_another_module_or_the_host()
    {
        var modular = ModularApp.CoreModules.Select(m => m.GetType().Assembly).Append(typeof(ModularApp).Assembly).Append(typeof(IModule).Assembly);
        var opened = modular.SelectMany(a => a.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
                .Select(v => $"{a.GetName().Name} → {v.AssemblyName}"))
            .Where(grant => !grant.EndsWith("Modular.Tests", StringComparison.Ordinal) && !grant.EndsWith("Modular.Benchmarks", StringComparison.Ordinal)
                            && !grant.EndsWith("DynamicProxyGenAssembly2", StringComparison.Ordinal));
        Assert.Empty(opened);
    }

    [Fact]
    public void No_module_touches_another_modules_tables()
    {
        // A module's tables are its DbContext; others read and write them through the module's services (whose
        // results may be the module's entity classes, handed out as values).
        var modules = ModularApp.CoreModules.Select(m => m.GetType().Assembly).ToList();
        var tablesOf = modules.ToDictionary(a => a.GetName().Name!, a => a.GetTypes()
            .Where(t => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(t))
            .Select(t => t.FullName!).ToHashSet());

        var reaching = new List<string>();
        foreach (var module in modules.Append(typeof(ModularApp).Assembly))
        {
            var name = module.GetName().Name!;
            foreach (var (owner, referenced) in ReferencedTypes(module))
                if (owner != name && tablesOf.TryGetValue(owner, out var tables) && tables.Contains(referenced))
                    reaching.Add($"{name} uses {owner}'s {referenced}");
        }
        Assert.True(reaching.Count == 0, string.Join("\n", reaching.Distinct()));
    }

    /// <summary>Every type an assembly refers to, with the assembly that defines it, read from its metadata.</summary>
    private static IEnumerable<(string Assembly, string Type)> ReferencedTypes(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var found = new List<(string, string)>();
        foreach (var handle in reader.TypeReferences)
        {
            var type = reader.GetTypeReference(handle);
            if (type.ResolutionScope.Kind != System.Reflection.Metadata.HandleKind.AssemblyReference) continue; // nested types: their outer type counts
            var scope = reader.GetAssemblyReference((System.Reflection.Metadata.AssemblyReferenceHandle)type.ResolutionScope);
            found.Add((reader.GetString(scope.Name), $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}"));
        }
        return found;
    }

    [Fact]
    public void The_module_contract_sits_below_every_module_and_out_of_the_plugins_sight()
    {
        var contract = typeof(IModule).Assembly;
        Assert.DoesNotContain(contract.GetReferencedAssemblies(), r => r.Name!.StartsWith("Modular.", StringComparison.Ordinal));
        Assert.DoesNotContain(typeof(Modular.Sdk.IPluginStartup).Assembly.GetReferencedAssemblies(), r => r.Name == contract.GetName().Name);
    }

    [Fact]
    public async Task The_host_maps_only_the_plugin_endpoints_and_each_module_its_own()
    {
        await using var host = await TestHost.StartAsync([]);
        var handlers = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.OfType<MethodInfo>().Any()) // minimal APIs; pages have no handler method here
            .ToLookup(
                e => e.Metadata.OfType<MethodInfo>().First().DeclaringType!.Assembly.GetName().Name!,
                e => $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}");

        Assert.Equal(HostEndpoints, handlers["Modular.Host"].Order(StringComparer.Ordinal));
        foreach (var module in ModularApp.CoreModules)
            Assert.True(handlers[AssemblyOf(module)].Any(), $"{module.Name} maps no endpoint of its own");
    }
}
