namespace Modular.Plugins.CountyFiveActivities;

/// <summary>
/// The plan's numbers and dates for one jurisdiction: the document's reading unless its office
/// changed a setting (plugin.json). Every item's rule reads its numbers from here.
/// </summary>
public sealed record CountyRules(
    CampaignCalendar Calendar,
    int CommitteeMeetingDays,
    DateOnly PartySpiritBefore, int PartySpiritWeekDays, int PartySpiritReportMinChars,
    DateOnly CommendationBefore,
    decimal MaxPerGood, decimal AdvancedMin, decimal LaggingBelow, decimal FiveGoodsMinPerGood,
    decimal MinRecognition = 0)
{
    /// <summary>实施步骤: the four steps, their dates the settings (the document's reading by default).</summary>
    public static readonly CalendarPlan Plan = CalendarPlan.OfStages(
        new("mobilize", new("广泛发动，安排部署", "Mobilize and deploy"), "setting:stage1.start", "setting:stage1.end"),
        new("compete", new("全面争创，扎实推进", "Compete in earnest"), "setting:stage2.start", "setting:stage2.end"),
        new("benchmark", new("对标定位，晋档升级", "Benchmark and move up"), "setting:stage3.start", "setting:stage3.end"),
        new("summarize", new("系统总结，完善机制", "Summarize and build mechanisms"), "setting:stage4.start", "setting:stage4.end"));

    public static CountyRules From(PluginSettingValues s) => new(
        CampaignCalendar.From(Plan, s),
        (int)s.GetInteger("mobilization.committeeDays"),
        s.GetDate("partySpirit.before"), (int)s.GetInteger("partySpirit.weekDays"), (int)s.GetInteger("partySpirit.reportMinChars"),
        s.GetDate("commendation.before"),
        s.GetDecimal("score.maxPerGood"), s.GetDecimal("grade.advancedMin"), s.GetDecimal("grade.laggingBelow"), s.GetDecimal("fiveGoods.minPerGood"),
        s.GetDecimal("commendation.minRecognition"))
    {
        CentralStudyMinSessions = (int)s.GetInteger("study.minSessions"),
    };

    /// <summary>组织集中学习: the sessions every party organization holds in stage 1 (the plan names none; 1 is this plugin's reading, 0 none owed).</summary>
    public int CentralStudyMinSessions { get; init; } = 1;

    public IReadOnlyList<CampaignStage> Stages => Calendar.Stages;

    /// <summary>The stage a day falls in; null before the first and after the last.</summary>
    public CampaignStage? StageOn(DateOnly day) => Calendar.StageOn(day);

    /// <summary>The first and last day of the four steps: every obligation of the plan falls due within them.</summary>
    public ObligationSpan Span => new(Stages[0].Start, Stages[^1].End);

    /// <summary>
    /// The campaign's key for what is pledged once for all of it (an organization's public pledge, a member's post
    /// pledge): the year it starts.
    /// </summary>
    public string PledgePeriod => Stages[0].Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The last day a party committee may hold its meeting: the county's day + 7 (“县委召开动员大会后7日内”).</summary>
    public DateOnly CommitteeMeetingDue(DateOnly countyMeeting) => Mobilization.MobilizationRule.CommitteeDue(Calendar, countyMeeting, CommitteeMeetingDays)!.Value;

    /// <summary>
    /// “七一前” (RULES.md: on or before 06-30): the settings hold 七一 itself, the first day that is too
    /// late, so a day counts when it is strictly before it — the last day that counts is the day before.
    /// </summary>
    public bool BeforePartySpiritDeadline(DateOnly day) => day < PartySpiritBefore;

    public DateOnly PartySpiritLastDay => PartySpiritBefore.AddDays(-1);

    public bool BeforeCommendationDeadline(DateOnly day) => day < CommendationBefore;

    public DateOnly CommendationLastDay => CommendationBefore.AddDays(-1);
}
