using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Modular.Host.Plugins;

/// <summary>
/// One plugin's API, mapped and built once: when the routing first reads it, or before by <see cref="Build"/> on the
/// start's second thread (<see cref="PluginEndpoints"/>). A route group builds its endpoints again on every read; this
/// keeps the first build. A plugin that throws while its API is mapped or built is marked failed and serves none of it.
/// </summary>
internal sealed class PluginApiDataSource : EndpointDataSource
{
    private readonly Lazy<IReadOnlyList<Endpoint>> _endpoints;

    /// <param name="app">Whose services and pipeline the plugin's endpoints use.</param>
    /// <param name="map">Maps the plugin's API onto the route builder it is given.</param>
    public PluginApiDataSource(IEndpointRouteBuilder app, PluginDescriptor plugin, Action<IEndpointRouteBuilder> map, ILogger logger) =>
        _endpoints = new(() => MapAndBuild(app, plugin, map, logger), LazyThreadSafetyMode.ExecutionAndPublication);

    public void Build() => _ = _endpoints.Value;

    public override IReadOnlyList<Endpoint> Endpoints => _endpoints.Value;

    // A plugin's API does not change while the host runs.
    public override IChangeToken GetChangeToken() => NullChangeToken.Singleton;

    private static IReadOnlyList<Endpoint> MapAndBuild(IEndpointRouteBuilder app, PluginDescriptor plugin, Action<IEndpointRouteBuilder> map, ILogger logger)
    {
        var routes = new PluginRouteBuilder(app);
        var step = "mapping";
        try
        {
            map(routes);
            step = "building";
            return [.. routes.DataSources.SelectMany(source => source.Endpoints)];
        }
        catch (Exception ex)
        {
            plugin.Fail($"threw while {step} endpoints: {PluginLoader.Describe(ex)}");
            logger.LogError(ex, "Plugin {PluginId} failed while {Step} endpoints", plugin.Id, step);
            return [];
        }
    }

    /// <summary>The app's services and pipeline, but data sources of the plugin's own: its groups are read only through this.</summary>
    private sealed class PluginRouteBuilder(IEndpointRouteBuilder app) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => app.ServiceProvider;

        public ICollection<EndpointDataSource> DataSources { get; } = new List<EndpointDataSource>();

        public IApplicationBuilder CreateApplicationBuilder() => app.CreateApplicationBuilder();
    }
}
