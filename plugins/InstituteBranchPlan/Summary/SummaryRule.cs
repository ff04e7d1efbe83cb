using Modular.Plugins.InstituteBranchPlan.Common;

namespace Modular.Plugins.InstituteBranchPlan.Summary;

/// <summary>
/// 三(三) 年度总结: “对开展创先争优活动进行系统总结，认真总结经验、查找不足，进一步研究制定改进措施。全体党员要对个人参与活动情况和
/// 个人打算（承诺）履行情况进行总结。” The branch's summary has three parts (experience, shortcomings, measures) and is drafted,
/// revised and finalized; every member reports in two parts (their part in the campaign, how their pledge was kept). Both
/// are due by the year's summary day. Pure: the parts (<see cref="DocumentParts"/> makes them one text) and a report's state.
/// </summary>
public static class SummaryRule
{
    public static readonly BlockKind BranchSummary = new(InstituteBranchPlanStartup.PluginId, "branch-summary");
    public static readonly BlockKind MemberReport = new(InstituteBranchPlanStartup.PluginId, "member-report");

    /// <summary>The branch summary's parts, as the document names them: 总结经验、查找不足、改进措施.</summary>
    public static readonly IReadOnlyList<(string Key, LocalizedText Heading)> BranchParts =
        [("experience", new("一、主要经验", "1. What worked")), ("shortcomings", new("二、存在不足", "2. Shortcomings")), ("measures", new("三、改进措施", "3. Measures to improve"))];

    /// <summary>The branch's summary as a branch document: drafted, revised, final by the summary day.</summary>
    public static readonly BranchDocumentKind BranchSummaryDocument = new(BranchSummary, SummaryObligations.BranchSummary, BranchParts, r => r.SummaryDue,
        new("创先争优活动年度总结", "the year-end summary"));

    /// <summary>A member's report: 个人参与活动情况、个人打算（承诺）履行情况.</summary>
    public static readonly IReadOnlyList<(string Key, LocalizedText Heading)> MemberParts =
        [("participation", new("一、参与活动情况", "1. My part in the campaign")), ("pledge", new("二、个人打算（承诺）履行情况", "2. How my pledge was kept"))];

    public static DueState StateOf(InstituteRules rules, DateOnly? handedInOn, DateOnly today) => DueStates.Of(rules.SummaryDue, handedInOn, today);
}
