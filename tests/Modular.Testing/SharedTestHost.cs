namespace Modular.Testing;

/// <summary>
/// One host for every test of a class (an xunit class fixture), emptied before each test with <see cref="TestHost.ResetAsync"/>
/// so that the tests stay independent without paying a host's start each: derive one per set of plugins,
/// <c>public sealed class GoodPluginHost() : SharedTestHost(["test-good"]);</c>, take it as <c>IClassFixture</c>, and
/// call <see cref="ResetAsync"/> first in the test class's <c>InitializeAsync</c>.
/// </summary>
public abstract class SharedTestHost(string[] pluginIds, params string[] extraArgs) : IAsyncLifetime
{
    private bool _used;

    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartAsync(pluginIds, extraArgs);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>The host, emptied of what an earlier test of the class wrote (a new host is empty already).</summary>
    public async Task<TestHost> ResetAsync()
    {
        if (_used) await Host.ResetAsync();
        _used = true;
        return Host;
    }
}
