using Modular.Plugins.InstituteBranchPlan.Evaluation;

namespace Modular.Plugins.InstituteBranchPlan.Commendation;

/// <summary>
/// What the service gathers about a member for the year: whether they took part (a personal plan handed in; suggestions
/// given, at least the set number — the other items add their own records here as they are built), how the branch
/// assessed their plan (个人打算 兑现), and their grade in the year-end round.
/// </summary>
public sealed record CommendationInputs(bool PlanHandedIn, int Suggestions, PledgeFulfilment? PlanOutcome, string? YearEndGrade);

/// <summary>
/// 三(二)4 评选表彰: “凡是积极参与创优争先活动，个人兑现承诺成绩突出、被评定为‘优秀’等次的党员，优先推荐本年度各类先进评比和表彰，
/// 并推荐参加所表彰的优秀共产党员评选活动。” A member is on the year's recommendation list when they took part, kept their pledge
/// (the plan reviewed as kept) and were graded 优秀 in the year-end round; the branch nominates them upward as 优秀共产党员. Pure.
/// </summary>
public static class CommendationRule
{
    public static readonly BlockKind Kind = new(InstituteBranchPlanStartup.PluginId, "commendation");

    /// <summary>积极参与: a personal plan handed in and the suggestions the plan asks of every member.</summary>
    public static bool TookPart(InstituteRules rules, CommendationInputs inputs) => inputs.PlanHandedIn && inputs.Suggestions >= rules.MinSuggestions;

    /// <summary>兑现承诺: the branch assessed the plan as kept.</summary>
    public static bool KeptPledge(CommendationInputs inputs) => inputs.PlanOutcome == PledgeFulfilment.Fulfilled;

    /// <summary>被评定为“优秀”: the year-end round's grade.</summary>
    public static bool Excellent(CommendationInputs inputs) => inputs.YearEndGrade == EvaluationRule.Excellent;

    /// <summary>On the recommendation list: all three.</summary>
    public static bool Recommended(InstituteRules rules, CommendationInputs inputs) => TookPart(rules, inputs) && KeptPledge(inputs) && Excellent(inputs);

    /// <summary>Why a member is not on the list (what they lack), or empty.</summary>
    public static IReadOnlyList<LocalizedText> Lacks(InstituteRules rules, CommendationInputs inputs) =>
    [
        .. TookPart(rules, inputs) ? [] : new[] { new LocalizedText("未积极参与（个人打算或建议未交齐）", "did not take part (plan or suggestions missing)") },
        .. KeptPledge(inputs) ? [] : new[] { new LocalizedText("个人打算未评定为已兑现", "plan not assessed as kept") },
        .. Excellent(inputs) ? [] : new[] { new LocalizedText("年终评议未评为优秀", "not graded excellent at the year's end") },
    ];

    public static LocalizedText HonorKindName(HonorKind kind) => kind == HonorKind.Collective ? new("先进集体", "Advanced collective") : new("先进个人", "Advanced individual");
}
