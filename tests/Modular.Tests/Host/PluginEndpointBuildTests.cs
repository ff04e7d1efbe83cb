using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;
using Modular.Host;
using Modular.Host.Plugins;

namespace Modular.Tests.Host;

/// <summary>The plugins' API is built once, on the start's second thread when it gets there first, and a plugin that throws while built fails alone.</summary>
public sealed class PluginEndpointBuildTests
{
    [Fact]
    public void A_plugins_endpoints_are_built_once_on_the_parallel_start_and_the_routing_reads_that_build()
    {
        var inner = new CountingSource(() => [Endpoint("notes")]);
        var plugin = new PluginDescriptor("/plugins/test-good");
        var source = new PrebuiltEndpointDataSource(inner, plugin, NullLogger.Instance);
        using var built = new ManualResetEventSlim();

        ParallelStart.Run(NullLogger.Instance, new PluginEndpoints([source]).Build, built.Set);
        Assert.True(built.Wait(TimeSpan.FromSeconds(10)));
        var first = source.Endpoints;
        var second = source.Endpoints;

        Assert.Same(first, second);
        Assert.Equal("notes", Assert.Single(first).DisplayName);
        Assert.Equal(1, inner.Reads);
        Assert.Equal("parallel start", inner.ReadOn);
        Assert.True(plugin.IsLoaded);
    }

    [Fact]
    public void The_routing_builds_a_plugins_endpoints_itself_when_the_parallel_start_has_not_reached_them()
    {
        var inner = new CountingSource(() => [Endpoint("notes")]);
        var source = new PrebuiltEndpointDataSource(inner, new PluginDescriptor("/plugins/test-good"), NullLogger.Instance);

        Assert.Single(source.Endpoints);
        source.Build(); // the parallel start arriving late builds nothing more
        Assert.Single(source.Endpoints);
        Assert.Equal(1, inner.Reads);
        Assert.Equal(Thread.CurrentThread.Name, inner.ReadOn);
    }

    [Fact]
    public void A_plugin_whose_endpoints_throw_while_built_is_marked_failed_and_serves_none_of_them()
    {
        var plugin = new PluginDescriptor("/plugins/test-throwing");
        var source = new PrebuiltEndpointDataSource(new CountingSource(() => throw new InvalidOperationException("no JSON contract for Note")), plugin,
            NullLogger.Instance);

        source.Build();

        Assert.Empty(source.Endpoints);
        Assert.Equal(PluginState.Failed, plugin.State);
        Assert.Equal("threw while building endpoints: InvalidOperationException: no JSON contract for Note", plugin.Reason);
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
}
