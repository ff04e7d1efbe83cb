using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Modular.Host.Demo;

/// <summary>
/// The host's clock: the configured one (the system's, or a test's), which demo seeding may set back
/// for the work it replays (<see cref="ReplayAt"/>), so months of activity go through the plugins'
/// services at the times they happened. The override lives in an async-local: only the seeding flow
/// sees it, every request and job sees the real time. Timers and timestamps are never shifted.
/// </summary>
public sealed class ReplayableClock(TimeProvider inner) : TimeProvider
{
    private static readonly AsyncLocal<DateTimeOffset?> Replayed = new();

    public override DateTimeOffset GetUtcNow() => Replayed.Value ?? inner.GetUtcNow();
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
    public override long TimestampFrequency => inner.TimestampFrequency;
    public override long GetTimestamp() => inner.GetTimestamp();
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Runs <paramref name="work"/> with the clock at <paramref name="instant"/> (not later than the real now).</summary>
    public async Task ReplayAt(DateTimeOffset instant, Func<Task> work)
    {
        if (instant > inner.GetUtcNow())
            throw new ArgumentOutOfRangeException(nameof(instant), instant, "Demo work cannot happen in the future.");
        var previous = Replayed.Value;
        Replayed.Value = instant.ToUniversalTime();
        try
        {
            await work();
        }
        finally
        {
            Replayed.Value = previous;
        }
    }

    /// <summary>Wraps whichever clock was registered last (a test's stands in for the system's).</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider));
        services.RemoveAll<TimeProvider>();
        services.AddSingleton(sp => new ReplayableClock(registered switch
        {
            null => System,
            { ImplementationInstance: TimeProvider instance } => instance,
            { ImplementationFactory: { } factory } => (TimeProvider)factory(sp),
            _ => (TimeProvider)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!),
        }));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<ReplayableClock>());
    }
}
