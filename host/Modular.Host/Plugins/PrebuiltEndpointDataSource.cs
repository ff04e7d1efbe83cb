using Microsoft.Extensions.Primitives;

namespace Modular.Host.Plugins;

/// <summary>
/// One plugin's endpoints, built once (a route group builds them again on every read). A plugin
/// whose endpoints throw while built is marked failed and serves none, as one that throws while mapping them.
/// </summary>
internal sealed class PrebuiltEndpointDataSource : EndpointDataSource
{
    private readonly EndpointDataSource _inner;
    private readonly Lazy<IReadOnlyList<Endpoint>> _endpoints;

    public PrebuiltEndpointDataSource(EndpointDataSource inner, PluginDescriptor plugin, ILogger logger)
    {
        _inner = inner;
        _endpoints = new(() =>
        {
            try
            {
                return inner.Endpoints.ToArray();
            }
            catch (Exception ex)
            {
                plugin.Fail($"threw while building endpoints: {PluginLoader.Describe(ex)}");
                logger.LogError(ex, "Plugin {PluginId} failed while building endpoints", plugin.Id);
                return [];
            }
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public void Build() => _ = _endpoints.Value;

    public override IReadOnlyList<Endpoint> Endpoints => _endpoints.Value;

    public override IChangeToken GetChangeToken() => _inner.GetChangeToken();
}

/// <summary>
/// Where a plugin's groups are mapped before the host adds them to the app: the same services and pipeline as the app,
/// but the data sources its groups add are the plugin's own, to be wrapped in <see cref="PrebuiltEndpointDataSource"/>.
/// </summary>
internal sealed class PluginRouteBuilder(IEndpointRouteBuilder app) : IEndpointRouteBuilder
{
    public IServiceProvider ServiceProvider => app.ServiceProvider;

    public ICollection<EndpointDataSource> DataSources { get; } = new List<EndpointDataSource>();

    public IApplicationBuilder CreateApplicationBuilder() => app.CreateApplicationBuilder();
}
