namespace Modular.Plugins.InstituteBranchPlan.PartySpirit;

/// <summary>三(二)1 “党性教育”活动: education events with attendance, every member reached, one party-spirit analysis each.</summary>
public static class PartySpiritFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<PartySpiritService>();
        plugin.AddObligationProvider<PartySpiritObligations>();
        plugin.AddLedger<PartySpiritService>("party-spirit-education", new("党性教育台账", "Party-spirit education"),
            async (service, query, ct) => Result.Ok(EducationLedger(await service.BranchesAsync(ct))));
        plugin.AddLedger<PartySpiritService>("party-spirit-analyses", new("党性分析台账", "Party-spirit analyses"),
            async (service, query, ct) => Result.Ok(AnalysisLedger(await service.BranchesAsync(ct), service.WallClock)));
        plugin.AddMenuEntry(new MenuEntry(new("党性教育", "Party-spirit education"), "/PartySpirit/Index", 40) { Group = InstituteBranchPlanStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new PartySpiritConfiguration());

    /// <summary>党性教育台账: one row per event, with how many of the branch's members were expected and came.</summary>
    public static LedgerDefinition EducationLedger(IReadOnlyList<BranchPartySpirit> branches) => new(Text.Of("党性教育台账", "Party-spirit education"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("日期", "Held on"), LedgerColumnType.Date), new(Text.Of("形式", "Kind"), Width: 16),
         new(Text.Of("活动名称", "Title"), Width: 40), new(Text.Of("地点", "Place")), new(Text.Of("学时", "Hours"), LedgerColumnType.Decimal),
         new(Text.Of("应到", "Expected"), LedgerColumnType.Integer), new(Text.Of("实到", "Attended"), LedgerColumnType.Integer)],
        [.. from b in branches from e in b.Events
            select (IReadOnlyList<object?>)[b.Branch, e.HeldOn, e.KindName, e.Title, e.Place, e.Hours, e.Expected, e.Attended]]);

    /// <summary>党性分析台账: one row per member of each branch seen: education attended, reached, the analysis and its state.</summary>
    public static LedgerDefinition AnalysisLedger(IReadOnlyList<BranchPartySpirit> branches, Func<DateTimeOffset, DateTime> local) => new(Text.Of("党性分析台账", "Party-spirit analyses"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("姓名", "Name"), LedgerColumnType.Person), new(Text.Of("参加党性教育（次）", "Education events attended"), LedgerColumnType.Integer),
         new(Text.Of("已覆盖", "Reached"), LedgerColumnType.Boolean), new(Text.Of("党性分析形式", "Form")), new(Text.Of("提交时间", "Handed in"), LedgerColumnType.DateTime),
         new(Text.Of("状态", "State")), new(Text.Of("查找出的问题", "Problems found"), Width: 50), new(Text.Of("自我批评", "Self-criticism"), Width: 50),
         new(Text.Of("同志批评意见", "Criticism received"), Width: 50)],
        [.. from b in branches from l in b.Lines
            select (IReadOnlyList<object?>)[b.Branch, l.Name, l.Events, l.Reached, l.Analysis?.FormName, l.Analysis is { } a ? local(a.HandedInAt) : null,
                l.StateName, l.Analysis?.ProblemsFound, l.Analysis?.SelfCriticism, l.Analysis?.CriticismReceived]]);

    /// <summary><c>/api/j/{jurisdiction}/institute-branch-plan/party-spirit</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/party-spirit").WithTags("institute-branch-plan: party-spirit education");
        group.MapGet("", async (PartySpiritService service, CancellationToken ct) => Results.Ok(await service.BranchesAsync(ct)))
            .WithSummary("Each branch the caller sees: its education events, every member's events attended (reached or not) and analysis against the due day.");
        group.MapGet("/mine", async (PartySpiritService service, CancellationToken ct) => Results.Ok(await service.MineAsync(ct)));
        group.MapPost("/events", async (EducationEventInput input, PartySpiritService service, CancellationToken ct) => (await service.CreateEventAsync(input, ct)).ToHttpResult())
            .WithSummary("The branch records an education event (oath, achievements, history, policy, lecture, visit) and who attended.");
        group.MapPut("/events/{id:long}", async (long id, EducationEventInput input, PartySpiritService service, CancellationToken ct) =>
            (await service.UpdateEventAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Corrects an event (kind, title, day, hours, place; attendance and summary only when sent), at the version read (stale or missing: 409).");
        group.MapPut("/events/{id:long}/attendance", async (long id, AttendanceInput input, PartySpiritService service, CancellationToken ct) =>
            (await service.SetAttendanceAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Replaces who attended, at the version read (stale: 409).");
        group.MapPost("/analyses", async (AnalysisInput input, PartySpiritService service, CancellationToken ct) => (await service.SaveAnalysisAsync(input, ct)).ToHttpResult())
            .WithSummary("Hands in (201) a member's analysis of the year — their own, or the branch for them; one a year: again without the version read is 409, with it a new version (200).");
    }
}
