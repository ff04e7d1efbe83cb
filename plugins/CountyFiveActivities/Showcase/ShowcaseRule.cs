namespace Modular.Plugins.CountyFiveActivities.Showcase;

/// <summary>“通过举办创先争优活动图片展、理论成果研讨会、经验交流会、编写丛书等多种形式” — the events among them.</summary>
public enum ShowcaseKind { Exhibition, ExchangeMeeting, Seminar }

/// <summary>
/// 展示成果 (实施方案 二(四)1): “通过举办创先争优活动图片展、理论成果研讨会、经验交流会、编写丛书等多种形式，全面回顾我县开展创先争优活动
/// 情况，集中展示活动成果”. Exhibitions, seminars and exchange meetings are events of stage 4 (its first to its last day, both
/// included), each showing the typical models it presents (树立先进典型); one dated after today is planned (计划举办) and counts as
/// held from its day. 编写丛书 is a book, not an event, and is not recorded here.
/// </summary>
public static class ShowcaseRule
{
    public const string Source = "county5.showcase";

    public const decimal MaxHours = 1000;

    /// <summary>第四步 系统总结，完善机制.</summary>
    public static CampaignStage Stage(CountyRules rules) => rules.Stages[3];

    public static string KindName(ShowcaseKind kind) => kind switch
    {
        ShowcaseKind.Exhibition => Text.Of("活动图片展", "Exhibition"),
        ShowcaseKind.ExchangeMeeting => Text.Of("经验交流会", "Exchange meeting"),
        _ => Text.Of("理论成果研讨会", "Seminar"),
    };

    public static string StateName(bool held) => held ? Text.Of("已举办", "Held") : Text.Of("计划举办", "Planned");

    public static Dictionary<string, string[]> Problems(CountyRules rules, ShowcaseKind? kind, string? title, DateOnly? heldOn, decimal? hours, int? visitors)
    {
        var errors = new Dictionary<string, string[]>();
        if (kind is null) errors["kind"] = [Text.Of("请选择展示形式。", "Choose the kind of event.")];
        if (title is null) errors["title"] = [Text.Of("请填写名称。", "Give the event's name.")];
        else if (Limits.TooLong(title, Limits.Line) is { } tooLong) errors["title"] = [tooLong];
        var stage = Stage(rules);
        if (heldOn is not { } day) errors["heldOn"] = [Text.Of("请填写举办日期。", "Give the day.")];
        else if (!stage.Contains(day))
            errors["heldOn"] = [Text.Of($"展示成果是第四步的工作，应在 {stage.Start:yyyy-MM-dd} 至 {stage.End:yyyy-MM-dd} 之间。",
                $"Showing the results is stage 4's work: between {stage.Start:yyyy-MM-dd} and {stage.End:yyyy-MM-dd}.")];
        if (hours is not { } h || h <= 0 || h > MaxHours) errors["hours"] = [Text.Of($"时长应大于0、不超过{MaxHours}小时。", $"Hours: more than 0, at most {MaxHours}.")];
        if (visitors is < 0) errors["visitors"] = [Text.Of("参加或参观人数不能为负数。", "Visitors cannot be negative.")];
        return errors;
    }
}
