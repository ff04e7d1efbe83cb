using System.Globalization;

namespace Modular.Plugins.BannerSixOnes;

/// <summary>Dates as the pages say them, in the user's language: 6月30日 / Jun 30, 2011年6月 / June 2011.</summary>
public static class SixOnesDates
{
    private static readonly CultureInfo Zh = CultureInfo.InvariantCulture, En = CultureInfo.GetCultureInfo("en-US");

    /// <summary>A day without its year: <c>6月30日</c> / <c>Jun 30</c>.</summary>
    public static string Day(DateOnly day) => Text.Of(day.ToString("M月d日", Zh), day.ToString("MMM d", En));

    /// <summary>A day with its year: <c>2011年6月30日</c> / <c>Jun 30, 2011</c>.</summary>
    public static string FullDay(DateOnly day) => Text.Of(day.ToString("yyyy年M月d日", Zh), day.ToString("MMM d, yyyy", En));

    /// <summary>A month: <c>2011年6月</c> / <c>June 2011</c>.</summary>
    public static string Month(DateOnly month) => Text.Of(month.ToString("yyyy年M月", Zh), month.ToString("MMMM yyyy", En));

    /// <summary>A moment of the day: <c>6月30日 09:00</c> / <c>Jun 30 09:00</c>.</summary>
    public static string DayTime(DateTime local) => Text.Of(local.ToString("M月d日 HH:mm", Zh), local.ToString("MMM d HH:mm", En));

    /// <summary>A month's short name for a chart: <c>6月</c> / <c>Jun</c>.</summary>
    public static string MonthName(int month) => Text.Of($"{month}月", new DateTime(2000, month, 1).ToString("MMM", En));
}

/// <summary>Titles as the pages quote them: 《书名》 in Chinese, “Title” in English.</summary>
public static class Quoted
{
    public static string Title(string? title) => Text.Of($"《{title}》", $"“{title}”");
}
