namespace Modular.Testing;

/// <summary>
/// One host for every test of a class (an xunit class fixture), emptied before each test with <see cref="TestHost.ResetAsync"/>
/// so that the tests stay independent without paying a host's start each: derive one per set of plugins,
/// <c>public sealed class GoodPluginHost() : SharedTestHost(["test-good"]);</c>, take it as <c>IClassFixture</c>, and
/// call <see cref="ResetAsync"/> first in the test class's <c>InitializeAsync</c> (or derive the test class from
/// <see cref="SharedHostTests{THost}"/>, which does that and puts the clock back). A class whose tests each make their own
/// jurisdiction (unique codes) may skip the reset; one that only reads (a seeded demo: <see cref="TestHost.DemoArgs"/>) too.
/// </summary>
/// <param name="extraArgs">More command-line settings for the host (<see cref="TestHost.StartAsync(string[], string[])"/>).</param>
public abstract class SharedTestHost(string[] pluginIds, DateTimeOffset? clockStart = null, params string[] extraArgs) : IAsyncLifetime
{
    private bool _used;

    public TestHost Host { get; private set; } = null!;

    /// <summary>The host's clock when the fixture was given a start (a campaign's dates), which tests move; else null (real time).</summary>
    public SettableClock? Clock { get; } = clockStart is { } start ? new SettableClock(start) : null;

    /// <summary>Where the fixture started the clock (null: real time), for putting it back between tests (<see cref="SharedHostTests{THost}"/>).</summary>
    public DateTimeOffset? ClockStart => clockStart;

    public async Task InitializeAsync() =>
        Host = await TestHost.StartAsync(pluginIds, services =>
        {
            if (Clock is { } clock) services.AddSingleton<TimeProvider>(clock);
            ConfigureServices(services);
        }, extraArgs);

    /// <summary>Stand-ins the host is started with (e.g. a roster backed by the test's data); kept for the class, so a test empties their data itself.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>A moment in Asia/Shanghai (UTC+8), the jurisdictions' default zone.</summary>
    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>The host, emptied of what an earlier test of the class wrote (a new host is empty already).</summary>
    public async Task<TestHost> ResetAsync()
    {
        if (_used) await Host.ResetAsync();
        _used = true;
        return Host;
    }
}
