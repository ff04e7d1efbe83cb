using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;
using Modular.Host;
using Modular.Host.Plugins;

namespace Modular.Tests.Host;

/// <summary>
/// A plugin's API is mapped and built once, on the start's second thread when it gets there first, and a plugin that
/// throws while its API is mapped or built fails alone.
/// </summary>
public sealed class PluginEndpointBuildTests
{
    [Fact]
    public void A_plugins_api_is_built_once_on_the_parallel_start_and_the_routing_reads_that_build()
    {
        var group = new CountingSource(() => [Endpoint("notes")]);
        var plugin = new PluginDescriptor("/plugins/test-good");
        var api = new PluginApiDataSource(new NoApp(), plugin, routes => routes.DataSources.Add(group), NullLogger.Instance);
        using var built = new ManualResetEventSlim();

        ParallelStart.Run(NullLogger.Instance, new PluginEndpoints([api]).Build, built.Set);
        Assert.True(built.Wait(TimeSpan.FromSeconds(10)));
        var first = api.Endpoints;
        var second = api.Endpoints;

        Assert.Same(first, second);
        Assert.Equal("notes", Assert.Single(first).DisplayName);
        Assert.Equal(1, group.Reads);
        Assert.Equal("parallel start", group.ReadOn);
        Assert.True(plugin.IsLoaded);
    }

    [Fact]
    public void The_routing_maps_and_builds_a_plugins_api_itself_when_the_parallel_start_has_not_reached_it()
    {
        var group = new CountingSource(() => [Endpoint("notes")]);
        var maps = 0;
        var api = new PluginApiDataSource(new NoApp(), new PluginDescriptor("/plugins/test-good"), routes =>
        {
            maps++;
            routes.DataSources.Add(group);
        }, NullLogger.Instance);

        Assert.Single(api.Endpoints);
        api.Build(); // the parallel start arriving late maps and builds nothing more
        Assert.Single(api.Endpoints);
        Assert.Equal(1, maps);
        Assert.Equal(1, group.Reads);
    }

    [Fact]
    public void A_plugin_that_throws_while_its_api_is_mapped_is_marked_failed_and_serves_none_of_it()
    {
        var plugin = new PluginDescriptor("/plugins/test-throwing");
        var api = new PluginApiDataSource(new NoApp(), plugin, routes =>
        {
            routes.DataSources.Add(new CountingSource(() => [Endpoint("half")]));
            throw new InvalidOperationException("route template is wrong");
        }, NullLogger.Instance);

        Assert.Empty(api.Endpoints);
        Assert.Equal(PluginState.Failed, plugin.State);
        Assert.Equal("threw while mapping endpoints: InvalidOperationException: route template is wrong", plugin.Reason);
    }

    [Fact]
    public void A_plugin_whose_endpoints_throw_while_built_is_marked_failed_and_serves_none_of_them()
    {
        var plugin = new PluginDescriptor("/plugins/test-throwing");
        var api = new PluginApiDataSource(new NoApp(), plugin, routes =>
        {
            routes.DataSources.Add(new CountingSource(() => [Endpoint("notes")]));
            routes.DataSources.Add(new CountingSource(() => throw new InvalidOperationException("no JSON contract for Note")));
        }, NullLogger.Instance);

        api.Build();

        Assert.Empty(api.Endpoints);
        Assert.Equal(PluginState.Failed, plugin.State);
        Assert.Equal("threw while building endpoints: InvalidOperationException: no JSON contract for Note", plugin.Reason);
    }

    [Fact]
    public void A_build_the_hosts_stop_cuts_short_does_not_fail_the_plugin()
    {
        // Stopped: whatever the mapping throws then is the stop's doing.
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();
        var plugin = new PluginDescriptor("/plugins/test-good");
        var api = new PluginApiDataSource(new NoApp(), plugin, routes => throw new InvalidOperationException("services are gone"), NullLogger.Instance, stopped.Token);
        Assert.Empty(api.Endpoints);
        Assert.NotEqual(PluginState.Failed, plugin.State);

        // Disposed without ever being started (no stopping signal): the host's services themselves say so.
        var disposed = new PluginDescriptor("/plugins/test-good");
        var afterDispose = new PluginApiDataSource(new NoApp(), disposed, routes => throw new ObjectDisposedException(nameof(IServiceProvider)), NullLogger.Instance);
        Assert.Empty(afterDispose.Endpoints);
        Assert.NotEqual(PluginState.Failed, disposed.State);

        // Any other object disposed while the host runs is still the plugin's failure.
        var careless = new PluginDescriptor("/plugins/test-careless");
        var broken = new PluginApiDataSource(new NoApp(), careless, routes => throw new ObjectDisposedException("NotesCache"), NullLogger.Instance);
        Assert.Empty(broken.Endpoints);
        Assert.Equal(PluginState.Failed, careless.State);
    }

    [Fact]
    public void A_step_of_the_parallel_start_that_throws_does_not_stop_the_steps_after_it()
    {
        using var reached = new ManualResetEventSlim();

        ParallelStart.Run(NullLogger.Instance, () => throw new InvalidOperationException("boom"), reached.Set);

        Assert.True(reached.Wait(TimeSpan.FromSeconds(10)));
    }

    private static Endpoint Endpoint(string name) => new(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, name);

    /// <summary>A data source that, like a route group, makes new endpoints on every read.</summary>
    private sealed class CountingSource(Func<IReadOnlyList<Endpoint>> make) : EndpointDataSource
    {
        public int Reads;
        public string? ReadOn;

        public override IReadOnlyList<Endpoint> Endpoints
        {
            get
            {
                Interlocked.Increment(ref Reads);
                ReadOn = Thread.CurrentThread.Name;
                return make();
            }
        }

        public override IChangeToken GetChangeToken() => new CancellationChangeToken(CancellationToken.None);
    }

    /// <summary>An app these plugins never ask anything of: their "mapping" adds a data source directly.</summary>
    private sealed class NoApp : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => throw new NotSupportedException();
        public ICollection<EndpointDataSource> DataSources => throw new NotSupportedException();
        public IApplicationBuilder CreateApplicationBuilder() => throw new NotSupportedException();
    }
}
