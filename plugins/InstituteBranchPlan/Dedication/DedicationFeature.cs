namespace Modular.Plugins.InstituteBranchPlan.Dedication;

/// <summary>三(二)2 “岗位奉献”活动 and 四(二) 党员示范岗: contests with entries and results; model posts assigned to members.</summary>
public static class DedicationFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<DedicationService>();
        plugin.AddLedger<DedicationService>("dedication-contests", new("岗位竞赛台账", "Dedication contests"),
            async (service, query, ct) => Result.Ok(ContestLedger(await service.ContestsAsync(ct), service.WallClock)));
        plugin.AddLedger<DedicationService>("model-posts", new("党员示范岗名单", "Model posts"),
            async (service, query, ct) => Result.Ok(PostLedger(await service.PostsAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("岗位奉献", "Dedication"), "/Dedication/Index", 50) { Group = InstituteBranchPlanStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b)
    {
        var configuration = new DedicationConfiguration();
        b.ApplyConfiguration<DedicationContest>(configuration);
        b.ApplyConfiguration<ContestEntry>(configuration);
        b.ApplyConfiguration<ModelPost>(configuration);
    }

    /// <summary>岗位竞赛台账: one row per entry (a contest nobody entered: one row without a name).</summary>
    public static LedgerDefinition ContestLedger(IReadOnlyList<BranchContests> branches, Func<DateTimeOffset, DateTime> local) => new(Text.Of("岗位竞赛台账", "Dedication contests"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("类别", "Kind"), Width: 14), new(Text.Of("竞赛名称", "Contest"), Width: 36),
         new(Text.Of("日期", "Held on"), LedgerColumnType.Date), new(Text.Of("参赛党员", "Entrant"), LedgerColumnType.Person),
         new(Text.Of("报名时间", "Entered at"), LedgerColumnType.DateTime), new(Text.Of("名次", "Rank"), LedgerColumnType.Integer), new(Text.Of("奖项", "Award"), Width: 20)],
        [.. from b in branches from c in b.Contests from e in c.Entries.Count == 0 ? [null] : c.Entries.Cast<EntryView?>()
            select (IReadOnlyList<object?>)[b.Branch, c.KindName, c.Title, c.HeldOn, e?.Name, e is null ? null : local(e.EnteredAt), e?.Rank, e?.Award]]);

    /// <summary>党员示范岗名单: every model post of the institute.</summary>
    public static LedgerDefinition PostLedger(IReadOnlyList<ModelPostView> posts) => new(Text.Of("党员示范岗名单", "Model posts"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("党员", "Member"), LedgerColumnType.Person), new(Text.Of("示范岗", "Post"), Width: 30),
         new(Text.Of("示范内容", "What it shows"), Width: 50), new(Text.Of("起", "From"), LedgerColumnType.Date), new(Text.Of("止", "To"), LedgerColumnType.Date),
         new(Text.Of("当前有效", "Current"), LedgerColumnType.Boolean)],
        [.. posts.Select(p => (IReadOnlyList<object?>)[p.Branch, p.Name, p.PostName, p.Shows, p.From, p.To, p.Current])]);

    /// <summary><c>/api/j/{jurisdiction}/institute-branch-plan/dedication</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/dedication").WithTags("institute-branch-plan: dedication");
        group.MapGet("/contests", async (DedicationService service, CancellationToken ct) => Results.Ok(await service.ContestsAsync(ct)))
            .WithSummary("The contests of each branch the caller sees or belongs to, with entries and results.");
        group.MapPost("/contests", async (ContestInput input, DedicationService service, CancellationToken ct) => (await service.CreateContestAsync(input, ct)).ToHttpResult())
            .WithSummary("The branch sets up a contest: innovation, study or post skills.");
        group.MapPost("/contests/{id:long}/entries", async (long id, EntryInput input, DedicationService service, CancellationToken ct) =>
            (await service.EnterAsync(id, input, ct)).ToHttpResult())
            .WithSummary("A member enters (personId empty) or the branch enters a member; once each (again: 409).");
        group.MapPut("/contests/{id:long}/entries/{personId:long}", async (long id, long personId, ContestResultInput input, DedicationService service, CancellationToken ct) =>
            (await service.RecordResultAsync(id, personId, input, ct)).ToHttpResult())
            .WithSummary("The branch records an entry's rank and award at the entry's version read (stale: 409).");
        group.MapGet("/model-posts", async (DedicationService service, CancellationToken ct) => Results.Ok(await service.PostsAsync(ct)))
            .WithSummary("Every model post of the institute, for everyone in it.");
        group.MapPost("/model-posts", async (ModelPostInput input, DedicationService service, CancellationToken ct) => (await service.SavePostAsync(null, input, ct)).ToHttpResult())
            .WithSummary("The member's branch assigns a model post.");
        group.MapPut("/model-posts/{id:long}", async (long id, ModelPostInput input, DedicationService service, CancellationToken ct) =>
            (await service.SavePostAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Changes a model post at the version read (stale: 409).");
    }
}
