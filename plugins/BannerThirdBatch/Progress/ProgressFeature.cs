using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Progress;

/// <summary>
/// 三、加强领导 — the overviews of the whole campaign from every item's figures: the banner office's (per sumu/town), a sumu/town's
/// (per gacha and community), a unit's own; the API and the ledger 第三批活动进度台账.
/// </summary>
public static class ProgressFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<ProgressService>();
        plugin.AddLedger<ProgressService>("progress", new("第三批活动进度台账", "Third-batch progress"),
            async (service, query, ct) => Result.Ok(Ledger(await service.AllUnitsAsync(ct))));
    }

    /// <summary>One row per unit the user sees: its dates and state, then each item's figure as “done/owed”.</summary>
    public static LedgerDefinition Ledger(ProgressTable units) => new("第三批活动进度台账",
        [new("参学单位", Width: 24), new("类别"), new("所属苏木镇", Width: 20), new("启动日期", LedgerColumnType.Date), new("结束日期", LedgerColumnType.Date), new("状态"),
         .. units.Columns.Select(c => new LedgerColumn(c.Name, Width: 14))],
        [.. units.Rows.Select(r => (IReadOnlyList<object?>)[r.Unit.Name, UnitRule.KindName(r.Unit.Kind).ZhCn, r.Unit.Town, r.Unit.Start, r.Unit.End,
            UnitRule.StateName(r.Unit.State).ZhCn, .. r.Figures.Select(f => f is null ? "—" : $"{f.Done}/{f.Owed}")])]);

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/progress</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/progress").WithTags("banner-third-batch: progress");
        group.MapGet("", async (ProgressService service, CancellationToken ct) => Results.Ok(await service.BannerAsync(ct)))
            .WithSummary("The office's overview: every item's total and one row per sumu/town (its gacha and communities summed in), for the units the caller sees.");
        group.MapGet("/towns/{id:long}", async (long id, ProgressService service, CancellationToken ct) =>
                await service.TownAsync(id, ct) is { } table ? Results.Ok(table) : Results.NotFound())
            .WithSummary("A sumu/town's overview: the town and each of its gacha and communities, with every item's figure.");
        group.MapGet("/units/{id:long}", async (long id, ProgressService service, CancellationToken ct) =>
                await service.UnitAsync(id, ct) is { } table ? Results.Ok(table) : Results.NotFound())
            .WithSummary("One unit's figure in every item.");
    }
}
