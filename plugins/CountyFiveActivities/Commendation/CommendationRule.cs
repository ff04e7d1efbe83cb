namespace Modular.Plugins.CountyFiveActivities.Commendation;

/// <summary>
/// 集中表彰 (实施方案 二(二), after the five activities): ““七一”前，省、市、县三级将对先进基层党组织、优秀共产党员和优秀党务工作者进行
/// 一次集中表彰 … 评选表彰对象要注重工作实绩、社会和群众公认度，采取自下而上、层层推荐的方式产生”. Three categories; a nominee
/// once per category and campaign (a dropped nomination frees it); every step is dated on the day it was taken, which
/// lies before 七一 (<c>commendation.before</c>: on or before 06-30), not after today, and not before the step it follows
/// (the campaign's first day for the nomination itself).
/// </summary>
public static class CommendationRule
{
    /// <summary>The three categories the document commends.</summary>
    public static bool IsCommended(NominationCategory category) =>
        category is NominationCategory.AdvancedOrganization or NominationCategory.ExcellentMember or NominationCategory.ExcellentPartyWorker;

    /// <summary>The campaign's key for its nominations: the commendation day.</summary>
    public static string PeriodKey(CountyRules rules) => rules.CommendationBefore.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Why a step's day is refused: on or after 七一 (the field <c>date</c>), after today, or before <paramref name="earliest"/>; null when it counts.</summary>
    public static Refusal? DayRefused(DateOnly on, string field, DateOnly earliest, LocalizedText earliestName, DateOnly today, CountyRules rules)
    {
        if (!rules.BeforeCommendationDeadline(on))
            return Refuse.Field("date", Text.Of($"集中表彰在“七一”前进行（{rules.CommendationLastDay:yyyy年M月d日}前，含当日），{on:yyyy年M月d日}的推荐与审定已截止。",
                $"Commendation happens before 1 July (by {rules.CommendationLastDay:yyyy-MM-dd}); nominations and approvals on {on:yyyy-MM-dd} are closed."));
        if (on > today) return Refuse.Field(field, Text.Of("日期不能晚于今天。", "The day cannot be after today."));
        if (on < earliest)
            return Refuse.Field(field, Text.Of($"日期不能早于{earliestName.ZhCn}（{earliest:yyyy年M月d日}）。", $"The day cannot be before {earliestName.En} ({earliest:yyyy-MM-dd})."));
        return null;
    }

    /// <summary>
    /// 各级党组织也要表彰 (二(二)): a level below the county — a party organization with organizations under it (乡镇党委, 机关工委,
    /// 党总支 …), neither the county committee at the root nor its leading group's office, whose approval is the county's
    /// commendation — commends within its own level a nomination that reached it: one nominated by it or by an organization under
    /// it that came up to it (it is waiting there, or a step was taken there), and that it did not itself drop. Null when it may;
    /// otherwise why not (the field <c>organizationId</c>).
    /// </summary>
    public static Refusal? LevelRefused(NominationInfo nomination, long organizationId, bool hasOrganizationsBelow, bool isCounty) =>
        LevelRefused(nomination.CurrentOrganizationId, [.. nomination.Steps.Select(s => (s.OrganizationId, s.Decision))], organizationId, hasOrganizationsBelow, isCounty);

    /// <summary>The same over the nomination's level now and its steps (organization, decision).</summary>
    public static Refusal? LevelRefused(long currentOrganizationId, IReadOnlyCollection<(long OrganizationId, NominationDecision Decision)> steps, long organizationId, bool hasOrganizationsBelow, bool isCounty)
    {
        if (isCounty)
            return Refuse.Field("organizationId", Text.Of("县委的表彰即审定，请使用“审定”。", "The county's commendation is its approval: approve the nomination instead."));
        if (!hasOrganizationsBelow)
            return Refuse.Field("organizationId", Text.Of("本级表彰由下设党组织的党委（党总支）进行。", "A level's commendation is made by a committee with organizations under it."));
        if (currentOrganizationId != organizationId && !steps.Any(s => s.OrganizationId == organizationId))
            return Refuse.Field("organizationId", Text.Of("该推荐未报到本级，不能作为本级表彰。", "The nomination never reached this level, so this level cannot commend it."));
        if (steps.Any(s => s.OrganizationId == organizationId && s.Decision == NominationDecision.Dropped))
            return Refuse.Field("organizationId", Text.Of("本级已不予推荐，不能再作为本级表彰。", "This level dropped the nomination, so it cannot commend it."));
        return null;
    }

    public static LocalizedText LevelDecisionName(bool commended) => commended ? new("本级表彰", "Commended at this level") : new("本级不予表彰", "Not commended at this level");

    /// <summary>What became of an approved nomination reported to the parent jurisdiction (上报): not reported, waiting, selected or not.</summary>
    public static LocalizedText UpwardName(NominationInfo n) => n switch
    {
        { Status: not NominationStatus.Approved } => new("—", "—"),
        { ReportedToJurisdictionId: null } => new("未上报", "Not reported"),
        { ParentDecision: null } => new("已上报，待上级评定", "Reported, awaiting the level above"),
        { ParentDecision.Forwarded: true } => new("上级入选并上报再上一级", "Selected above and reported further up"),
        { ParentDecision.Selected: true } => new("上级表彰（入选）", "Selected above"),
        _ => new("上级未入选", "Not selected above"),
    };

    /// <summary>A decision two or more levels up, as one line: “省委：入选（理由）”.</summary>
    public static string AboveLine(ParentDecisionInfo d) =>
        $"{d.JurisdictionName ?? $"#{d.JurisdictionId}"}{Text.Of("：", ": ")}"
        + (d.Forwarded ? Text.Of("入选并上报上级", "selected and reported up") : d.Selected ? Text.Of("入选", "selected") : Text.Of("未入选", "not selected"))
        + (d.Reason is null ? "" : Text.Of($"（{d.Reason}）", $" ({d.Reason})"));

    // Names in both languages: the pages, the ledgers (台账) and the API take the reader's language (Chinese by default).
    public static LocalizedText CategoryName(NominationCategory c) => c switch
    {
        NominationCategory.AdvancedOrganization => new("先进基层党组织", "Advanced organization"),
        NominationCategory.ExcellentMember => new("优秀共产党员", "Excellent member"),
        NominationCategory.ExcellentPartyWorker => new("优秀党务工作者", "Excellent party worker"),
        _ => new("其他", "Other"),
    };

    public static LocalizedText StatusName(NominationStatus s) => s switch
    {
        NominationStatus.InProgress => new("推荐中", "In progress"),
        NominationStatus.Dropped => new("不予推荐", "Dropped"),
        _ => new("已审定", "Approved"),
    };

    public static LocalizedText DecisionName(NominationDecision d) => d switch
    {
        NominationDecision.Nominated => new("推荐", "Nominated"),
        NominationDecision.Endorsed => new("同意上报", "Endorsed"),
        NominationDecision.Dropped => new("不予推荐", "Dropped"),
        NominationDecision.Approved => new("审定", "Approved"),
        _ => new("上报", "Reported up"),
    };
}
