using System.Globalization;
using System.Text.RegularExpressions;

namespace Modular.Sdk.Scheduling;

/// <summary>
/// A deadline as the plans write it, parsed from a small rule language:
/// <list type="bullet">
/// <item>absolute: <c>07-01</c> (in the campaign's year), <c>2011-07-01</c>;</item>
/// <item>relative: <c>start + 6 months</c>, <c>end - 7 days</c>, <c>7 days after event county-mobilization-meeting</c>,
/// <c>event:county-mobilization-meeting + 7 days</c>, <c>stage 全面争创 end</c>, <c>stage:动员 start</c>;</item>
/// <item>from a setting: <c>setting:party-spirit-week</c> (the setting holds a rule or a date);</item>
/// <item>periodic over a range: <c>daily</c>, <c>each month end</c>, <c>each quarter end</c> (= <c>quarterly</c>),
/// <c>each half-year end</c> (= <c>semiannual</c>), <c>each year end</c> (= <c>yearly</c>), each with an optional offset
/// (<c>each quarter end + 10 days</c>).</item>
/// </list>
/// Parsing is pure and strict; resolution is in <see cref="DeadlineResolver"/>.
/// </summary>
public abstract partial record DeadlineRule
{
    public static DeadlineRule Parse(string text) =>
        TryParse(text, out var rule, out var error) ? rule : throw new FormatException(error);

    public static bool TryParse(string? text, out DeadlineRule rule, out string error)
    {
        rule = null!;
        error = "";
        var t = Normalize(text);
        if (t.Length == 0) { error = "empty rule"; return false; }

        if (SettingPattern().Match(t) is { Success: true } s) { rule = new SettingRule(s.Groups[1].Value); return true; }

        var (body, offset, offsetError) = SplitOffset(t);
        if (offsetError is not null) { error = offsetError; return false; }

        if (PeriodOf(body) is { } period) { rule = new PeriodicRule(period, offset); return true; }

        // "7 days after event X" / "3 days before end"
        if (AfterBeforePattern().Match(body) is { Success: true } ab)
        {
            if (offset != Offset.None) { error = $"two offsets in '{text}'"; return false; }
            if (!TryUnit(ab.Groups[2].Value, out var unit)) { error = $"unknown unit '{ab.Groups[2].Value}'"; return false; }
            var amount = int.Parse(ab.Groups[1].Value, CultureInfo.InvariantCulture) * (ab.Groups[3].Value == "before" ? -1 : 1);
            if (!TryAnchor(ab.Groups[4].Value, out var a, out error)) return false;
            rule = new SingleRule(a, new Offset(amount, unit));
            return true;
        }

        if (!TryAnchor(body, out var anchor, out error)) return false;
        rule = new SingleRule(anchor, offset);
        return true;
    }

    private static string Normalize(string? text) =>
        Regex.Replace((text ?? "").Trim(), @"\s+", " ").Replace("＋", "+").Replace("－", "-");

