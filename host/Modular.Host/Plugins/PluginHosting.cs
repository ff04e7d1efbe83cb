using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Database;
using Modular.Sdk.Data;
using Modular.Sdk.Settings;
using System.Runtime.Loader;

namespace Modular.Host.Plugins;

/// <summary>How the host takes plugins in: load, configure services, add their pages, migrate, map their API.</summary>
public static class PluginHosting
{
    /// <summary>Relative to the host's content root: the folder the solution build copies every plugin into.</summary>
    public const string DefaultDirectory = "../../artifacts/plugins";

    /// <summary>Loads the plugins and registers what they contribute. Runs before the container is built.</summary>
    public static PluginRegistry AddModularPlugins(this WebApplicationBuilder builder, ILoggerFactory bootLoggers)
    {
        var directory = Path.GetFullPath(builder.Configuration["Plugins:Directory"] ?? DefaultDirectory, builder.Environment.ContentRootPath);
        var shared = new SharedAssemblies(builder.Configuration.GetSection("Plugins:SharedAssemblies").Get<string[]>());
        string[] coreSchemas = [.. ModularApp.CoreModules.Select(m => m.Schema), ModularApp.HostSchema, "public"];
        var plugins = new PluginLoader(shared, bootLoggers.CreateLogger<PluginLoader>(), coreSchemas).LoadAll(directory);
        var logger = bootLoggers.CreateLogger(typeof(PluginHosting));

        foreach (var plugin in plugins.Where(p => p.IsLoaded))
        {
            var pluginBuilder = new PluginBuilder(plugin, builder.Configuration);
            try
            {
                using (AssemblyLoadContext.EnterContextualReflection(plugin.Assembly))
                    plugin.Startup!.ConfigureServices(pluginBuilder);
                foreach (var service in pluginBuilder.Services)
                    builder.Services.Add(service);
            }
            catch (Exception ex)
            {
                plugin.Fail($"threw while configuring services: {PluginLoader.Describe(ex)}");
                logger.LogError(ex, "Plugin {PluginId} failed while configuring services", plugin.Id);
            }
        }

        var registry = new PluginRegistry(directory, plugins);
        builder.Services.AddSingleton(registry);
        builder.Services.AddScoped(typeof(IPluginSettings<>), typeof(PluginSettings<>));
        builder.Services.AddRazorPages(options =>
            {
                foreach (var plugin in registry.Loaded)
                    RoutePluginArea(options.Conventions, plugin.Manifest!.Area, plugin.Id);
            })
            .ConfigureApplicationPartManager(parts =>
            {
                // Precompiled Razor pages and view components ship inside the plugin assembly.
                foreach (var plugin in registry.Loaded)
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(plugin.Assembly!).GetApplicationParts(plugin.Assembly!))
                        parts.ApplicationParts.Add(part);
            });
        return registry;
    }

    /// <summary>A plugin's pages live at <c>/j/{jurisdiction}/{area}/...</c> and carry the plugin's id for the guard.</summary>
    private static void RoutePluginArea(PageConventionCollection conventions, string area, string pluginId)
    {
        conventions.AddAreaFolderRouteModelConvention(area, "/", model =>
        {
            foreach (var selector in model.Selectors.Where(s => s.AttributeRouteModel?.Template is not null))
                selector.AttributeRouteModel!.Template = $"j/{{jurisdiction}}/{selector.AttributeRouteModel.Template}";
        });
        conventions.AddAreaFolderApplicationModelConvention(area, "/", model =>
            model.EndpointMetadata.Add(new PluginEndpointMetadata(pluginId)));
    }

    /// <summary>Applies each loaded plugin's SQL migrations to its schema; a plugin whose migration fails is marked failed.</summary>
    public static async Task MigratePluginsAsync(this WebApplication app, CancellationToken ct = default)
    {
        var registry = app.Services.GetRequiredService<PluginRegistry>();
        var runner = app.Services.GetRequiredService<SqlMigrationRunner>();
        foreach (var plugin in registry.Loaded.Where(p => p.Contributions.DbContexts.Count > 0).ToList())
        {
            try
            {
                var migrations = SqlMigrations.FromAssembly(plugin.Assembly!);
                await runner.ApplyAsync(plugin.Manifest!.Schema!, migrations, ct);
            }
            catch (Exception ex)
            {
                plugin.Fail($"database migration failed: {PluginLoader.Describe(ex)}");
                app.Logger.LogError(ex, "Plugin {PluginId} failed to migrate", plugin.Id);
            }
        }
    }

    /// <summary>
    /// Serves each plugin's API under <c>/api/j/{jurisdiction}/{plugin-id}</c>, guarded like its pages. Each plugin's
    /// endpoints are mapped and built when the routing first reads them, or before by <see cref="PluginEndpoints.Build"/>.
    /// </summary>
    public static PluginEndpoints MapPluginEndpoints(this WebApplication app)
    {
        var registry = app.Services.GetRequiredService<PluginRegistry>();
        var apis = registry.Loaded.Select(plugin => new PluginApiDataSource(app, plugin, routes => MapApi(routes, plugin), app.Logger, app.Lifetime.ApplicationStopping)).ToList();
        foreach (var api in apis)
            ((IEndpointRouteBuilder)app).DataSources.Add(api);
        return new PluginEndpoints(apis);
    }

    private static void MapApi(IEndpointRouteBuilder routes, PluginDescriptor plugin)
    {
        var api = routes.MapGroup($"/api/j/{{jurisdiction}}/{plugin.Id}")
            .WithMetadata(new PluginEndpointMetadata(plugin.Id))
            .WithTags(plugin.Id);
        using (AssemblyLoadContext.EnterContextualReflection(plugin.Assembly))
            plugin.Startup!.MapEndpoints(api);
        PluginLedgers.Map(api, plugin);
    }
}

/// <summary>
/// The plugins' API, served and not yet built.
/// <para>
/// Building an endpoint is where ASP.NET Core makes its request delegate and the JSON contracts of its body and answer:
/// with five plugins, some 380 endpoints and half a second of one core before the first request. <see cref="Build"/>
/// lets the host do that on a second core while it starts (<see cref="ParallelStart"/>); the routing's first read of a
/// plugin's endpoints waits for that build, or makes it itself if it has not begun.
/// </para>
/// </summary>
public sealed class PluginEndpoints
{
    private readonly IReadOnlyList<PluginApiDataSource> _sources;

    internal PluginEndpoints(IReadOnlyList<PluginApiDataSource> sources) => _sources = sources;

    /// <summary>Maps and builds each plugin's endpoints, in order.</summary>
    public void Build()
    {
        foreach (var source in _sources) source.Build();
    }
}
