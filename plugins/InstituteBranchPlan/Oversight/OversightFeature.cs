namespace Modular.Plugins.InstituteBranchPlan.Oversight;

/// <summary>四(五) 严格考核督导: periodic checks, the members they flag on the rectification list, and its closing.</summary>
public static class OversightFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<OversightService>();
        plugin.AddLedger<OversightService>("oversight", new("考核督导整改台账", "Oversight and rectification"),
            async (service, query, ct) => Result.Ok(Ledger(await service.BranchesAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("考核督导", "Oversight"), "/Oversight/Index", 90)
            { Group = InstituteBranchPlanStartup.Group, Roles = KnownRoles.Overseers });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new OversightCheckConfiguration());

    public static LedgerDefinition Ledger(IReadOnlyList<BranchOversight> branches) => new(Text.Of("考核督导整改台账", "Oversight and rectification"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("党员", "Member"), LedgerColumnType.Person), new(Text.Of("问题", "Problem"), Width: 40),
         new(Text.Of("发现于", "Found in")), new(Text.Of("整改期限", "Due"), LedgerColumnType.Date), new(Text.Of("状态", "State")),
         new(Text.Of("完成日期", "Done on"), LedgerColumnType.Date), new(Text.Of("整改结果", "What was done"), Width: 40)],
        [.. from b in branches from r in b.Rectifications
            select (IReadOnlyList<object?>)[b.Branch, r.Member, r.Line.Problem, r.Line.FoundIn, r.Line.Deadline, r.StatusName, r.Line.CompletedOn, r.Line.Evidence]]);

    public static void Map(IEndpointRouteBuilder api)
    {
        var oversight = api.MapGroup("/oversight").WithTags("institute-branch-plan: oversight");
        oversight.MapPost("/checks", async (CheckInput input, OversightService service, CancellationToken ct) => (await service.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("Records a check of a branch and puts the members it flags on the rectification list.");
        oversight.MapGet("", async (OversightService service, CancellationToken ct) => Results.Ok(await service.BranchesAsync(ct)))
            .WithSummary("Each branch the caller sees: checks, members the records flag now, the rectification list.");
        oversight.MapPut("/rectifications/{id:long}/done", async (long id, CompleteInput input, OversightService service, CancellationToken ct) =>
            (await service.CompleteAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Closes an item with what was done, at the version read (409 when stale).");
    }
}
