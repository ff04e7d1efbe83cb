using System.Globalization;

namespace Modular.Sdk.Manifest;

/// <summary>The kinds of value a plugin setting can hold.</summary>
public enum SettingType
{
    Integer,
    Decimal,
    Boolean,
    Text,
    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    Date,
    /// <summary>A day of the year, <c>MM-dd</c> (e.g. <c>07-01</c> for "before July 1").</summary>
    MonthDay,
}

/// <summary>One number or date of a campaign plan that a jurisdiction may set; the default is the document's.</summary>
public sealed record SettingDefinition
{
    public required string Key { get; init; }
    public required SettingType Type { get; init; }
    public required LocalizedText Name { get; init; }
    public LocalizedText? Help { get; init; }
    /// <summary>The default as text in the type's format (e.g. "300", "07-01", "2011-06-30").</summary>
    public required string Default { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    internal IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Key) || !Key.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || c == '-'))
            yield return "key must be ASCII letters, digits, dots or dashes";
        if (string.IsNullOrWhiteSpace(Name?.ZhCn)) yield return "name.zh-CN is required";
        if (TryParse(Default, out _) is { } error) yield return $"default {error}";
    }

    /// <summary>Parses a value of this setting. Returns null when valid, else the reason, written for the person who typed it.</summary>
    public string? TryParse(string? text, out object? value)
    {
        value = null;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return Type == SettingType.Text ? null : Text.Of("不能为空", "is required");
        switch (Type)
        {
            case SettingType.Integer:
                if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) return Text.Of($"“{text}”不是整数", $"\"{text}\" is not a whole number");
                value = l;
                return CheckRange(l);
            case SettingType.Decimal:
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) return Text.Of($"“{text}”不是数字", $"\"{text}\" is not a number");
                value = d;
                return CheckRange(d);
            case SettingType.Boolean:
                if (!bool.TryParse(text, out var b)) return Text.Of($"“{text}”不是“是/否”", $"\"{text}\" is not true or false");
                value = b;
                return null;
            case SettingType.Date:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return Text.Of($"“{text}”不是日期（格式 yyyy-MM-dd）", $"\"{text}\" is not a date (yyyy-MM-dd)");
                value = date;
                return Limits.IsWithin(date) ? null : Limits.DateOutOfRange;
            case SettingType.MonthDay:
                if (!MonthDay.TryParse(text, out var md)) return Text.Of($"“{text}”不是月-日（格式 MM-dd）", $"\"{text}\" is not a day of the year (MM-dd)");
                value = md;
                return null;
            default:
                value = text;
                return Limits.TooLong(text, Limits.Note);
        }
    }

    private string? CheckRange(decimal v) =>
        Min is { } min && v < min ? Text.Of($"不能小于 {min.ToString(CultureInfo.InvariantCulture)}", $"must be at least {min.ToString(CultureInfo.InvariantCulture)}")
        : Max is { } max && v > max ? Text.Of($"不能大于 {max.ToString(CultureInfo.InvariantCulture)}", $"must be at most {max.ToString(CultureInfo.InvariantCulture)}")
        : null;
}

/// <summary>A day of the year without a year, e.g. 07-01; resolved against a campaign year.</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    public static bool TryParse(string text, out MonthDay value)
    {
        value = default;
        // Validate against a leap year so 02-29 is allowed; InYear clamps it in other years.
        if (!DateOnly.TryParseExact("2000-" + text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        value = new MonthDay(d.Month, d.Day);
        return true;
    }

    public DateOnly InYear(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));

    public override string ToString() => $"{Month:00}-{Day:00}";
}
