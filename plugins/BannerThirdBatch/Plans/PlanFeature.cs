using Modular.Plugins.BannerThirdBatch.Common;
namespace Modular.Plugins.BannerThirdBatch.Plans;

/// <summary>
/// 二(三) 调查研究、制定实施方案: each unit's situation report and implementation plan, reviewed and approved by the level above;
/// the obligation <c>banner-third-batch.plan</c>, the ledger 实施方案台账 (<c>plans</c>) and the page <c>/Plans</c>.
/// </summary>
public static class PlanFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<PlanService>();
        plugin.Services.AddUnitFigures<PlanFigures>();
        plugin.AddObligationProvider<PlanObligations>();
        plugin.AddLedger<PlanService>("plans", new("实施方案台账", "Implementation plans"),
            async (service, query, ct) => Result.Ok(Ledger(await service.ListAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("调查研究和实施方案", "Situation reports and plans"), "/Plans/Index", 2) { Group = BannerThirdBatchStartup.Group });
    }

    /// <summary>实施方案台账: one row per unit.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<UnitPlanLine> lines) => new(Text.Of("实施方案台账", "Implementation plans"),
        [new(Text.Of("参学单位", "Unit"), Width: 24), new(Text.Of("类别", "Kind")), new(Text.Of("所属苏木镇", "Sumu/town"), Width: 20),
         new(Text.Of("启动日期", "Start"), LedgerColumnType.Date), new(Text.Of("方案应审定日期", "Plan due"), LedgerColumnType.Date),
         new(Text.Of("调查研究情况（稿数）", "Situation report (versions)"), LedgerColumnType.Integer), new(Text.Of("实施方案（稿数）", "Plan (versions)"), LedgerColumnType.Integer),
         new(Text.Of("方案状态", "Plan")), new(Text.Of("审定日期", "Approved on"), LedgerColumnType.Date), new(Text.Of("是否按期", "On time"))],
        [.. lines.Select(l => (IReadOnlyList<object?>)[l.Unit, l.KindName, l.Town, l.Start, l.Due, l.SituationVersion, l.PlanVersion, l.StateName, l.ApprovedOn, l.DueStateName])]);

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/plans</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("banner-third-batch: situation reports and plans");
        plans.MapGet("", async (PlanService service, CancellationToken ct) => Results.Ok(await service.ListAsync(ct)))
            .WithSummary("Every unit the caller sees with its situation report, its plan, the plan's due day and state.");
        plans.MapGet("/awaiting", async (PlanService service, CancellationToken ct) => Results.Ok(await service.AwaitingAsync(ct)))
            .WithSummary("The level above's review list: plans drafted but not yet approved, of the units the caller may approve.");
        plans.MapGet("/{unitId:long}", async (long unitId, PlanService service, CancellationToken ct) => (await service.FindAsync(unitId, ct)).ToHttpResult())
            .WithSummary("A unit's situation report and plan with every version and its comments.");
        plans.MapPost("/{unitId:long}/{kind}", async (long unitId, string kind, PlanDocumentInput input, PlanService service, CancellationToken ct) =>
                (await service.SaveAsync(unitId, kind, input, ct)).ToHttpResult())
            .WithSummary("kind = situation | unit-plan: the first draft (version 0) or the next version; a stale version is 409.");
        plans.MapPost("/{unitId:long}/{kind}/comments", async (long unitId, string kind, PlanCommentInput input, PlanService service, CancellationToken ct) =>
                (await service.CommentAsync(unitId, kind, input, ct)).ToHttpResult())
            .WithSummary("A comment on a version, by the level above (or the unit).");
        plans.MapPost("/{unitId:long}/{kind}/approve", async (long unitId, string kind, PlanVersionInput input, PlanService service, CancellationToken ct) =>
                (await service.ApproveAsync(unitId, kind, input, ct)).ToHttpResult())
            .WithSummary("审定: the level above (the sumu/town for a gacha or community, the banner for a town) approves the version read; the plan's obligation is met.");
    }
}
