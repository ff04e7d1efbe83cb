namespace Modular.Plugins.PartyGroupStudy.Survey;

/// <summary>
/// 四(三)3 群众满意度测评: “对学习实践活动实际效果和开展学习实践活动情况进行群众满意度测评，测评人员原则上由已参加第二阶段群众评议的
/// 人员组成，同时吸收一定比例的……提出问题的当事人代表参加。测评结果要……公布。” One anonymous round on the document's two
/// questions (满意/基本满意/不满意); the office says how many stage-2 evaluators and how many people who raised problems take
/// part: the raisers are at least <c>survey.raiserPercent</c> of all evaluators (20% of 50 is 10). Answers are taken within
/// stage 3; the result is published on a day. Pure.
/// </summary>
public static class SurveyRule
{
    public const string Subject = "campaign";

    public static readonly EvaluationQuestion[] Questions =
    [
        new("effect", new("对学习实践活动实际效果的满意度", "Satisfaction with the campaign's actual effect"), Scale.Satisfaction),
        new("conduct", new("对开展学习实践活动的满意度", "Satisfaction with how the campaign was carried out"), Scale.Satisfaction),
    ];

    /// <summary>Whether the raisers reach the share: raisers × 100 ≥ percent × all evaluators.</summary>
    public static bool EnoughRaisers(int stage2Evaluators, int raisers, int percent) => raisers * 100L >= (long)percent * (stage2Evaluators + raisers);

    public static Dictionary<string, string[]> Problems(PartyGroupRules rules, DateOnly today, int stage2Evaluators, int raisers, DateOnly opens, DateOnly closes)
    {
        var errors = new Dictionary<string, string[]>();
        if (stage2Evaluators < 1 || stage2Evaluators > 100_000)
            errors["stage2Evaluators"] = [Text.Of("测评人员原则上由已参加第二阶段群众评议的人员组成：请填写人数。", "The evaluators are in principle those of stage 2's public evaluation: give how many.")];
        if (raisers < 0 || raisers > 100_000) errors["raisers"] = [Text.Of("请填写问题当事人代表的人数。", "Give how many people who raised problems take part.")];
        else if (!errors.ContainsKey("stage2Evaluators") && !EnoughRaisers(stage2Evaluators, raisers, rules.SurveyRaiserPercent))
        {
            var needed = (int)Math.Ceiling(rules.SurveyRaiserPercent * (stage2Evaluators + raisers) / 100m);
            errors["raisers"] = [Text.Of($"问题当事人代表应不少于测评人员总数的 {rules.SurveyRaiserPercent}%（共 {stage2Evaluators + raisers} 人，至少 {needed} 人）。",
                $"People who raised problems are at least {rules.SurveyRaiserPercent}% of all evaluators ({stage2Evaluators + raisers} in all: at least {needed}).")];
        }
        if (!rules.Rectify.Contains(opens) || opens < today)
            errors["opens"] = [Text.Of($"测评应在整改落实阶段内（{rules.Rectify.Start:yyyy-MM-dd} 至 {rules.Rectify.End:yyyy-MM-dd}），且不早于今天开始。", $"The survey opens within the rectification stage ({rules.Rectify.Start:yyyy-MM-dd} to {rules.Rectify.End:yyyy-MM-dd}), not before today.")];
        if (closes < opens || !rules.Rectify.Contains(closes))
            errors["closes"] = [Text.Of("结束日期应不早于开始日期，且在整改落实阶段内。", "It closes on or after it opens, within the rectification stage.")];
        return errors;
    }
}
