namespace Modular.Plugins.PartyGroupStudy.Study;

/// <summary>
/// The office's events of stage 1: 召开动员大会 (the mobilization meeting) and the three kinds of 学习培训 held together —
/// 集中培训 (concentrated training), 专题辅导 (tutorials), 集体研讨 (group discussion). 个人自学 is each member's own (a counted text).
/// </summary>
public enum StudyKind { Mobilization, Training, Tutorial, GroupStudy }

/// <summary>
/// 四(一)1 “召开动员大会”; 四(一)2 “采取个人自学、集中培训、专题辅导、集体研讨等有效形式……学习培训的时间不少于40个小时”. Each
/// member's hours are the hours of the events they attended (their own hours when they left early) and their self-study,
/// on days within stage 1 only: what is studied after the stage does not count toward it. Met on the day the running total
/// first reaches the minimum, exactly (39.5 is not 40; no rounding). The mobilization meeting opens the campaign and is not
/// study time. Pure: no database, no clock.
/// </summary>
public static class StudyRule
{
    /// <summary>The SDK events' source for the mobilization meeting and the study events.</summary>
    public const string Source = PartyGroupStudyStartup.PluginId + ".study";

    /// <summary>个人自学: a counted text per member and day, its hours and what was studied.</summary>
    public static readonly BlockKind SelfStudy = new(PartyGroupStudyStartup.PluginId, "self-study");

    public const decimal MaxHoursADay = 24;

    public static string Category(StudyKind kind) => kind switch
    {
        StudyKind.Mobilization => EventCategories.Meeting,
        StudyKind.Training => EventCategories.Training,
        StudyKind.Tutorial => EventCategories.Lecture,
        _ => EventCategories.Study,
    };

    public static bool CountsAsStudy(StudyKind kind) => kind != StudyKind.Mobilization;

    /// <summary>An event's input problems by field: a title, a day in stage 1 and not after today, hours, and attendance of participants only (absences with a reason, own hours within the event's).</summary>
    public static Dictionary<string, string[]> EventProblems(PartyGroupRules rules, DateOnly today, StudyKind kind, string? title, DateOnly heldOn, decimal hours,
        IReadOnlyList<AttendanceEntry> attendance, IReadOnlySet<long> participants)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(kind)) errors["kind"] = [Text.Of("请选择形式。", "Choose the kind.")];
        if (string.IsNullOrWhiteSpace(title)) errors["title"] = [Text.Of("请填写主题。", "Enter the subject.")];
        if (!rules.Study.Contains(heldOn))
            errors["heldOn"] = [Text.Of($"日期应在学习调研阶段内（{rules.Study.Start:yyyy-MM-dd} 至 {rules.Study.End:yyyy-MM-dd}）。", $"The day falls within the study stage ({rules.Study.Start:yyyy-MM-dd} to {rules.Study.End:yyyy-MM-dd}).")];
        else if (heldOn > today) errors["heldOn"] = [Text.Of("只登记已举行的活动：日期不能晚于今天。", "Record what was held: the day cannot be after today.")];
        if (hours is <= 0 or > MaxHoursADay) errors["hours"] = [Text.Of("学时应大于 0、不超过 24。", "Hours must be above 0 and at most 24.")];
        if (attendance.FirstOrDefault(a => !participants.Contains(a.PersonId)) is { } stranger)
            errors["attendance"] = [Text.Of($"人员 #{stranger.PersonId} 不是党组成员。", $"Person #{stranger.PersonId} is not a member of the party group.")];
        else if (attendance.GroupBy(a => a.PersonId).Any(g => g.Count() > 1))
            errors["attendance"] = [Text.Of("同一人登记了两次。", "Someone is listed twice.")];
        else if (attendance.Any(a => !a.Attended && string.IsNullOrWhiteSpace(a.AbsenceReason)))
            errors["attendance"] = [Text.Of("缺席须说明原因。", "Give the reason for each absence.")];
        else if (attendance.Any(a => a.Attended && a.Hours is { } own && (own <= 0 || own > hours)))
            errors["attendance"] = [Text.Of("个人学时应大于 0、不超过活动学时。", "A member's own hours are above 0 and at most the event's.")];
        return errors;
    }

    /// <summary>A self-study entry's problems: a day in stage 1 and not after today, hours, what was studied.</summary>
    public static Dictionary<string, string[]> SelfStudyProblems(PartyGroupRules rules, DateOnly today, DateOnly day, decimal hours, string? body)
    {
        var errors = new Dictionary<string, string[]>();
        if (!rules.Study.Contains(day))
            errors["date"] = [Text.Of($"自学日期应在学习调研阶段内（{rules.Study.Start:yyyy-MM-dd} 至 {rules.Study.End:yyyy-MM-dd}）。", $"The day falls within the study stage ({rules.Study.Start:yyyy-MM-dd} to {rules.Study.End:yyyy-MM-dd}).")];
        else if (day > today) errors["date"] = [Text.Of("日期不能晚于今天。", "The day cannot be after today.")];
        if (hours is <= 0 or > MaxHoursADay) errors["hours"] = [Text.Of("学时应大于 0、不超过 24。", "Hours must be above 0 and at most 24.")];
        if (string.IsNullOrWhiteSpace(body)) errors["body"] = [Text.Of("请填写学习内容。", "Write what was studied.")];
        return errors;
    }

    /// <summary>The day the running total of hours (by day, within stage 1) first reached the minimum; null while short.</summary>
    public static DateOnly? MetOn(PartyGroupRules rules, IEnumerable<(DateOnly Day, decimal Hours)> studied) =>
        Common.RunningTotal.DayReached(studied.Where(s => rules.Study.Contains(s.Day)), rules.MinStudyHours);

    public static LocalizedText KindName(StudyKind kind) => kind switch
    {
        StudyKind.Mobilization => new("动员大会", "Mobilization meeting"),
        StudyKind.Training => new("集中培训", "Concentrated training"),
        StudyKind.Tutorial => new("专题辅导", "Tutorial"),
        _ => new("集体研讨", "Group discussion"),
    };

    public static readonly LocalizedText SelfStudyName = new("个人自学", "Self-study");
}
