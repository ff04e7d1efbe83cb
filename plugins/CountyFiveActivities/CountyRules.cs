using Modular.Sdk.Settings;

namespace Modular.Plugins.CountyFiveActivities;

/// <summary>The four steps of the plan (实施步骤), each with its dates.</summary>
public sealed record CampaignStage(int Number, string Name, DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

/// <summary>
/// The plan's numbers and dates for one jurisdiction: the document's reading unless its office
/// changed a setting (plugin.json). Every feature reads its rule from here.
/// </summary>
public sealed record CountyRules(
    IReadOnlyList<CampaignStage> Stages,
    int CommitteeMeetingDays,
    DateOnly PartySpiritBefore, int PartySpiritWeekDays, int PartySpiritReportMinChars,
    DateOnly CommendationBefore,
    decimal MaxPerGood, decimal AdvancedMin, decimal LaggingBelow, decimal FiveGoodsMinPerGood)
{
    public static CountyRules From(PluginSettingValues s) => new(
        [
            new(1, "广泛发动，安排部署", s.GetDate("stage1.start"), s.GetDate("stage1.end")),
            new(2, "全面争创，扎实推进", s.GetDate("stage2.start"), s.GetDate("stage2.end")),
            new(3, "对标定位，晋档升级", s.GetDate("stage3.start"), s.GetDate("stage3.end")),
            new(4, "系统总结，完善机制", s.GetDate("stage4.start"), s.GetDate("stage4.end")),
        ],
        (int)s.GetInteger("mobilization.committeeDays"),
        s.GetDate("partySpirit.before"), (int)s.GetInteger("partySpirit.weekDays"), (int)s.GetInteger("partySpirit.reportMinChars"),
        s.GetDate("commendation.before"),
        s.GetDecimal("score.maxPerGood"), s.GetDecimal("grade.advancedMin"), s.GetDecimal("grade.laggingBelow"), s.GetDecimal("fiveGoods.minPerGood"));

    /// <summary>The stage a day falls in; null before the first and after the last.</summary>
    public CampaignStage? StageOn(DateOnly day) => Stages.FirstOrDefault(s => s.Contains(day));

    /// <summary>The last day a party committee may hold its meeting: the county's day + 7 (“县委召开动员大会后7日内”).</summary>
    public DateOnly CommitteeMeetingDue(DateOnly countyMeeting) => countyMeeting.AddDays(CommitteeMeetingDays);

    /// <summary>
    /// “七一前” (RULES.md: on or before 06-30): the settings hold 七一 itself, the first day that is too
    /// late, so a day counts when it is strictly before it — the last day that counts is the day before.
    /// </summary>
    public bool BeforePartySpiritDeadline(DateOnly day) => day < PartySpiritBefore;

    public DateOnly PartySpiritLastDay => PartySpiritBefore.AddDays(-1);

    public bool BeforeCommendationDeadline(DateOnly day) => day < CommendationBefore;

    public DateOnly CommendationLastDay => CommendationBefore.AddDays(-1);
}
