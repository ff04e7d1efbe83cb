using Modular.Sdk.Settings;

namespace Modular.Sdk.Scheduling;

/// <summary>
/// A stage of a plan (实施步骤, 阶段): its key, its name as the document writes it, and its first and last day as
/// <see cref="DeadlineRule"/> texts — usually a setting (<c>setting:stage1.start</c>), or relative to the campaign or
/// an earlier stage (<c>stage mobilize end + 1 day</c>).
/// </summary>
public sealed record StagePlan(string Key, LocalizedText Name, string Start, string End);

/// <summary>
/// A campaign as its plan lays it out: when it starts and ends (a date or a setting holding one; month-days such as
/// <c>07-01</c> fall in the campaign's year) and its stages in order.
/// </summary>
public sealed record CalendarPlan(string Start, string End, IReadOnlyList<StagePlan> Stages)
{
    /// <summary>A plan whose dates are its stages': from the first stage's start to the last one's end.</summary>
    public static CalendarPlan OfStages(params StagePlan[] stages) => new(stages[0].Start, stages[^1].End, stages);
}

/// <summary>One stage with its dates resolved for a jurisdiction.</summary>
public sealed record CampaignStage(int Number, string Key, LocalizedText Name, DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

/// <summary>
/// A campaign's calendar for one jurisdiction: its dates and stages from the plan and the jurisdiction's settings,
/// and every deadline rule resolved against them and the events recorded so far (a committee's meeting is due
/// “7 days after event county-mobilization-meeting”). Pure: the same plan, settings and events give the same dates.
/// </summary>
public sealed class CampaignCalendar
{
    private readonly CampaignFacts _facts;

    private CampaignCalendar(CampaignFacts facts, IReadOnlyList<CampaignStage> stages)
    {
        _facts = facts;
        Stages = stages;
    }

    public DateOnly Start => _facts.Start;
    public DateOnly End => _facts.End;
    public IReadOnlyList<CampaignStage> Stages { get; }

    /// <summary>
    /// Resolves the plan with the jurisdiction's settings (each setting's text is what <c>setting:key</c> reads).
    /// <paramref name="year"/> places month-day dates (<c>07-01</c>) of a campaign run every year; without it they fall
    /// in the campaign's first year. A plan whose dates cannot be resolved is a plugin bug and throws.
    /// </summary>
    public static CampaignCalendar From(CalendarPlan plan, PluginSettingValues settings, int? year = null) =>
        From(plan, settings.Definitions.ToDictionary(d => d.Key, d => settings.GetAsText(d.Key)), year);

    public static CampaignCalendar From(CalendarPlan plan, IReadOnlyDictionary<string, string> settings, int? year = null)
    {
        var yearStart = new DateOnly(year ?? 2000, 1, 1);
        var draft = new CampaignFacts(yearStart, yearStart.AddYears(1).AddDays(-1), new Dictionary<string, DateOnly?>(),
            new Dictionary<string, (DateOnly, DateOnly)>(), settings);
        var start = Required(plan.Start, draft, "start");
        var end = Required(plan.End, draft with { Start = year is null ? start : draft.Start }, "end");
        if (end < start) throw new InvalidOperationException($"The campaign ends ({end}) before it starts ({start}).");

        var stageDates = new Dictionary<string, (DateOnly Start, DateOnly End)>(StringComparer.OrdinalIgnoreCase);
        var facts = draft with { Start = start, End = end, Stages = stageDates };
        var stages = new List<CampaignStage>();
        foreach (var (plannedStage, number) in plan.Stages.Select((s, i) => (s, i + 1)))
        {
            var s = Required(plannedStage.Start, facts, $"stage {plannedStage.Key} start");
            var e = Required(plannedStage.End, facts, $"stage {plannedStage.Key} end");
            if (e < s) throw new InvalidOperationException($"Stage {plannedStage.Key} ends ({e}) before it starts ({s}).");
            stageDates[plannedStage.Key] = (s, e);
            stages.Add(new CampaignStage(number, plannedStage.Key, plannedStage.Name, s, e));
        }
        return new CampaignCalendar(facts, stages);
    }

    private static DateOnly Required(string rule, CampaignFacts facts, string what) =>
        DeadlineResolver.ResolveDate(DeadlineRule.Parse(rule), facts)
        ?? throw new InvalidOperationException($"The plan's {what} (\"{rule}\") does not resolve to a day.");

    /// <summary>The same calendar once an event has happened (or is taken back): rules counting from it resolve.</summary>
    public CampaignCalendar WithEvent(string key, DateOnly? on)
    {
        var events = new Dictionary<string, DateOnly?>(_facts.Events, StringComparer.OrdinalIgnoreCase) { [key] = on };
        return new CampaignCalendar(_facts with { Events = events }, Stages);
    }

    public CampaignStage Stage(string key) =>
        Stages.FirstOrDefault(s => s.Key.Equals(key, StringComparison.OrdinalIgnoreCase)) ?? throw new KeyNotFoundException($"No stage \"{key}\" in the plan.");

    /// <summary>The stage a day falls in; null before the first, between stages and after the last.</summary>
    public CampaignStage? StageOn(DateOnly day) => Stages.FirstOrDefault(s => s.Contains(day));

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>The due day of a one-off rule; null while it counts from an event not yet recorded.</summary>
    public DateOnly? Due(string rule) => DeadlineResolver.ResolveDate(DeadlineRule.Parse(rule), _facts);

    /// <summary>Every period of a rule (daily, each quarter end…) that overlaps the range, within the campaign.</summary>
    public IReadOnlyList<Occurrence> Occurrences(string rule, DateOnly from, DateOnly to) =>
        DeadlineResolver.Resolve(DeadlineRule.Parse(rule), _facts, from, to);

    /// <summary>Where something due by the rule stands, given the day it was done and today.</summary>
    public DueState StateOf(string rule, DateOnly? doneOn, DateOnly today) => DueStates.Of(Due(rule), doneOn, today);
}
