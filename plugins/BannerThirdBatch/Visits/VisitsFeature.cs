using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Visits;

/// <summary>
/// 三(二) 督导检查: visits by guidance groups and by leading-group members to their liaison points, their follow-ups (kept in the
/// SDK's problem lists, closed by the unit), the obligation <c>banner-third-batch.guidance</c>, the ledgers 指导检查台账 and
/// 问题整改台账, and the page <c>/Visits</c>.
/// </summary>
public static class VisitsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<FollowUpService>();
        plugin.Services.AddScoped<VisitService>();
        plugin.Services.AddUnitFigures<VisitFigures>();
        plugin.Services.AddUnitFigures<FollowUpFigures>();
        plugin.AddObligationProvider<VisitObligations>();
        plugin.AddLedger<VisitService>("guidance-visits", new("指导检查台账", "Guidance visits"),
            async (service, query, ct) => Result.Ok(VisitLedger(await service.ListAsync(null, ct))));
        plugin.AddLedger<FollowUpService>("follow-ups", new("问题整改台账", "Follow-ups"),
            async (service, query, ct) => Result.Ok(FollowUpLedger(await service.ListAsync(null, null, ct))));
        plugin.AddMenuEntry(new MenuEntry(new("指导检查和问题整改", "Visits and follow-ups"), "/Visits/Index", 23) { Group = BannerThirdBatchStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b)
    {
        var configuration = new VisitConfiguration();
        b.ApplyConfiguration<GuidanceVisit>(configuration);
        b.ApplyConfiguration<FollowUp>(configuration);
    }

    public static LedgerDefinition VisitLedger(IReadOnlyList<VisitView> visits) => new("指导检查台账",
        [new("日期", LedgerColumnType.Date), new("被指导单位", Width: 24), new("指导组或联系点", Width: 24), new("发现的情况和问题", Width: 40), new("整改事项数", LedgerColumnType.Integer), new("登记人")],
        [.. visits.Select(v => (IReadOnlyList<object?>)[v.VisitedOn, v.Unit, v.By, v.Findings, v.FollowUpIds.Count, v.RecordedBy])]);

    public static LedgerDefinition FollowUpLedger(IReadOnlyList<FollowUpView> items) => new("问题整改台账",
        [new("单位", Width: 24), new("问题", Width: 40), new("来源", Width: 30), new("责任人"), new("整改期限", LedgerColumnType.Date), new("状态"),
         new("完成日期", LedgerColumnType.Date), new("整改结果", Width: 40)],
        [.. items.Select(f => (IReadOnlyList<object?>)[f.Unit, f.Problem, f.FoundIn, f.Lead, f.Deadline, f.StatusName, f.CompletedOn, f.Evidence])]);

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/visits</c> and <c>/follow-ups</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var visits = api.MapGroup("/visits").WithTags("banner-third-batch: guidance visits");
        visits.MapGet("", async (long? unitId, string? month, VisitSort? sort, bool? desc, int? page, int? pageSize, VisitService service, CancellationToken ct) =>
                (await service.PageAsync(new VisitQuery(unitId, month, sort ?? VisitSort.Day, desc ?? true), new PageRequest(page, pageSize), ct)).ToHttpResult())
            .WithSummary("A page of the visits to the units the caller reads (latest first); filter by unit and month (yyyy-MM), sort by Day, Unit or Group.");
        visits.MapGet("/coverage", async (VisitService service, CancellationToken ct) => Results.Ok(await service.VisitedCoverageAsync(ct)))
            .WithSummary("Each scheduled unit: visited in its concentrated phase (1) or not (0).");
        visits.MapGet("/{id:long}", async (long id, VisitService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        visits.MapPost("", async (VisitInput input, VisitService service, CancellationToken ct) => (await service.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("Records a visit by a guidance group (groupId) or by a leading-group member to their liaison point, with its follow-ups.");

        var followUps = api.MapGroup("/follow-ups").WithTags("banner-third-batch: follow-ups");
        followUps.MapGet("", async (long? unitId, RectificationStatus? status, FollowUpService service, CancellationToken ct) => Results.Ok(await service.ListAsync(unitId, status, ct)))
            .WithSummary("Follow-ups of the units the caller reads; filter by unit and status (Open, Overdue, Done).");
        followUps.MapGet("/by-unit", async (FollowUpService service, CancellationToken ct) => Results.Ok(await service.ByUnitAsync(ct)))
            .WithSummary("Per unit: open, overdue, closed on time, closed late.");
        followUps.MapGet("/{id:long}", async (long id, FollowUpService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        followUps.MapPost("/{id:long}/close", async (long id, CloseInput input, FollowUpService service, CancellationToken ct) => (await service.CloseAsync(id, input, ct)).ToHttpResult())
            .WithSummary("The unit closes a follow-up with the day and evidence; send the version read (a stale one is 409).");
    }
}
