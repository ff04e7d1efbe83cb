namespace Modular.Plugins.InstituteBranchPlan.Oversight;

/// <summary>
/// 四(五) 严格考核督导: “列入年度党员个人考核目标，定期检查、考评……对创先争优活动思想不重视，工作不得力的，要及时提出，抓好整改落实”.
/// The branch checks from time to time; the members a check finds not taking part go on the rectification list (the SDK's)
/// with a deadline, and are followed until it is closed. Pure: what suggests a member is not taking part, the deadline.
/// </summary>
public static class OversightRule
{
    public static readonly BlockKind Kind = new(InstituteBranchPlanStartup.PluginId, "oversight");

    /// <summary>What a member's records show on a day, as the check reads them.</summary>
    public sealed record MemberRecords(DueState Plan, bool SuggestionGiven, DueState Report);

    /// <summary>Why a member may not be taking part: no plan after its day, no suggestion once plans were due, no report after the summary day.</summary>
    public static IReadOnlyList<LocalizedText> Flags(InstituteRules rules, MemberRecords records, DateOnly today)
    {
        var flags = new List<LocalizedText>();
        if (records.Plan == DueState.Missed) flags.Add(new("逾期未提交个人打算", "No personal plan after its day"));
        if (!records.SuggestionGiven && today > rules.PersonalPlansDue) flags.Add(new("未向组织提建议", "No suggestion to the branch"));
        if (records.Report == DueState.Missed) flags.Add(new("逾期未提交个人总结", "No year-end report after its day"));
        return flags;
    }

    /// <summary>The day a flagged member's rectification is due: the check's day plus the set number of days.</summary>
    public static DateOnly DeadlineFor(InstituteRules rules, DateOnly checkedOn) => checkedOn.AddDays(rules.RectifyDays);

    public static LocalizedText StatusName(RectificationStatus status) => status switch
    {
        RectificationStatus.Done => new("已整改", "Put right"),
        RectificationStatus.Overdue => new("逾期未整改", "Overdue"),
        _ => new("整改中", "Being put right"),
    };

    public static DueState AsDueState(RectificationStatus status) => status switch
    {
        RectificationStatus.Done => DueState.Done,
        RectificationStatus.Overdue => DueState.Missed,
        _ => DueState.Pending,
    };
}
