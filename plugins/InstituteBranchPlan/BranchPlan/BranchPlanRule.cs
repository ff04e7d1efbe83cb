using Modular.Plugins.InstituteBranchPlan.Common;

namespace Modular.Plugins.InstituteBranchPlan.BranchPlan;

/// <summary>
/// 三(一) 广泛发动，安排部署 — 二是制定方案: “结合实际制定创先争优活动实施方案，对党组织和党员参加活动提出明确目标和具体要求。”
/// Each branch writes its plan in two parts (the organization's goals, what each member is asked to do), revises it by
/// version and finalizes it by <see cref="InstituteRules.BranchPlanDue"/>; its members read it (their personal plans answer it).
/// </summary>
public static class BranchPlanRule
{
    public static readonly BlockKind Kind = new(InstituteBranchPlanStartup.PluginId, "branch-plan");

    public static readonly ObligationType Obligation = new("institute-branch-plan.branch-plan", new("制定党支部实施方案", "Draw up the branch's implementation plan"));

    /// <summary>“对党组织和党员参加活动提出明确目标和具体要求”.</summary>
    public static readonly IReadOnlyList<(string Key, LocalizedText Heading)> Parts =
        [("goals", new("一、党组织的目标", "1. The branch's goals")), ("requirements", new("二、对党员的具体要求", "2. What each member is asked to do"))];

    public static readonly BranchDocumentKind Document = new(Kind, Obligation, Parts, r => r.BranchPlanDue, new("创先争优活动实施方案", "the implementation plan"));
}
