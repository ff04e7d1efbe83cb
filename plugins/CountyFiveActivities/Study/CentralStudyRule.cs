namespace Modular.Plugins.CountyFiveActivities.Study;

/// <summary>组织集中学习的形式: “采取印发相关文件或播放相关领导讲话光盘等形式搞好学习”.</summary>
public enum StudyForm { Documents, Recordings, Lecture, Discussion, Other }

/// <summary>
/// 组织集中学习 (实施方案 二(一)3): “各级党组织要科学制定学习方案，合理安排学习时间，采取印发相关文件或播放相关领导讲话光盘等形式搞好学习”.
/// One of the three works of 第一步, so a session is held within stage 1 (its first to its last day, both included). The plan
/// sets no number of sessions: every party organization holds at least <c>study.minSessions</c> (1) by the end of stage 1 —
/// this plugin's reading, a setting (0: no obligation).
/// </summary>
public static class CentralStudyRule
{
    /// <summary>The sessions' kind of record in the SDK's campaign events.</summary>
    public const string Source = "county5.central-study";

    /// <summary>A session's hours: more than none, at most a day.</summary>
    public const decimal MaxHours = 24;

    /// <summary>The stage the sessions belong to (第一步 广泛发动，安排部署).</summary>
    public static CampaignStage Stage(CountyRules rules) => rules.Stages[0];

    public static bool InStage(CountyRules rules, DateOnly day) => Stage(rules).Contains(day);

    /// <summary>The organization's state: done on the day of its <c>min</c>-th session, missed when stage 1 ended short of it.</summary>
    public static DueState Status(CountyRules rules, IReadOnlyList<DateOnly> sessionDays, DateOnly today)
    {
        if (rules.CentralStudyMinSessions <= 0) return DueState.NotDue;
        var ordered = sessionDays.Order().ToList();
        DateOnly? doneOn = ordered.Count >= rules.CentralStudyMinSessions ? ordered[rules.CentralStudyMinSessions - 1] : null;
        return DueStates.Of(Stage(rules).End, doneOn, today);
    }

    public static string FormName(StudyForm form) => form switch
    {
        StudyForm.Documents => Text.Of("印发相关文件", "Documents handed out"),
        StudyForm.Recordings => Text.Of("播放领导讲话光盘", "Recorded speeches played"),
        StudyForm.Lecture => Text.Of("辅导讲座", "Lecture"),
        StudyForm.Discussion => Text.Of("讨论交流", "Discussion"),
        _ => Text.Of("其他形式", "Other"),
    };

    /// <summary>The input's problems by field (the organization and attendees are checked against the roster by the service).</summary>
    public static Dictionary<string, string[]> Problems(CountyRules rules, string? topic, DateOnly? heldOn, decimal? hours, StudyForm? form, IReadOnlyList<long>? attendees)
    {
        var errors = new Dictionary<string, string[]>();
        if (topic is null) errors["topic"] = [Text.Of("请填写学习主题。", "Give the topic of the session.")];
        else if (Limits.TooLong(topic, Limits.Line) is { } tooLong) errors["topic"] = [tooLong];
        var stage = Stage(rules);
        if (heldOn is not { } day) errors["heldOn"] = [Text.Of("请填写学习日期。", "Give the day of the session.")];
        else if (!stage.Contains(day))
            errors["heldOn"] = [Text.Of($"集中学习是第一步的工作，应在 {stage.Start:yyyy-MM-dd} 至 {stage.End:yyyy-MM-dd} 之间。",
                $"Centralized study is stage 1's work: between {stage.Start:yyyy-MM-dd} and {stage.End:yyyy-MM-dd}.")];
        if (hours is not { } h || h <= 0 || h > MaxHours) errors["hours"] = [Text.Of($"学习时长应大于0、不超过{MaxHours}小时。", $"Hours: more than 0, at most {MaxHours}.")];
        if (form is null) errors["form"] = [Text.Of("请选择学习形式。", "Choose the form of study.")];
        if (attendees is not { Count: > 0 }) errors["attendeePersonIds"] = [Text.Of("请选择参加学习的党员。", "Choose the members who attended.")];
        else if (attendees.Distinct().Count() != attendees.Count) errors["attendeePersonIds"] = [Text.Of("同一名党员列了两次。", "A member is listed twice.")];
        return errors;
    }
}
