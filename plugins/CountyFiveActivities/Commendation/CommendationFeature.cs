namespace Modular.Plugins.CountyFiveActivities.Commendation;

/// <summary>
/// “七一”前集中表彰 先进基层党组织、优秀共产党员、优秀党务工作者 (实施方案 二(二)): nominated bottom-up, level by level
/// (自下而上、层层推荐: branch → committee → county) through the nominations block; each level endorses it up or drops it
/// with a reason; the county approves the list. Every step carries the day it was taken (today unless back-dated), and
/// no step is dated on or after the commendation day (<see cref="CommendationRule"/>). Its kind of nomination, service,
/// table (the days of the steps), ledger and API.
/// </summary>
public static class CommendationFeature
{
    public static readonly BlockKind Kind = new(CountyStartup.PluginId, "commendation");

    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<CommendationService>();
        plugin.AddLedger<CommendationService>("commendation", new("七一表彰推荐台账", "July 1 commendation"), async (s, q, ct) => Result.Ok(Ledger(await s.RowsAsync(null, ct))));
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b) => b.Entity<NominationDay>(e =>
    {
        e.ToTable("nomination_days");
        e.HasKey(x => new { x.JurisdictionId, x.NominationId, x.Sequence });
    });

    /// <summary>七一表彰推荐台账: one row per nomination with its way up.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<NominationRow> rows) => new(Text.Of("七一表彰推荐台账", "July 1 commendation"),
        [new(Text.Of("类别", "Category"), Width: 16), new(Text.Of("推荐对象", "Nominee"), Width: 20), new(Text.Of("推荐单位", "Nominated by"), Width: 24), new(Text.Of("推荐日期", "Nominated on"), LedgerColumnType.Date), new(Text.Of("当前层级", "Now at"), Width: 24), new(Text.Of("状态", "Status")), new(Text.Of("推荐过程", "Steps"), Width: 60)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[CommendationRule.CategoryName(r.Category).ToString(), r.NomineeName, r.StartOrganization, r.NominatedOn, r.CurrentLevel, CommendationRule.StatusName(r.Status).ToString(),
            string.Join(Text.Of("；", "; "), r.Steps.Select(s => $"{s.On:yyyy-MM-dd} {CommendationRule.DecisionName(s.Decision)}{(s.Reason is null ? "" : Text.Of("：", ": ") + s.Reason)}"))])]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/commendation", async (NominateInput input, CommendationService service, CancellationToken ct) =>
            (await service.NominateAsync(input, ct)).ToHttpResult());

        api.MapPost("/commendation/{id:long}/endorse", async (long id, StepInput input, CommendationService service, CancellationToken ct) =>
            (await service.EndorseAsync(id, input, ct)).ToHttpResult());

        api.MapPost("/commendation/{id:long}/drop", async (long id, StepInput input, CommendationService service, CancellationToken ct) =>
            (await service.DropAsync(id, input, ct)).ToHttpResult());

        api.MapPost("/commendation/{id:long}/approve", async (long id, StepInput input, CommendationService service, CancellationToken ct) =>
            (await service.ApproveAsync(id, input, ct)).ToHttpResult());

        api.MapGet("/commendation", async (NominationStatus? status, CommendationService service, CancellationToken ct) =>
            Results.Ok(await service.RowsAsync(status, ct)));
    }
}
