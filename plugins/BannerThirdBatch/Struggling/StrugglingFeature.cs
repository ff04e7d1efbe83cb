namespace Modular.Plugins.BannerThirdBatch.Struggling;

/// <summary>
/// 二(三) 困难嘎查: which gacha and communities are struggling (marked by the sumu/town above or the office) and whether help reached
/// them; shown on the town's page and the office's overview; the ledger 困难嘎查台账.
/// </summary>
public static class StrugglingFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<StrugglingService>();
        plugin.AddLedger<StrugglingService>("struggling", new("困难嘎查台账", "Struggling gacha"),
            async (service, query, ct) => Result.Ok(Ledger(await service.OverviewAsync(null, ct))));
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new StrugglingMarkConfiguration());

    public static LedgerDefinition Ledger(StrugglingOverview overview) => new("困难嘎查台账",
        [new("苏木镇", Width: 20), new("嘎查、社区", Width: 24), new("认定类别"), new("认定原因", Width: 40), new("认定日期", LedgerColumnType.Date), new("认定人"),
         new("帮扶次数", LedgerColumnType.Integer), new("是否已帮扶")],
        [.. overview.Units.Where(u => u.Struggling).Select(u => (IReadOnlyList<object?>)[u.Town, u.Unit, StrugglingRule.KindName(u.Kind!.Value).ZhCn, u.Reason, u.MarkedOn,
            u.MarkedBy, u.Assistance, u.Assisted ? "是" : "否"])]);

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/struggling</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/struggling").WithTags("banner-third-batch: struggling gacha");
        group.MapGet("", async (long? townId, StrugglingService service, CancellationToken ct) => Results.Ok(await service.OverviewAsync(townId, ct)))
            .WithSummary("The gacha and communities the caller sees with their marks and the help to them; per sumu/town: struggling, assisted, not assisted yet.");
        group.MapGet("/{unitId:long}", async (long unitId, StrugglingService service, CancellationToken ct) => (await service.FindAsync(unitId, ct)).ToHttpResult());
        group.MapPut("/{unitId:long}", async (long unitId, StrugglingInput input, StrugglingService service, CancellationToken ct) => (await service.MarkAsync(unitId, input, ct)).ToHttpResult())
            .WithSummary("The sumu/town above (or the office) marks a gacha or community struggling (kind Difficult or Lax, reason, markedOn) or no longer (struggling false); send the version read (a stale one is 409).");
    }
}
