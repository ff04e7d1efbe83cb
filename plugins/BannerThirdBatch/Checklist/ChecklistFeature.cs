using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Checklist;

/// <summary>三(一) “四到位、四落实”: each unit's eight items, reported and verified; the ledger 四到位四落实台账 and the page <c>/Checklist</c>.</summary>
public static class ChecklistFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<ChecklistService>();
        plugin.Services.AddUnitFigures<ChecklistFigures>();
        plugin.AddLedger<ChecklistService>("checklist", new("四到位、四落实台账", "Four-in-place checklist"),
            async (service, query, ct) => Result.Ok(Ledger(await service.OverviewAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("四到位、四落实", "Four in place, four settled"), "/Checklist/Index", 24) { Group = BannerThirdBatchStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new ChecklistConfiguration());

    public static LedgerDefinition Ledger(IReadOnlyList<ChecklistRow> rows) => new("四到位、四落实台账",
        [new("参学单位", Width: 24), new("类别"), new("所属苏木镇", Width: 20), new("已自报（项）", LedgerColumnType.Integer), new("已核实（项）", LedgerColumnType.Integer),
         new("共（项）", LedgerColumnType.Integer), new("差距整改中（项）", LedgerColumnType.Integer)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Unit, r.KindName, r.Town, r.Reported, r.Verified, r.Total, r.OpenGaps])]);

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/checklist</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/checklist").WithTags("banner-third-batch: four in place");
        group.MapGet("", async (ChecklistService service, CancellationToken ct) => Results.Ok(await service.OverviewAsync(ct)))
            .WithSummary("Every unit the caller reads: items reported and verified of eight, open gaps.");
        group.MapGet("/{unitId:long}", async (long unitId, ChecklistService service, CancellationToken ct) => (await service.GetAsync(unitId, ct)).ToHttpResult());
        group.MapPut("/{unitId:long}/{item}/report", async (long unitId, ChecklistKey item, ReportInput input, ChecklistService service, CancellationToken ct) =>
                (await service.ReportAsync(unitId, item, input, ct)).ToHttpResult())
            .WithSummary("The unit reports an item (in place + a note); send the version read (a stale one is 409).");
        group.MapPut("/{unitId:long}/{item}/verify", async (long unitId, ChecklistKey item, VerifyInput input, ChecklistService service, CancellationToken ct) =>
                (await service.VerifyAsync(unitId, item, input, ct)).ToHttpResult())
            .WithSummary("Its guidance group, the level above or the office verifies: Confirmed, or Gap (the note is the problem; a follow-up is opened).");
    }
}
