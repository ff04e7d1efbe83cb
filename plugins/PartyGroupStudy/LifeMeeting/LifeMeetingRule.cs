namespace Modular.Plugins.PartyGroupStudy.LifeMeeting;

/// <summary>
/// 四(二)2 召开专题民主生活会: “结合所征求到的意见，认真撰写发言材料，充分作好会前准备……开展严肃认真的批评与自我批评。” One meeting a
/// year (the SDK's campaign event in the party group's slot of the year), held within the campaign; each member's speaking
/// material written before it (due the meeting's day, stage 2's end until it is set); at it each member's self-criticism
/// and criticisms from one member to another — never of oneself, both members of the party group. Pure.
/// </summary>
public static class LifeMeetingRule
{
    public const string Source = "party-group-study.life-meeting";

    /// <summary>The speaking material is due the meeting's day, stage 2's last day while no meeting is set.</summary>
    public static DateOnly MaterialDue(PartyGroupRules rules, DateOnly? meetingOn) => meetingOn ?? rules.Analysis.End;

    public static Dictionary<string, string[]> MeetingProblems(PartyGroupRules rules, DateOnly? heldOn, decimal? hours, string? title)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(title)) errors["title"] = [Text.Of("请填写会议名称。", "Give the meeting's title.")];
        if (heldOn is not { } day) errors["heldOn"] = [Text.Of("请填写会议日期。", "Give the meeting's day.")];
        else if (!rules.InCampaign(day))
            errors["heldOn"] = [Text.Of($"会议日期应在活动期间（{rules.Start:yyyy-MM-dd} 至 {rules.End:yyyy-MM-dd}）。", $"The meeting falls within the campaign ({rules.Start:yyyy-MM-dd} to {rules.End:yyyy-MM-dd}).")];
        if (hours is not (> 0 and <= 24)) errors["hours"] = [Text.Of("会议时长应在 0 至 24 小时之间。", "The meeting lasts more than 0 and at most 24 hours.")];
        return errors;
    }

    public static Dictionary<string, string[]> MaterialProblems(PartyGroupRules rules, DateOnly? writtenOn, DateOnly today, string? text)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (writtenOn is not { } day) errors["writtenOn"] = [Text.Of("请填写成稿日期。", "Give the day it was written.")];
        else if (!rules.InCampaign(day))
            errors["writtenOn"] = [Text.Of($"日期应在活动期间（{rules.Start:yyyy-MM-dd} 至 {rules.End:yyyy-MM-dd}）。", $"The day falls within the campaign ({rules.Start:yyyy-MM-dd} to {rules.End:yyyy-MM-dd}).")];
        else if (day > today) errors["writtenOn"] = [Text.Of("日期不能晚于今天。", "The day cannot be after today.")];
        if (string.IsNullOrWhiteSpace(text)) errors["text"] = [Text.Of("请填写发言材料。", "Write the speaking material.")];
        return errors;
    }

    /// <summary>A criticism goes from one member to another; one's own is a self-criticism (<paramref name="to"/> null).</summary>
    public static string? TargetProblem(long from, long? to) =>
        to == from ? Text.Of("不能批评自己：请登记为自我批评。", "Not of oneself: record it as a self-criticism.") : null;
}
