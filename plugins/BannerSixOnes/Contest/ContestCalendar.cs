using System.Globalization;

namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>
/// Local date-times of the jurisdiction (the answering window is entered and shown as Beijing time for a
/// banner in Asia/Shanghai) and the document's “6月底”: the last ten days of June (6月下旬, 21–30).
/// </summary>
public static class ContestCalendar
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static DateTime? ParseLocal(string? text) =>
        DateTime.TryParseExact((text ?? "").Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? local : null;

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone) => LocalTimes.InstantOf(local, zone);

    public static DateTime ToLocal(DateTimeOffset moment, TimeZoneInfo zone) => LocalTimes.WallClock(moment, zone);

    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone) => LocalTimes.StartOf(day, zone);

    /// <summary><c>2011-06-30 09:00</c>, for inputs and the API.</summary>
    public static string Format(DateTimeOffset moment, TimeZoneInfo zone) => ToLocal(moment, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary><c>6月30日 09:00</c> (<c>Jun 30 09:00</c> in English), for messages.</summary>
    public static string Say(DateTimeOffset moment, TimeZoneInfo zone) => SixOnesDates.DayTime(ToLocal(moment, zone));

    /// <summary>6月下旬 (21–30 June): the plan's “拟于6月底举办”.</summary>
    public static bool IsEndOfJune(DateOnly day) => day.Month == 6 && day.Day >= 21;

    /// <summary>“6月底” for a day in the last ten days of June, else “7月5日”.</summary>
    public static string Label(DateOnly day) => IsEndOfJune(day) ? Text.Of("6月底", "end of June") : SixOnesDates.Day(day);
}
