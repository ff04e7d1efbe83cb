namespace Modular.Plugins.CountyFiveActivities.Mobilization;

/// <summary>
/// 制定活动方案 (实施方案 二(一)2): “各级党组织要结合实际，明确活动主题，制定创先争优活动实施方案 … 并采取适当方式向群众公布，
/// 进行承诺，接受群众监督。实施方案报上一级活动领导小组办公室备案。” A plan is filed with the organization one level up
/// (its parent; the county committee's with the county office); the level above receives it or returns it with
/// comments, and a returned plan is submitted again. A received plan is final.
/// </summary>
public static class PlanFilingRule
{
    /// <summary>Where a plan without a parent organization is filed.</summary>
    public const string CountyOffice = "县创先争优活动领导小组办公室";

    /// <summary>The county office's name in the reader's language: whom the county committee's plan is filed with.</summary>
    public static string CountyOfficeName => Text.Of(CountyOffice, "County five-activities leading-group office");

    /// <summary>The organization a plan is filed with; null = the county office.</summary>
    public static long? FiledWith(OrganizationInfo organization) => organization.ParentId;

    /// <summary>The organization may (re)submit its plan unless it is filed already.</summary>
    public static bool MaySubmit(FilingState? state) => state != FilingState.Received;

    /// <summary>The level above decides on a plan only while it waits (submitted, not yet received or returned).</summary>
    public static bool AwaitsDecision(FilingState state) => state == FilingState.Submitted;

    public static LocalizedText StateName(FilingState? state) => state switch
    {
        FilingState.Submitted => new("已报送待备案", "Submitted, awaiting filing"),
        FilingState.Received => new("已备案", "Filed"),
        FilingState.Returned => new("退回修改", "Returned for changes"),
        _ => new("未报送", "Not submitted"),
    };
}
