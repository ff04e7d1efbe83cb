namespace Modular.Plugins.PartyGroupStudy.Guidance;

/// <summary>五(二) 强化督导检查: the key content a visit looks at (“深入学习、破解难题、创新机制、群众评议等重点内容”).</summary>
public enum GuidanceFocus { Study, Problems, Mechanisms, PublicEvaluation, Other }

/// <summary>
/// 五(二): “县政府党组党员要切实加强对分管和联系单位活动的指导……及时发现问题、解决问题、培树典型、总结经验。” A member records each
/// visit to a unit they oversee: the day (within the campaign, not after today), what it looked at and what it found (both
/// required), and what follows. A unit counts as guided once it has a visit. Pure.
/// </summary>
public static class GuidanceRule
{
    public static Dictionary<string, string[]> Problems(PartyGroupRules rules, DateOnly visitedOn, DateOnly today, GuidanceFocus focus, string? findings)
    {
        var errors = new Dictionary<string, string[]>();
        if (!rules.InCampaign(visitedOn))
            errors["visitedOn"] = [Text.Of($"指导日期应在活动期间（{rules.Start:yyyy-MM-dd} 至 {rules.End:yyyy-MM-dd}）。", $"The visit falls within the campaign ({rules.Start:yyyy-MM-dd} to {rules.End:yyyy-MM-dd}).")];
        else if (visitedOn > today)
            errors["visitedOn"] = [Text.Of("只登记已进行的指导：日期不能晚于今天。", "Record visits made: the day cannot be after today.")];
        if (!Enum.IsDefined(focus)) errors["focus"] = [Text.Of("请选择督导重点。", "Choose what the visit looked at.")];
        if (string.IsNullOrWhiteSpace(findings)) errors["findings"] = [Text.Of("请填写发现的问题或情况。", "Write what the visit found.")];
        return errors;
    }

    public static LocalizedText FocusName(GuidanceFocus focus) => focus switch
    {
        GuidanceFocus.Study => new("深入学习", "Study in depth"),
        GuidanceFocus.Problems => new("破解难题", "Solving problems"),
        GuidanceFocus.Mechanisms => new("创新机制", "New mechanisms"),
        GuidanceFocus.PublicEvaluation => new("群众评议", "Public evaluation"),
        _ => new("其他", "Other"),
    };
}
