namespace Modular.Plugins.InstituteBranchPlan.Study;

/// <summary>A concentrated study session (集中学习) or the mobilization meeting (动员大会) that opens the campaign.</summary>
public enum StudyKind { Session, Mobilization }

/// <summary>
/// 三(一)三 组织学习: “组织广大党员认真学习胡锦涛总书记在全党深入学习实践科学发展观活动总结大会上的重要讲话、相关文件和中科院
/// ‘创先争优’活动开展相关文件以及所动员大会精神……做到‘三严三保’，即严格考勤，保证学习人数；严格纪律，保证集中学习时间；
/// 严格内容，保证学好必读篇目。” A session meets the rule when its headcount against the branch's members reaches the
/// attendance threshold and its time studied against the time planned reaches the time threshold (settings; the document
/// gives no number, 100% reads “保证”); the branch covers every required reading. Pure: no database, no clock.
/// </summary>
public static class StudyRule
{
    /// <summary>The SDK events' source for the branch's study sessions and its mobilization meeting.</summary>
    public const string Source = InstituteBranchPlanStartup.PluginId + ".study";

    /// <summary>The required readings the document names (必读篇目), a branch's list until it keeps its own.</summary>
    public static readonly IReadOnlyList<string> DocumentReadings =
    [
        "胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话",
        "中科院创先争优活动相关文件",
        "所动员大会精神",
    ];

    /// <summary>Whole-number percent, rounded down (99.9% is not 100%); no one expected: 0.</summary>
    public static int Percent(decimal part, decimal whole) => whole <= 0 ? 0 : (int)Math.Floor(part * 100m / whole);

    /// <summary>保证学习人数: attended against expected (every member of the branch) at least the threshold, exactly (no rounding).</summary>
    public static bool AttendanceMet(InstituteRules rules, int attended, int expected) => expected > 0 && attended * 100m >= rules.StudyAttendancePercent * (decimal)expected;

    /// <summary>保证集中学习时间: the time studied against the time planned at least the threshold, exactly.</summary>
    public static bool TimeMet(InstituteRules rules, decimal actualHours, decimal plannedHours) => plannedHours > 0 && actualHours * 100m >= rules.StudyTimePercent * plannedHours;

    /// <summary>A session's input problems by field: title, day in the campaign, hours, readings on the branch's list, the absent with reasons.</summary>
    public static Dictionary<string, string[]> Problems(InstituteRules rules, string? title, DateOnly heldOn, decimal plannedHours, decimal actualHours,
        IReadOnlyCollection<string> readings, IReadOnlyCollection<string> branchReadings, IReadOnlyList<(long PersonId, string? Reason)> absent, IReadOnlySet<long> members)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(title)) errors["title"] = [Text.Of("请填写学习主题。", "Enter the session's subject.")];
        if (heldOn.Year != rules.Year) errors["heldOn"] = [Text.Of($"学习日期应在 {rules.Year} 年内。", $"The day must be in {rules.Year}.")];
        if (plannedHours is <= 0 or > 24) errors["plannedHours"] = [Text.Of("计划学时应大于 0、不超过 24。", "Planned hours must be above 0 and at most 24.")];
        if (actualHours is <= 0 or > 24) errors["actualHours"] = [Text.Of("实际学时应大于 0、不超过 24。", "Hours studied must be above 0 and at most 24.")];
        if (readings.FirstOrDefault(r => !branchReadings.Contains(r)) is { } unknown)
            errors["readings"] = [Text.Of($"“{unknown}”不在本支部的必读篇目中。", $"“{unknown}” is not on the branch's required readings.")];
        if (absent.FirstOrDefault(a => !members.Contains(a.PersonId)) is { PersonId: > 0 } stranger)
            errors["absent"] = [Text.Of($"人员 #{stranger.PersonId} 不是本支部党员。", $"Person #{stranger.PersonId} is not a member of the branch.")];
        else if (absent.Any(a => string.IsNullOrWhiteSpace(a.Reason)))
            errors["absent"] = [Text.Of("缺席须说明原因。", "Give the reason for each absence.")];
        else if (absent.GroupBy(a => a.PersonId).Any(g => g.Count() > 1))
            errors["absent"] = [Text.Of("同一人缺席登记了两次。", "Someone is listed absent twice.")];
        return errors;
    }

    /// <summary>A reading list's problems: at least one title, none twice.</summary>
    public static Dictionary<string, string[]> ReadingProblems(IReadOnlyList<string> titles)
    {
        var errors = new Dictionary<string, string[]>();
        if (titles.Count == 0) errors["titles"] = [Text.Of("至少列一篇必读篇目。", "List at least one required reading.")];
        else if (titles.GroupBy(t => t).FirstOrDefault(g => g.Count() > 1) is { } twice) errors["titles"] = [Text.Of($"“{twice.Key}”列了两次。", $"“{twice.Key}” is listed twice.")];
        else if (titles.FirstOrDefault(t => t.Length > 200) is { } tooLong) errors["titles"] = [Text.Of("篇目名称不超过 200 字。", "A title has at most 200 characters.")];
        return errors;
    }

    public static LocalizedText KindName(StudyKind kind) => kind == StudyKind.Mobilization ? new("动员大会", "Mobilization meeting") : new("集中学习", "Concentrated study");
}
