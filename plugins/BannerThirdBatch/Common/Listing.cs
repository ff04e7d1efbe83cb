using System.Globalization;

namespace Modular.Plugins.BannerThirdBatch.Common;

/// <summary>The filters the growing lists share: a month (<c>yyyy-MM</c>, the value of an <c>&lt;input type="month"&gt;</c>).</summary>
public static class Listing
{
    /// <summary>A month's first and last day; null for no month; false for a value that is not a month.</summary>
    public static bool TryMonth(string? text, out (DateOnly From, DateOnly To)? month)
    {
        month = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)) return false;
        month = (first, first.AddMonths(1).AddDays(-1));
        return true;
    }

    public static string BadMonth(string? text) => Text.Of($"“{text}”不是月份（如 2026-03）。", $"“{text}” is not a month (e.g. 2026-03).");
}
