namespace Modular.Plugins.PartyGroupStudy.Progress;

/// <summary>
/// Where everyone stands, from every item's steps: the office's table per member and stage (what is missing), each
/// member's own work and what is due next, the 五带头 per member, and the ledger 活动进度台账.
/// </summary>
public static class ProgressFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<PlanProgress>();
        plugin.Services.AddScoped<ProgressService>();
        plugin.AddLedger<ProgressService>("progress", new("活动进度台账", "Progress of the campaign"),
            async (service, query, ct) =>
            {
                var office = await service.OfficeAsync(ct);
                return office.Succeeded ? Result.Ok(Ledger(office.Value!)) : Refuse.As(office);
            });
        plugin.AddMenuEntry(new MenuEntry(new("我的活动任务", "My work"), "/Mine/Index", 2) { Group = PartyGroupStudyStartup.Group });
        plugin.AddMenuEntry(new MenuEntry(new("活动进度", "Progress"), "/Progress/Index", 3) { Group = PartyGroupStudyStartup.Group });
        plugin.AddMenuEntry(new MenuEntry(new("五带头", "The five leads"), "/FiveLeads/Index", 4) { Group = PartyGroupStudyStartup.Group });
    }

    /// <summary>活动进度台账: one row per member's step and per group step.</summary>
    public static LedgerDefinition Ledger(OfficeProgress office) => new("活动进度台账",
        [new("党组成员"), new("阶段"), new("事项", Width: 30), new("应于此日前", LedgerColumnType.Date), new("完成日期", LedgerColumnType.Date), new("状态"), new("情况", Width: 30)],
        [.. office.Members.SelectMany(m => m.Steps.Select(s => Row(m.Name, s))), .. office.Group.Select(s => Row("党组", s))]);

    private static IReadOnlyList<object?> Row(string who, StepView s) =>
        [who, ProgressRule.StageName(s.Stage).ZhCn, s.Name, s.Due, s.DoneOn, s.StateName, s.Detail];

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/progress</c>, <c>/progress/mine</c>, <c>/five-leads</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("").WithTags("party-group-study: progress");
        group.MapGet("/progress", async (ProgressService service, CancellationToken ct) => (await service.OfficeAsync(ct)).ToHttpResult())
            .WithSummary("Each member by stage (done of all, missed, open) and the group's own steps; a member gets their own line only.");
        group.MapGet("/progress/mine", async (ProgressService service, ICurrentUser user, CancellationToken ct) => (await service.MineAsync(await user.PersonIdAsync(ct), ct)).ToHttpResult())
            .WithSummary("The signed-in member's steps in order of their day, the next one due and what was missed; 403 for someone outside the party group.");
        group.MapGet("/five-leads", async (ProgressService service, CancellationToken ct) => (await service.FiveLeadsAsync(ct)).ToHttpResult())
            .WithSummary("五带头: where each member stands on study, research, emancipating the mind, analysis and rectification.");
    }
}
