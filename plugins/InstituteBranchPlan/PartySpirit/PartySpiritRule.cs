namespace Modular.Plugins.InstituteBranchPlan.PartySpirit;

/// <summary>The forms of party-spirit education the document lists (“重温入党誓词、回顾党的成就、学习党史、学习党的方针政策、领导干部讲党课、外出参观”).</summary>
public enum EducationKind { OathRenewal, Achievements, PartyHistory, PolicyStudy, PartyLecture, Visit }

/// <summary>The forms a party-spirit analysis takes (“通过座谈会、谈心交心、专题组织生活会等形式”).</summary>
public enum AnalysisForm { Forum, HeartToHeart, LifeMeeting }

/// <summary>
/// 三(二)1 “党性教育”活动: “采取重温入党誓词、回顾党的成就、学习党史、学习党的方针政策、领导干部讲党课、外出参观等形式，对党员普遍进行
/// 党性教育。组织党员进行一次党性分析，通过座谈会、谈心交心、专题组织生活会等形式认真查找自身存在的问题，开展批评和自我批评……”
/// Every member is reached when they attended at least <see cref="InstituteRules.MinEducationEvents"/> events of the year;
/// every member makes one analysis a year, due <see cref="InstituteRules.AnalysisDue"/> (the document names no day: by
/// default the year's end). The public's evaluation of members is the evaluation item's. Pure.
/// </summary>
public static class PartySpiritRule
{
    /// <summary>The events' source in the SDK's event store.</summary>
    public const string Source = "institute-branch-plan.party-spirit";

    /// <summary>Reached by the education: attended at least the minimum number of the year's events.</summary>
    public static bool Reached(InstituteRules rules, int eventsAttended) => eventsAttended >= rules.MinEducationEvents;

    /// <summary>The analysis's state for a member: handed in by the due day, after it, not yet, or missing.</summary>
    public static DueState StateOf(InstituteRules rules, DateOnly? handedInOn, DateOnly today) => DueStates.Of(rules.AnalysisDue, handedInOn, today);

    /// <summary>What an education event lacks, by field: a title, a day in the campaign year, hours.</summary>
    public static Dictionary<string, string[]> EventProblems(InstituteRules rules, string? title, DateOnly? heldOn, decimal? hours)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(title)) errors["title"] = [Text.Of("请填写活动名称。", "Give the event a title.")];
        if (heldOn is not { } day) errors["heldOn"] = [Text.Of("请填写活动日期。", "Give the day it was held.")];
        else if (day.Year != rules.Year) errors["heldOn"] = [Text.Of($"活动日期应在 {rules.Year} 年度内。", $"The day falls in {rules.Year}.")];
        if (hours is not { } h || h <= 0 || h > 24) errors["hours"] = [Text.Of("请填写学时（0–24）。", "Give the hours (0–24).")];
        return errors;
    }

    /// <summary>What an analysis lacks, by field: the problems the member found and the self-criticism (criticism received may be blank).</summary>
    public static Dictionary<string, string[]> AnalysisProblems(AnalysisForm? form, string? problemsFound, string? selfCriticism)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (form is null) errors["form"] = [Text.Of("请选择党性分析的形式。", "Choose how the analysis was made.")];
        if (string.IsNullOrWhiteSpace(problemsFound)) errors["problemsFound"] = [Text.Of("请写明查找出的自身存在的问题。", "Write the problems you found in yourself.")];
        if (string.IsNullOrWhiteSpace(selfCriticism)) errors["selfCriticism"] = [Text.Of("请填写自我批评。", "Write your self-criticism.")];
        return errors;
    }

    public static LocalizedText KindName(EducationKind kind) => kind switch
    {
        EducationKind.OathRenewal => new("重温入党誓词", "Renewing the oath"),
        EducationKind.Achievements => new("回顾党的成就", "The Party's achievements"),
        EducationKind.PartyHistory => new("学习党史", "Party history"),
        EducationKind.PolicyStudy => new("学习党的方针政策", "The Party's policies"),
        EducationKind.PartyLecture => new("领导干部讲党课", "A leader's Party lecture"),
        _ => new("外出参观", "A visit"),
    };

    /// <summary>How the calendars show each kind.</summary>
    public static string Category(EducationKind kind) => kind switch
    {
        EducationKind.PartyLecture => EventCategories.Lecture,
        EducationKind.Visit => EventCategories.Other,
        EducationKind.OathRenewal => EventCategories.Meeting,
        _ => EventCategories.Study,
    };

    public static LocalizedText FormName(AnalysisForm form) => form switch
    {
        AnalysisForm.Forum => new("座谈会", "Forum"),
        AnalysisForm.HeartToHeart => new("谈心交心", "Heart-to-heart talks"),
        _ => new("专题组织生活会", "Organizational life meeting"),
    };

    public static LocalizedText StateName(DueState state) => state switch
    {
        DueState.Done => new("按时完成", "On time"),
        DueState.Late => new("逾期完成", "Late"),
        DueState.Pending => new("待完成", "Due"),
        DueState.Missed => new("逾期未交", "Missing"),
        _ => new("未到期", "Not due"),
    };
}
