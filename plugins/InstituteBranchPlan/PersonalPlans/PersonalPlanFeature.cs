namespace Modular.Plugins.InstituteBranchPlan.PersonalPlans;

/// <summary>三(一)二 个人打算: every member's plan by the due day, the branch's copy, publication, year-end assessment.</summary>
public static class PersonalPlanFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<PersonalPlanService>();
        plugin.AddObligationProvider<PersonalPlanObligations>();
        plugin.AddLedger<PersonalPlanService>("personal-plans", new("个人打算台账", "Personal plans"),
            async (service, query, ct) => Result.Ok(Ledger(await service.BranchesAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("个人打算", "Personal plans"), "/PersonalPlans/Index", 10) { Group = InstituteBranchPlanStartup.Group });
    }

    /// <summary>个人打算台账: one row per member of each branch seen, handed in or not.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<BranchPlans> branches) => new(Text.Of("个人打算台账", "Personal plans"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("姓名", "Name"), LedgerColumnType.Person), new(Text.Of("类别", "Kind")),
         new(Text.Of("提交日期", "Handed in"), LedgerColumnType.Date), new(Text.Of("状态", "State")), new(Text.Of("针对的突出问题", "Problems answered"), Width: 40),
         new(Text.Of("个人打算", "Plan"), Width: 60), new(Text.Of("所内公开", "Published"), LedgerColumnType.Boolean), new(Text.Of("兑现情况", "Kept")),
         new(Text.Of("考核得分", "Score"), LedgerColumnType.Decimal)],
        [.. from b in branches from l in b.Lines
            select (IReadOnlyList<object?>)[b.Branch, l.Name, l.Plan is { } p ? PersonalPlanRule.KindName(p.PledgeKind).ToString() : null, l.HandedInOn,
                l.StateName, l.Plan is { } q ? string.Join(Text.Of("；", "; "), q.Problems) : null, l.Plan?.Text, l.Plan?.Published,
                l.Plan?.Outcome is { } o ? OutcomeName(o).ToString() : null, l.Plan?.Score]]);

    public static LocalizedText OutcomeName(PledgeFulfilment outcome) => outcome switch
    {
        PledgeFulfilment.Fulfilled => new("已兑现", "Kept"),
        PledgeFulfilment.Partly => new("部分兑现", "Partly kept"),
        _ => new("未兑现", "Not kept"),
    };

    public static void Map(IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/personal-plans").WithTags("institute-branch-plan: personal plans");
        plans.MapPost("", async (PersonalPlanInput input, PersonalPlanService service, CancellationToken ct) => (await service.SaveAsync(input, ct)).ToHttpResult())
            .WithSummary("Hands in (201) or replaces (200; send the version read, a stale one is 409) a member's plan: their own, or the branch for them.");
        plans.MapGet("", async (PersonalPlanService service, CancellationToken ct) => Results.Ok(await service.BranchesAsync(ct)))
            .WithSummary("Each branch the caller sees: every member's plan and state against the due day.");
        plans.MapGet("/mine", async (PersonalPlanService service, CancellationToken ct) => Results.Ok(await service.MineAsync(ct)));
        plans.MapGet("/published", async (PersonalPlanService service, CancellationToken ct) => Results.Ok(await service.PublishedAsync(ct)))
            .WithSummary("The plans the branches published institute-wide.");
        plans.MapGet("/{id:long}", async (long id, PersonalPlanService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        plans.MapPut("/{id:long}/published", async (long id, bool published, PersonalPlanService service, CancellationToken ct) =>
            (await service.PublishAsync(id, published, ct)).ToHttpResult())
            .WithSummary("The branch publishes a plan institute-wide (?published=true) or takes it back.");
        plans.MapPut("/{id:long}/review", async (long id, PersonalPlanReviewInput input, PersonalPlanService service, CancellationToken ct) =>
            (await service.ReviewAsync(id, input, ct)).ToHttpResult())
            .WithSummary("The branch's assessment of how the plan was kept: outcome and score (0–100).");
    }
}
