namespace Modular.Plugins.PartyGroupStudy.Discussion;

/// <summary>
/// 四(一)4: “采取讨论会、座谈会等形式，组织开展解放思想讨论，通过交流思想心得……” The office holds the discussion (one or more,
/// the party group's, within stage 1); every member contributes their own thoughts (the office may record them for a member);
/// a member is done on the day of their first contribution, due by stage 1's end. A closed discussion takes no more. Pure.
/// </summary>
public static class DiscussionRule
{
    public static readonly BlockKind Emancipation = new(PartyGroupStudyStartup.PluginId, "emancipation");

    public static Dictionary<string, string[]> Problems(PartyGroupRules rules, DateOnly today, string? topic, DateOnly heldOn)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(topic)) errors["topic"] = [Text.Of("请填写讨论主题。", "Enter the discussion's topic.")];
        else if (Limits.TooLong(topic, Limits.Line) is { } tooLong) errors["topic"] = [tooLong];
        if (!rules.Study.Contains(heldOn))
            errors["heldOn"] = [Text.Of($"日期应在学习调研阶段内（{rules.Study.Start:yyyy-MM-dd} 至 {rules.Study.End:yyyy-MM-dd}）。", $"The day falls within the study stage ({rules.Study.Start:yyyy-MM-dd} to {rules.Study.End:yyyy-MM-dd}).")];
        else if (heldOn > today) errors["heldOn"] = [Text.Of("只登记已举行的讨论：日期不能晚于今天。", "Record discussions held: the day cannot be after today.")];
        return errors;
    }
}