    private static (string Body, Offset Offset, string? Error) SplitOffset(string t)
    {
        var m = OffsetPattern().Match(t);
        if (!m.Success) return (t, Offset.None, null);
        if (!TryUnit(m.Groups[3].Value, out var unit)) return (t, Offset.None, $"unknown unit '{m.Groups[3].Value}'");
        var amount = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) * (m.Groups[1].Value == "-" ? -1 : 1);
        return (t[..m.Index].Trim(), new Offset(amount, unit), null);
    }

    private static Period? PeriodOf(string body) => body.ToLowerInvariant() switch
    {
        "daily" or "each day" or "every day" => Period.Day,
        "monthly" or "each month end" => Period.Month,
        "quarterly" or "each quarter end" => Period.Quarter,
        "semiannual" or "semiannually" or "each half-year end" or "each half year end" => Period.HalfYear,
        "yearly" or "annually" or "each year end" => Period.Year,
        _ => null,
    };

    private static bool TryUnit(string word, out OffsetUnit unit)
    {
        unit = word.ToLowerInvariant().TrimEnd('s') switch
        {
            "day" => OffsetUnit.Day,
            "week" => OffsetUnit.Week,
            "month" => OffsetUnit.Month,
            "year" => OffsetUnit.Year,
            _ => (OffsetUnit)(-1),
        };
        return Enum.IsDefined(unit);
    }

    private static bool TryAnchor(string text, out Anchor anchor, out string error)
    {
        anchor = null!;
        error = "";
        var t = text.Trim();
        switch (t.ToLowerInvariant())
        {
            case "start": anchor = new CampaignStartAnchor(); return true;
            case "end": anchor = new CampaignEndAnchor(); return true;
        }
        if (FullDatePattern().IsMatch(t))
        {
            if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) { anchor = new DateAnchor(date); return true; }
            error = $"no such date '{t}'";
            return false;
        }
        if (MonthDayPattern().Match(t) is { Success: true } md)
        {
            var (month, day) = (int.Parse(md.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(md.Groups[2].Value, CultureInfo.InvariantCulture));
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2012, month)) { error = $"no such day '{t}'"; return false; }
            anchor = new MonthDayAnchor(month, day);
            return true;
        }
        if (EventPattern().Match(t) is { Success: true } ev) { anchor = new EventAnchor(ev.Groups[1].Value); return true; }
        if (StagePattern().Match(t) is { Success: true } st)
        {
            anchor = new StageAnchor(st.Groups[1].Value.Trim(), st.Groups[2].Value.Equals("end", StringComparison.OrdinalIgnoreCase));
            return true;
        }
        if (SettingPattern().Match(t) is { Success: true } se) { anchor = new SettingAnchor(se.Groups[1].Value); return true; }
        error = $"cannot read '{t}' as a date, 'start', 'end', 'event X', 'stage S start|end' or 'setting:key'";
        return false;
    }

    [GeneratedRegex(@"\s*([+-])\s*(\d{1,4})\s*([a-zA-Z]+)$")] private static partial Regex OffsetPattern();
    [GeneratedRegex(@"^(\d{1,4}) ([a-zA-Z]+) (after|before) (.+)$", RegexOptions.IgnoreCase)] private static partial Regex AfterBeforePattern();
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")] private static partial Regex FullDatePattern();
    [GeneratedRegex(@"^(\d{2})-(\d{2})$")] private static partial Regex MonthDayPattern();
    [GeneratedRegex(@"^event[: ]\s*([\p{L}\p{N}_.-]+)$", RegexOptions.IgnoreCase)] private static partial Regex EventPattern();
    [GeneratedRegex(@"^stage[: ]\s*(.+?) (start|end)$", RegexOptions.IgnoreCase)] private static partial Regex StagePattern();
    [GeneratedRegex(@"^setting:([\p{L}\p{N}_.-]+)$", RegexOptions.IgnoreCase)] private static partial Regex SettingPattern();
}

public enum OffsetUnit { Day, Week, Month, Year }

public sealed record Offset(int Amount, OffsetUnit Unit)
{
    public static Offset None { get; } = new(0, OffsetUnit.Day);

    /// <summary>Adds the offset; months and years clamp to the month's end (08-31 + 6 months = 02-28, or 02-29 in a leap year).</summary>
    public DateOnly ApplyTo(DateOnly date) => Unit switch
    {
        OffsetUnit.Day => date.AddDays(Amount),
        OffsetUnit.Week => date.AddDays(7 * Amount),
        OffsetUnit.Month => date.AddMonths(Amount),
        _ => date.AddYears(Amount),
    };
}

public enum Period { Day, Month, Quarter, HalfYear, Year }

/// <summary>One due date: an anchor plus an offset.</summary>
public sealed record SingleRule(Anchor Anchor, Offset Offset) : DeadlineRule;

/// <summary>One due date per period (day, month, quarter, half-year, year) over a range: the period's last day plus an offset.</summary>
public sealed record PeriodicRule(Period Period, Offset Offset) : DeadlineRule;

/// <summary>The whole rule is the value of a campaign setting.</summary>
public sealed record SettingRule(string Key) : DeadlineRule;

public abstract record Anchor;
public sealed record CampaignStartAnchor : Anchor;
public sealed record CampaignEndAnchor : Anchor;
public sealed record DateAnchor(DateOnly Date) : Anchor;
/// <summary>A month and day in the campaign's year (the year it starts).</summary>
public sealed record MonthDayAnchor(int Month, int Day) : Anchor;
public sealed record EventAnchor(string Key) : Anchor;
public sealed record StageAnchor(string Name, bool End) : Anchor;
public sealed record SettingAnchor(string Key) : Anchor;
