using System.Globalization;

namespace Modular.Sdk;

/// <summary>
/// The one set of bounds on what people enter, for the core and every plugin: how long a text may be and which
/// days are days at all (1850–2200, the roster import's range). The host refuses a date outside the range and
/// any single value longer than <see cref="AnyValue"/> in every query, form and JSON body before a service sees
/// it (<c>InputGuard</c>); services hold their fields to the tighter sizes below with <see cref="TooLong"/>.
/// </summary>
public static class Limits
{
    /// <summary>A name, a title, a place, a post, a key.</summary>
    public const int Line = 200;

    /// <summary>A comment, a reason, a note, a description, a pledge.</summary>
    public const int Note = 2_000;

    /// <summary>A long text: a study note, a report, a plan (the counted-texts block holds every plugin's texts to it).</summary>
    public const int Body = 50_000;

    /// <summary>No single value of any request, whatever its field, is longer than this.</summary>
    public const int AnyValue = 100_000;

    /// <summary>An import lists at most this many errors, then says how many more there are.</summary>
    public const int ListedErrors = 1_000;

    /// <summary>The line that ends a cut-off error list.</summary>
    public static string MoreErrors(int more) => Text.Of($"另有 {more} 处错误未列出。", $"{more} more errors are not listed.");

    public static readonly DateOnly FirstDay = new(1850, 1, 1);
    public static readonly DateOnly LastDay = new(2200, 12, 31);

    public static bool IsWithin(DateOnly day) => day >= FirstDay && day <= LastDay;

    public static bool IsWithinYears(int year) => year >= FirstDay.Year && year <= LastDay.Year;

    /// <summary>Why a date is refused, in the user's language.</summary>
    public static string DateOutOfRange => Text.Of("日期应在 1850-01-01 至 2200-12-31 之间。", "The date must be between 1850-01-01 and 2200-12-31.");

    /// <summary>Null when there is no date or it lies within the range; else why not.</summary>
    public static string? DateProblem(DateOnly? day) => day is { } d && !IsWithin(d) ? DateOutOfRange : null;

    /// <summary>Null when <paramref name="text"/> (as it will be stored) has at most <paramref name="max"/> characters; else why not.</summary>
    public static string? TooLong(string? text, int max) =>
        text is { Length: var length } && length > max
            ? Text.Of($"不能超过 {Number(max)} 个字符（现有 {Number(length)} 个）。", $"At most {Number(max)} characters (this has {Number(length)}).")
            : null;

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
