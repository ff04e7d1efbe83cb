namespace Modular.Plugins.BannerSixOnes.Common;

/// <summary>
/// The instant an obligation met "on a day" is recorded at (education events, training sessions): noon of
/// that day in the jurisdiction's zone, so its local day is the day itself whatever the offset.
/// </summary>
public static class LocalNoon
{
    public static DateTimeOffset Of(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
