namespace Modular.Sdk.Scheduling;

/// <summary>What a rule is resolved against: the campaign's dates, stages, recorded events and settings.</summary>
public sealed record CampaignFacts(
    DateOnly Start, DateOnly End,
    IReadOnlyDictionary<string, DateOnly?> Events,
    IReadOnlyDictionary<string, (DateOnly Start, DateOnly End)> Stages,
    IReadOnlyDictionary<string, string> Settings)
{
    public static CampaignFacts Of(DateOnly start, DateOnly end) =>
        new(start, end, new Dictionary<string, DateOnly?>(), new Dictionary<string, (DateOnly, DateOnly)>(), new Dictionary<string, string>());
}

/// <summary>One obligation period: the day it starts and the day it is due (null: not yet known, e.g. the event is not recorded).</summary>
public sealed record Occurrence(DateOnly PeriodStart, DateOnly? DueOn);

/// <summary>
/// Resolves a <see cref="DeadlineRule"/> to dates. A pure function of the rule and the campaign's
/// facts: change an event date or a setting and resolving again gives the new dates.
/// </summary>
public static class DeadlineResolver
{
    private const int MaxSettingDepth = 5;

    /// <summary>The single due date of a one-off rule, or null when it depends on something not yet known.</summary>
    public static DateOnly? ResolveDate(DeadlineRule rule, CampaignFacts facts) =>
        Resolve(rule, facts, facts.Start, facts.End) switch
        {
            [var single] => single.DueOn,
            _ => throw new InvalidOperationException("a periodic rule has more than one date"),
        };

    /// <summary>
    /// Every occurrence of the rule whose period overlaps [<paramref name="from"/>, <paramref name="to"/>] within
    /// the campaign. A one-off rule has exactly one occurrence, its period starting with the campaign.
    /// </summary>
    public static IReadOnlyList<Occurrence> Resolve(DeadlineRule rule, CampaignFacts facts, DateOnly from, DateOnly to, int depth = 0)
    {
        switch (rule)
        {
            case SettingRule s:
                if (depth >= MaxSettingDepth || !facts.Settings.TryGetValue(s.Key, out var text) || !DeadlineRule.TryParse(text, out var inner, out _))
                    return [new Occurrence(facts.Start, null)];
                return Resolve(inner, facts, from, to, depth + 1);
            case SingleRule single:
                return [new Occurrence(facts.Start, AnchorDate(single.Anchor, facts, depth) is { } d ? single.Offset.ApplyTo(d) : null)];
            case PeriodicRule periodic:
                return Periods(periodic, facts, from, to);
            default:
                throw new ArgumentOutOfRangeException(nameof(rule));
        }
    }

    private static List<Occurrence> Periods(PeriodicRule rule, CampaignFacts facts, DateOnly from, DateOnly to)
    {
        var first = from > facts.Start ? from : facts.Start;
        var last = to < facts.End ? to : facts.End;
        var result = new List<Occurrence>();
        for (var periodStart = PeriodStartOf(first, rule.Period); periodStart <= last; periodStart = NextPeriodStart(periodStart, rule.Period))
        {
            var periodEnd = NextPeriodStart(periodStart, rule.Period).AddDays(-1);
            var start = periodStart < facts.Start ? facts.Start : periodStart;
            result.Add(new Occurrence(start, rule.Offset.ApplyTo(periodEnd)));
        }
        return result;
    }

    /// <summary>The first day of the period that contains <paramref name="day"/> (quarters start 01-01, 04-01, 07-01, 10-01).</summary>
    public static DateOnly PeriodStartOf(DateOnly day, Period period) => period switch
    {
        Period.Day => day,
        Period.Month => new DateOnly(day.Year, day.Month, 1),
        Period.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        Period.HalfYear => new DateOnly(day.Year, day.Month <= 6 ? 1 : 7, 1),
        _ => new DateOnly(day.Year, 1, 1),
    };

    private static DateOnly NextPeriodStart(DateOnly periodStart, Period period) => period switch
    {
        Period.Day => periodStart.AddDays(1),
        Period.Month => periodStart.AddMonths(1),
        Period.Quarter => periodStart.AddMonths(3),
        Period.HalfYear => periodStart.AddMonths(6),
        _ => periodStart.AddYears(1),
    };

    private static DateOnly? AnchorDate(Anchor anchor, CampaignFacts facts, int depth) => anchor switch
    {
        CampaignStartAnchor => facts.Start,
        CampaignEndAnchor => facts.End,
        DateAnchor d => d.Date,
        // 02-29 in a campaign that starts in a common year falls on 02-28.
        MonthDayAnchor md => new DateOnly(facts.Start.Year, md.Month, Math.Min(md.Day, DateTime.DaysInMonth(facts.Start.Year, md.Month))),
        EventAnchor e => facts.Events.TryGetValue(e.Key, out var on) ? on : null,
        StageAnchor s => facts.Stages.TryGetValue(s.Name, out var stage) ? (s.End ? stage.End : stage.Start) : null,
        SettingAnchor s => depth < MaxSettingDepth && facts.Settings.TryGetValue(s.Key, out var text) && DeadlineRule.TryParse(text, out var inner, out _) && inner is SingleRule
            ? Resolve(inner, facts, facts.Start, facts.End, depth + 1)[0].DueOn
            : null,
        _ => null,
    };
}
