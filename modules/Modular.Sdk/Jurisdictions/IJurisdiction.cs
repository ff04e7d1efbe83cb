using System.Globalization;

namespace Modular.Sdk;

/// <summary>A jurisdiction (tenant): a banner, a county, an institute, a party group.</summary>
public interface IJurisdiction
{
    int Id { get; }
    /// <summary>The short code in URLs: <c>/j/{code}/...</c>.</summary>
    string Code { get; }
    string Name { get; }
    TimeZoneInfo TimeZone { get; }
    CultureInfo Culture { get; }

    /// <summary>Today's date where the jurisdiction is.</summary>
    DateOnly Today(TimeProvider clock) => LocalTimes.DayOf(clock.GetUtcNow(), TimeZone);

    /// <summary>The jurisdiction's calendar day of an instant.</summary>
    DateOnly DayOf(DateTimeOffset instant) => LocalTimes.DayOf(instant, TimeZone);

    /// <summary>What the jurisdiction's clocks showed at an instant (pages and ledgers show times this way).</summary>
    DateTime WallClock(DateTimeOffset instant) => LocalTimes.WallClock(instant, TimeZone);

    /// <summary>The instant a local date and time of the jurisdiction stand for.</summary>
    DateTimeOffset InstantOf(DateTime wallClock) => LocalTimes.InstantOf(wallClock, TimeZone);
}

/// <summary>
/// The jurisdiction of the current request (or job run), fixed once resolved, and this plugin's
/// settings for it. Inject it into pages, endpoints and services.
/// </summary>
public interface IJurisdictionContext
{
    /// <summary>Null outside a jurisdiction (e.g. the platform admin's pages).</summary>
    IJurisdiction? Current { get; }

    IJurisdiction Required => Current ?? throw new InvalidOperationException("This request has no jurisdiction.");
}
