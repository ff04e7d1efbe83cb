namespace Modular.Testing;

/// <summary>
/// A test class on a <see cref="SharedTestHost"/> whose tests share what they write to: before each test the host's clock is
/// put back (to <paramref name="clockAt"/>, else where the fixture started it; a test may move it) and the host is emptied,
/// so that each test starts from the same day on an empty host. Derive
/// <c>public sealed class VolunteeringTests(MyPluginHost shared) : SharedHostTests&lt;MyPluginHost&gt;(shared)</c> and use
/// <see cref="Host"/> and <see cref="Clock"/>.
/// </summary>
public abstract class SharedHostTests<THost>(THost shared, DateTimeOffset? clockAt = null) : IClassFixture<THost>, IAsyncLifetime
    where THost : SharedTestHost
{
    /// <summary>The host, emptied for this test.</summary>
    protected TestHost Host { get; private set; } = null!;

    /// <summary>The host's clock, which a test moves.</summary>
    protected SettableClock Clock => shared.Clock ?? throw new InvalidOperationException($"{typeof(THost).Name} was given no clock start.");

    public virtual async Task InitializeAsync()
    {
        // Before the reset and before any sign-in: tokens live on the test clock.
        if (shared.Clock is { } clock) clock.Now = clockAt ?? shared.ClockStart!.Value;
        Host = await shared.ResetAsync();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
