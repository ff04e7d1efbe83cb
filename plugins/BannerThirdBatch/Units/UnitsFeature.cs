namespace Modular.Plugins.BannerThirdBatch.Units;

/// <summary>
/// 二(三) 参学单位和时间安排: which organizations take part, each one's own start and end dates, its state today, its obligation
/// to finish, the ledger 参学单位进度台账 and the pages <c>/Units</c> (list) and <c>/Units/Schedule</c> (one unit's dates).
/// </summary>
public static class UnitsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<ThirdBatchUnits>();
        plugin.Services.AddScoped<ScheduleService>();
        plugin.AddObligationProvider<UnitObligations>();
        plugin.AddLedger<ScheduleService>("units", new("参学单位进度台账", "Participating units"),
            async (service, query, ct) => Result.Ok(Ledger(await service.ListAsync(new UnitFilter(), ct))));
        plugin.AddMenuEntry(new MenuEntry(new("参学单位", "Participating units"), "/Units/Index", 1) { Group = BannerThirdBatchStartup.Group });
    }

    public static LedgerDefinition Ledger(IReadOnlyList<UnitView> units) => new("参学单位进度台账",
        [new("参学单位", Width: 24), new("类别"), new("所属苏木镇", Width: 20), new("启动日期", LedgerColumnType.Date), new("集中学习实践至", LedgerColumnType.Date),
         new("巩固扩大成果至", LedgerColumnType.Date), new("报告完成日期", LedgerColumnType.Date), new("状态")],
        [.. units.Select(u => (IReadOnlyList<object?>)[u.Name, UnitRule.KindName(u.Kind).ZhCn, u.Town, u.Start, u.ConcentratedEnd, u.End, u.FinishedOn,
            UnitRule.StateName(u.State).ZhCn])]);

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/units</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/units").WithTags("banner-third-batch: units");
        group.MapGet("", async (UnitKind? kind, UnitState? state, long? townId, ScheduleService service, CancellationToken ct) =>
                Results.Ok(await service.ListAsync(new UnitFilter(kind, state, townId), ct)))
            .WithSummary("The participating units the caller sees (sumu/towns, gacha, communities) with their dates and state; filter by kind, state or town.");
        group.MapGet("/{id:long}", async (long id, ScheduleService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        group.MapPut("/{id:long}/schedule", async (long id, ScheduleInput input, ScheduleService service, CancellationToken ct) =>
                (await service.SaveAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Sets the unit's start (a gacha's or community's chosen end of its concentrated phase, the day it finished); send the version read: a stale one is 409.");
    }
}
