namespace Modular.Plugins.CountyFiveActivities.TypicalModels;

/// <summary>
/// 树立先进典型 (实施方案 二(三)1): “加大典型培树力度 … 分级争创、分级负责 … 基层党委要分别确定一批不同领域、不同行业、不同单位基层党组织和
/// 党员个人先进典型。要注重典型培树成果转化，采取媒体宣传、到示范点参观学习、召开经验交流会、先进典型巡回报告会等形式，发挥典型示范带动作用”.
/// A model is set up in stage 3 by a level above it (a party committee, or the county committee): a member of its subtree, or an
/// organization below it. Its story is required; the plan sets no length, so none is asked. Publicity follows the setting up,
/// until the end of stage 4 (its 展示成果 shows the models again), never ahead of today.
/// </summary>
public static class TypicalModelRule
{
    /// <summary>The stage models are set up in (第三步 对标定位，晋档升级).</summary>
    public static CampaignStage Stage(CountyRules rules) => rules.Stages[2];

    public static string KindName(TypicalModelKind kind) => kind == TypicalModelKind.Person ? Text.Of("党员个人", "Member") : Text.Of("基层党组织", "Organization");

    public static string FormName(PublicityForm form) => form switch
    {
        PublicityForm.Media => Text.Of("媒体宣传", "Media"),
        PublicityForm.SiteVisit => Text.Of("到示范点参观学习", "Site visit"),
        PublicityForm.ExchangeMeeting => Text.Of("经验交流会", "Exchange meeting"),
        _ => Text.Of("先进典型巡回报告会", "Touring report"),
    };

    /// <summary>A day of setting up: within stage 3.</summary>
    public static string? SetUpOnProblem(CountyRules rules, DateOnly? day)
    {
        var stage = Stage(rules);
        if (day is not { } d) return Text.Of("请填写确定典型的日期。", "Give the day the model was set up.");
        return stage.Contains(d) ? null : Text.Of($"树立先进典型是第三步的工作，应在 {stage.Start:yyyy-MM-dd} 至 {stage.End:yyyy-MM-dd} 之间。",
            $"Typical models are stage 3's work: between {stage.Start:yyyy-MM-dd} and {stage.End:yyyy-MM-dd}.");
    }

    /// <summary>A day of publicity: on or after the setting up, at the latest the last day of stage 4.</summary>
    public static string? PublicityDayProblem(CountyRules rules, DateOnly setUpOn, DateOnly? day)
    {
        var last = rules.Stages[^1].End;
        if (day is not { } d) return Text.Of("请填写宣传日期。", "Give the day of the publicity.");
        return d < setUpOn || d > last ? Text.Of($"宣传应在确定典型（{setUpOn:yyyy-MM-dd}）之后、{last:yyyy-MM-dd} 之前。", $"Publicity is between the setting up ({setUpOn:yyyy-MM-dd}) and {last:yyyy-MM-dd}.") : null;
    }
}
