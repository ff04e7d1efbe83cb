using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Modular.Host.Plugins;

/// <summary>
/// One plugin's API, mapped and built once: when the routing first reads it, or before by <see cref="Build"/> on the
/// start's second thread (<see cref="PluginEndpoints"/>). A route group builds its endpoints again on every read; this
/// keeps the first build. A plugin that throws while its API is mapped or built is marked failed and serves none of it,
/// unless the host was stopping: a host stopped within its first second (a test, a benchmark, a start that fails) disposes
/// its services under the start's second thread, and that is not the plugin's fault.
/// </summary>
internal sealed class PluginApiDataSource : EndpointDataSource
{
    private readonly Lazy<IReadOnlyList<Endpoint>> _endpoints;

    /// <param name="app">Whose services and pipeline the plugin's endpoints use.</param>
    /// <param name="map">Maps the plugin's API onto the route builder it is given.</param>
    /// <param name="stopping">The host's stopping: once it is cancelled, a throw while mapping or building is the stop's, not the plugin's.</param>
    public PluginApiDataSource(IEndpointRouteBuilder app, PluginDescriptor plugin, Action<IEndpointRouteBuilder> map, ILogger logger, CancellationToken stopping = default) =>
        _endpoints = new(() => MapAndBuild(app, plugin, map, logger, stopping), LazyThreadSafetyMode.ExecutionAndPublication);

    public void Build() => _ = _endpoints.Value;

    public override IReadOnlyList<Endpoint> Endpoints => _endpoints.Value;

    // A plugin's API does not change while the host runs.
    public override IChangeToken GetChangeToken() => NullChangeToken.Singleton;

    private static IReadOnlyList<Endpoint> MapAndBuild(IEndpointRouteBuilder app, PluginDescriptor plugin, Action<IEndpointRouteBuilder> map, ILogger logger, CancellationToken stopping)
    {
        var routes = new PluginRouteBuilder(app);
        var step = "mapping";
        try
        {
            map(routes);
            step = "building";
            return [.. routes.DataSources.SelectMany(source => source.Endpoints)];
        }
        catch (Exception ex) when (stopping.IsCancellationRequested || HostDisposed(ex))
        {
            logger.LogDebug(ex, "The host stopped while plugin {PluginId}'s endpoints were {Step}", plugin.Id, step);
            return [];
        }
        catch (Exception ex)
        {
            plugin.Fail($"threw while {step} endpoints: {PluginLoader.Describe(ex)}");
            logger.LogError(ex, "Plugin {PluginId} failed while {Step} endpoints", plugin.Id, step);
            return [];
        }
    }

    // A host disposed without being started (a build that is only migrated, then thrown away) never signals stopping.
    private static bool HostDisposed(Exception ex) =>
        ex is ObjectDisposedException { ObjectName: nameof(IServiceProvider) } || ex.InnerException is { } inner && HostDisposed(inner);

    /// <summary>The app's services and pipeline, but data sources of the plugin's own: its groups are read only through this.</summary>
    private sealed class PluginRouteBuilder(IEndpointRouteBuilder app) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => app.ServiceProvider;

        public ICollection<EndpointDataSource> DataSources { get; } = new List<EndpointDataSource>();

        public IApplicationBuilder CreateApplicationBuilder() => app.CreateApplicationBuilder();
    }
}
