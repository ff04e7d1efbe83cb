namespace Modular.Plugins.InstituteBranchPlan.Commendation;

/// <summary>三(二)4 评选表彰: the year's recommendation list, nominations upward as 优秀共产党员, honours recorded.</summary>
public static class CommendationFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<CommendationService>();
        plugin.AddLedger<CommendationService>("recommendations", new("推荐名单", "Recommendation list"),
            async (service, query, ct) => Result.Ok(Ledger(await service.BranchesAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("评选表彰", "Commendation"), "/Commendation/Index", 70) { Group = InstituteBranchPlanStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new HonorConfiguration());

    /// <summary>推荐名单: every member of the branches seen against the rule, those on the list first.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<BranchCandidates> branches) => new(Text.Of("推荐名单", "Recommendation list"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("姓名", "Name"), LedgerColumnType.Person), new(Text.Of("积极参与", "Took part"), LedgerColumnType.Boolean),
         new(Text.Of("兑现承诺", "Kept the pledge"), LedgerColumnType.Boolean), new(Text.Of("年终评议优秀", "Excellent at year's end"), LedgerColumnType.Boolean),
         new(Text.Of("列入推荐名单", "On the list"), LedgerColumnType.Boolean), new(Text.Of("欠缺", "Lacks"), Width: 40), new(Text.Of("推荐进度", "Nomination"))],
        [.. from b in branches from c in b.Members
            select (IReadOnlyList<object?>)[b.Branch, c.Name, c.TookPart, c.KeptPledge, c.Excellent, c.Recommended, c.Lacks,
                c.Nomination is { } n ? StatusName(n).ToString() : null]]);

    public static LocalizedText StatusName(NominationInfo n) => n.Status switch
    {
        NominationStatus.Approved => n switch
        {
            { ParentDecision: { Selected: true } } => new("上级评选：入选", "Selected above"),
            { ParentDecision: { Selected: false } d } => new($"上级评选：未入选（{d.Reason}）", $"Not selected above ({d.Reason})"),
            { ReportedToJurisdictionId: not null } => new("已上报，待上级评选", "Reported up; the level above selects"),
            _ => new("已审定", "Approved"),
        },
        NominationStatus.Dropped => new("未予推荐", "Dropped"),
        _ => new("待上级审定", "Waiting for the level above"),
    };

    /// <summary><c>/api/j/{jurisdiction}/institute-branch-plan/commendation</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/commendation").WithTags("institute-branch-plan: commendation");
        group.MapGet("", async (CommendationService service, CancellationToken ct) => Results.Ok(await service.BranchesAsync(ct)))
            .WithSummary("Each branch the caller sees: every member against the rule (took part, kept the pledge, excellent at the year's end).");
        group.MapGet("/nominations", async (CommendationService service, CancellationToken ct) => Results.Ok(await service.NominationsAsync(ct)))
            .WithSummary("The nominations the caller sees: their branch's, or those waiting at an organization they manage.");
        group.MapPost("/nominations", async (NominateInput input, CommendationService service, CancellationToken ct) => (await service.NominateAsync(input, ct)).ToHttpResult())
            .WithSummary("The branch nominates a member on the list as 优秀共产党员; it goes to the organization above. 409 when nominated already.");
        group.MapPut("/nominations/{id:long}/decision", async (long id, NominationDecisionInput input, CommendationService service, CancellationToken ct) =>
            (await service.DecideAsync(id, input, ct)).ToHttpResult())
            .WithSummary("The organization above approves or drops (with a reason) the nomination.");
        group.MapPost("/nominations/{id:long}/report", async (long id, CommendationService service, CancellationToken ct) => (await service.ReportAsync(id, ct)).ToHttpResult())
            .WithSummary("Reports an approved nomination to the parent jurisdiction.");
        group.MapGet("/reported-to-us", async (CommendationService service, CancellationToken ct) => Results.Ok(await service.ReportedToUsAsync(ct)));
        group.MapGet("/honors", async (CommendationService service, CancellationToken ct) => Results.Ok(await service.HonorsAsync(ct)));
        group.MapPost("/honors", async (HonorInput input, CommendationService service, CancellationToken ct) => (await service.RecordHonorAsync(input, ct)).ToHttpResult())
            .WithSummary("Records 先进集体 (organizationId) or 先进个人 (personId) with its title; 409 when recorded already.");
    }
}
