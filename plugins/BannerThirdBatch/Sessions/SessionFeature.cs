using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Sessions;

/// <summary>
/// 二(三)–(四) 培训学习: secretary training, the required books, the model of Comrade 根平 and lectures, with attendance; each unit's
/// coverage; the ledgers 培训学习台账 and 书记培训覆盖台账 and the page <c>/Sessions</c>.
/// </summary>
public static class SessionFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<SessionService>();
        plugin.Services.AddUnitFigures<SecretaryTrainingFigures>();
        plugin.Services.AddUnitFigures<StudyFigures>();
        plugin.AddLedger<SessionService>("sessions", new("培训学习台账", "Training and study sessions"),
            async (service, query, ct) => Result.Ok(SessionsLedger(await service.OverviewAsync(null, ct))));
        plugin.AddLedger<SessionService>("secretary-training", new("书记培训覆盖台账", "Secretaries trained"),
            async (service, query, ct) => Result.Ok(SecretariesLedger(await service.OverviewAsync(null, ct))));
        plugin.AddMenuEntry(new MenuEntry(new("培训学习", "Training and study"), "/Sessions/Index", 4) { Group = BannerThirdBatchStartup.Group });
    }

    public static LedgerDefinition SessionsLedger(SessionsOverview overview) => new("培训学习台账",
        [new("举办日期", LedgerColumnType.Date), new("举办单位", Width: 24), new("类别", Width: 18), new("标题", Width: 30), new("学时", LedgerColumnType.Decimal),
         new("地点"), new("参加人数", LedgerColumnType.Integer), new("参加人员", Width: 50), new("登记人")],
        [.. overview.Sessions.OrderBy(s => s.HeldOn).ThenBy(s => s.Id).Select(s => (IReadOnlyList<object?>)[s.HeldOn, s.Organization,
            SessionRule.KindName(s.Kind).ZhCn, s.Title, s.Hours, s.Place, s.Attendees.Count, string.Join("、", s.Attendees.Select(a => a.Name)), s.RecordedBy])]);

    public static LedgerDefinition SecretariesLedger(SessionsOverview overview) => new("书记培训覆盖台账",
        [new("参学单位", Width: 24), new("党支部", Width: 24), new("书记"), new("是否参加集中培训"), new("首次培训日期", LedgerColumnType.Date), new("培训名称", Width: 30)],
        [.. overview.Secretaries.Select(s => (IReadOnlyList<object?>)[s.Unit, s.Branch, s.Name, s.TrainedOn is null ? "否" : "是", s.TrainedOn, s.Training])]);

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/sessions</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/sessions").WithTags("banner-third-batch: training and study");
        group.MapGet("", async (long? unitId, SessionService service, CancellationToken ct) => Results.Ok(await service.OverviewAsync(unitId, ct)))
            .WithSummary("The sessions the caller may read, each unit's secretaries trained and members studied (each counted once), and the secretaries.");
        group.MapGet("/held", async (long? unitId, SessionKind? kind, string? month, SessionSort? sort, bool? desc, int? page, int? pageSize, SessionService service, CancellationToken ct) =>
                (await service.PageAsync(new SessionQuery(unitId, kind, month, sort ?? SessionSort.Day, desc ?? true), new PageRequest(page, pageSize), ct)).ToHttpResult())
            .WithSummary("A page of the sessions the caller may read (latest first); filter by unit, kind and month (yyyy-MM); sort by Day, Kind or Attended.");
        group.MapGet("/{id:long}", async (long id, SessionService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        group.MapPost("", async (SessionInput input, SessionService service, CancellationToken ct) => (await service.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("Records a session held (SecretaryTraining, RequiredBooks, GenPing, Lecture) with the people who attended; unitId null for a banner-wide one (the office).");
        group.MapPut("/{id:long}", async (long id, SessionInput input, SessionService service, CancellationToken ct) => (await service.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Corrects a session; send the version read (a stale one is 409).");
    }
}
