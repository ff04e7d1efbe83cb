namespace Modular.Plugins.BannerThirdBatch.Plans;

/// <summary>Where a unit's implementation plan stands: none yet, drafted (awaiting the level above), approved.</summary>
public enum PlanState { None, Drafting, Approved }

/// <summary>
/// 二(三) “加强调查研究，充分掌握本单位党组织和党员队伍的状况，掌握干部群众对学习实践科学发展观活动的要求和期望……制定出针对性、
/// 操作性强的实施方案”: each unit's situation report and implementation plan (the SDK's versioned documents, the unit as their
/// organization); the plan is due <see cref="ThirdBatchRules.PlanDueDays"/> days after the unit's start and met when the level
/// above approves it. Pure.
/// </summary>
public static class PlanRule
{
    public const string SituationKey = "situation";
    public const string PlanKey = "unit-plan";
    public static readonly BlockKind Situation = new(BannerThirdBatchStartup.PluginId, SituationKey);
    public static readonly BlockKind UnitPlan = new(BannerThirdBatchStartup.PluginId, PlanKey);

    /// <summary>The kind for a route's key, or null.</summary>
    public static BlockKind? KindOf(string? key) => key switch { SituationKey => Situation, PlanKey => UnitPlan, _ => null };

    /// <summary>The plan is due this day: the unit's start plus the days the jurisdiction set.</summary>
    public static DateOnly Due(ThirdBatchRules rules, DateOnly start) => start.AddDays(rules.PlanDueDays);

    public static PlanState StateOf(bool exists, bool final) => !exists ? PlanState.None : final ? PlanState.Approved : PlanState.Drafting;

    public static LocalizedText KindName(string key) => key == SituationKey
        ? new("调查研究情况（党组织和党员队伍状况、干部群众的要求和期望）", "Situation report (the organization, its members, what people expect)")
        : new("实施方案", "Implementation plan");

    public static LocalizedText StateName(PlanState state) => state switch
    {
        PlanState.None => new("未报送", "None yet"),
        PlanState.Drafting => new("待审定", "Awaiting approval"),
        _ => new("已审定", "Approved"),
    };

    public static string Title(string key, string unit) => key == SituationKey ? $"{unit}调查研究情况" : $"{unit}第三批学习实践活动实施方案";
}
