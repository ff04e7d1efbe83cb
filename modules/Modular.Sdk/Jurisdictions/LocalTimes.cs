namespace Modular.Sdk;

/// <summary>
/// The one way to move between instants and a jurisdiction's wall clock and calendar: what day it is there,
/// what its clocks showed, and which instant a local date and time mean. <see cref="IJurisdiction"/> offers the
/// same for its own zone.
/// </summary>
public static class LocalTimes
{
    /// <summary>The calendar day of <paramref name="instant"/> in the zone.</summary>
    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(WallClock(instant, zone));

    /// <summary>What the zone's clocks showed at <paramref name="instant"/>.</summary>
    public static DateTime WallClock(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>The instant a local date and time of the zone stand for (its kind is ignored), in UTC.</summary>
    public static DateTimeOffset InstantOf(DateTime wallClock, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    /// <summary>The instant a local day begins in the zone.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) => InstantOf(day.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>
    /// The zone's IANA name (<c>Asia/Shanghai</c>), which PostgreSQL's <c>AT TIME ZONE</c> knows, for SQL that buckets
    /// instants by local day or month; a zone known by its Windows name is translated.
    /// </summary>
    public static string IanaId(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
}
