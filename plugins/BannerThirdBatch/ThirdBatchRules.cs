namespace Modular.Plugins.BannerThirdBatch;

/// <summary>
/// The document's numbers as this jurisdiction set them (plugin.json's settings, whose defaults are the document's), read once
/// per request by <see cref="BannerThirdBatchCampaign"/>. Pure.
/// </summary>
/// <param name="TownMonths">“各苏木镇机关集中活动时间为6个月” (<c>units.townMonths</c>).</param>
/// <param name="GachaMinMonths">“嘎查社区集中活动时间不少于4个月” (<c>units.gachaMinMonths</c>).</param>
/// <param name="ConsolidationMonths">“另外安排2个月时间用于做好巩固扩大学习实践活动成果” (<c>units.consolidationMonths</c>).</param>
/// <param name="PlanDueDays">A unit's implementation plan is due this many days after its start (this system's reading).</param>
/// <param name="OutreachDueDays">Every outgoing member is reached this many days after the unit's start (this system's reading).</param>
/// <param name="FollowUpDays">A guidance visit's follow-up is due this many days after the visit unless it names a day.</param>
/// <param name="AssessmentMaxScore">The assessment system's full marks.</param>
public sealed record ThirdBatchRules(int TownMonths, int GachaMinMonths, int ConsolidationMonths, int PlanDueDays, int OutreachDueDays,
    int FollowUpDays, int AssessmentMaxScore)
{
    public static readonly ThirdBatchRules Document = new(6, 4, 2, 30, 30, 30, 100);

    public static ThirdBatchRules From(PluginSettingValues settings) => new(
        (int)settings.GetInteger("units.townMonths"),
        (int)settings.GetInteger("units.gachaMinMonths"),
        (int)settings.GetInteger("units.consolidationMonths"),
        (int)settings.GetInteger("plan.dueDays"),
        (int)settings.GetInteger("outreach.dueDays"),
        (int)settings.GetInteger("followUp.days"),
        (int)settings.GetInteger("assessment.maxScore"));
}
