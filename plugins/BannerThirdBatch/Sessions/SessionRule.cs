namespace Modular.Plugins.BannerThirdBatch.Sessions;

/// <summary>
/// The training and study the document asks of every unit: 党支部书记集中培训, 必读书目学习, 学习根平同志事迹, 宣讲辅导.
/// </summary>
public enum SessionKind { SecretaryTraining, RequiredBooks, GenPing, Lecture }

/// <summary>
/// 二(三)–(四): “要切实抓好学习实践活动工作骨干尤其是基层党支部书记的集中培训”; “在组织学习中央规定的必读书目的同时……多搞一些宣讲、
/// 座谈活动”; “各苏木镇、嘎查社区党组织要以根平同志为榜样”. A session is held (no later than today) for some hours (above 0, at
/// most <see cref="MaxHours"/>) with a title; its attendance lists each person once. Pure.
/// </summary>
public static class SessionRule
{
    /// <summary>The SDK's campaign events this plugin's sessions are kept as.</summary>
    public const string Source = "banner-third-batch.session";

    /// <summary>One session is at most a day's work.</summary>
    public const decimal MaxHours = 24m;

    /// <summary>The study kinds (whose attendance makes a unit's study coverage); secretary training has its own.</summary>
    public static readonly IReadOnlyList<SessionKind> StudyKinds = [SessionKind.RequiredBooks, SessionKind.GenPing, SessionKind.Lecture];

    public static LocalizedText KindName(SessionKind kind) => kind switch
    {
        SessionKind.SecretaryTraining => new("党支部书记集中培训", "Branch secretaries' training"),
        SessionKind.RequiredBooks => new("必读书目学习", "Required books"),
        SessionKind.GenPing => new("学习根平同志事迹", "The model of Comrade Genping"),
        _ => new("宣讲辅导", "Lectures and tutorials"),
    };

    /// <summary>How the host's calendars show it.</summary>
    public static string Category(SessionKind kind) => kind switch
    {
        SessionKind.SecretaryTraining => EventCategories.Training,
        SessionKind.Lecture => EventCategories.Lecture,
        _ => EventCategories.Study,
    };

    public static Dictionary<string, string[]> Problems(SessionKind? kind, string? title, DateOnly? heldOn, decimal? hours, IReadOnlyList<long>? attendees, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (kind is not { } k || !Enum.IsDefined(k)) errors["kind"] = [Text.Of("请选择类别（书记培训、必读书目、根平同志事迹、宣讲辅导）。", "Choose the kind.")];
        if (string.IsNullOrWhiteSpace(title)) errors["title"] = [Text.Of("请填写标题。", "Give a title.")];
        else if (Limits.TooLong(title, Limits.Line) is { } longTitle) errors["title"] = [longTitle];
        if (heldOn is not { } day) errors["heldOn"] = [Text.Of("请填写举办日期。", "Give the day it was held.")];
        else if (Limits.DateProblem(day) is { } outOfRange) errors["heldOn"] = [outOfRange];
        else if (day > today) errors["heldOn"] = [Text.Of("只登记已经举办的培训学习，日期不能晚于今天。", "Record sessions held: the day cannot be in the future.")];
        if (hours is not { } h || h <= 0m || h > MaxHours) errors["hours"] = [Text.Of($"学时应大于 0、不超过 {MaxHours:0}。", $"Hours must be above 0 and at most {MaxHours:0}.")];
        if (attendees is not null && attendees.GroupBy(a => a).FirstOrDefault(g => g.Count() > 1) is { } twice)
            errors["attendees"] = [Text.Of($"人员 #{twice.Key} 重复登记。", $"Person #{twice.Key} is listed twice.")];
        return errors;
    }
}
