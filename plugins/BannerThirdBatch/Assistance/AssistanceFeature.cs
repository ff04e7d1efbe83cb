using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Assistance;

/// <summary>二(三) 帮扶: help to struggling gacha (venue, funds, materials) and members; totals; the ledger 帮扶台账 and the page <c>/Assistance</c>.</summary>
public static class AssistanceFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<AssistanceService>();
        plugin.AddLedger<AssistanceService>("assistance", new("帮扶台账", "Assistance"),
            async (service, query, ct) => Result.Ok(Ledger(await service.OverviewAsync(null, null, ct))));
        plugin.AddMenuEntry(new MenuEntry(new("帮扶困难嘎查和党员", "Assistance"), "/Assistance/Index", 5) { Group = BannerThirdBatchStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new AssistanceRecordConfiguration());

    public static LedgerDefinition Ledger(AssistanceOverview overview) => new("帮扶台账",
        [new("帮扶日期", LedgerColumnType.Date), new("苏木镇", Width: 20), new("帮扶对象", Width: 24), new("困难党员"), new("类别"), new("金额（元）", LedgerColumnType.Decimal),
         new("数量或内容", Width: 40), new("登记人")],
        [.. overview.Records.OrderBy(r => r.GivenOn).ThenBy(r => r.Id).Select(r => (IReadOnlyList<object?>)[r.GivenOn, r.Town, r.Unit, r.Person,
            AssistanceRule.KindName(r.Kind).ZhCn, r.Amount, r.Detail, r.RecordedBy])]);

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/assistance</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/assistance").WithTags("banner-third-batch: assistance");
        group.MapGet("", async (long? townId, AssistanceKind? kind, AssistanceService service, CancellationToken ct) => Results.Ok(await service.OverviewAsync(townId, kind, ct)))
            .WithSummary("The help to the units the caller sees, with totals per sumu/town and per kind (records and yuan).");
        group.MapGet("/{id:long}", async (long id, AssistanceService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        group.MapPost("", async (AssistanceInput input, AssistanceService service, CancellationToken ct) => (await service.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("Records help: to a gacha (Venue, Funds with the amount in yuan, Materials, Other with a quantity or description) or to a member (Member: the person, what was done); the sumu/town above or the office.");
        group.MapPut("/{id:long}", async (long id, AssistanceInput input, AssistanceService service, CancellationToken ct) => (await service.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Corrects a record; send the version read (a stale one is 409).");
    }
}
