using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Grading;

/// <summary>
/// 实施晋档升级 (实施方案 二(三)3, 第三步 对标定位，晋档升级): the level above scores each organization on the five goods per
/// grading round; the grade follows (<see cref="GradingRule"/>). A ranking per sector, each organization's grade history
/// (who moved up) and the share of five-goods organizations per sector per round. Its services, table, ledger and API.
/// </summary>
public static class GradingFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<ScoresQuery>("scores", new("“五个好”评分定档台账", "Five-goods scores and grades"), async (s, q, ct) => Result.Ok(Ledger(await s.RankingAsync(q.Text("round"), ct))),
            new LedgerParameter("round", new("轮次", "Round")));
        plugin.Services.AddScoped<ScoresQuery>();
        plugin.Services.AddScoped<FiveGoodsScoring>();
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b) => b.Entity<FiveGoodsScore>(e =>
    {
        e.Numbered("five_goods_scores");
        e.HasIndex(x => new { x.JurisdictionId, x.OrganizationId, x.Round }).IsUnique();
        e.Property(x => x.Grade).HasConversion<string>();
        e.Property(x => x.Version).IsConcurrencyToken();
    });

    /// <summary>“五个好”评分定档台账 of a round: per sector, best first.</summary>
    public static LedgerDefinition Ledger(Ranking ranking) => new($"“五个好”评分定档台账 {ranking.Round}",
        [new("领域"), new("名次", LedgerColumnType.Integer), new("党组织", Width: 24), new("领导班子好", LedgerColumnType.Decimal), new("党员队伍好", LedgerColumnType.Decimal),
         new("工作机制好", LedgerColumnType.Decimal), new("工作业绩好", LedgerColumnType.Decimal), new("群众反映好", LedgerColumnType.Decimal), new("总分", LedgerColumnType.Decimal),
         new("档次"), new("五个好", LedgerColumnType.Boolean), new("上轮档次"), new("晋档")],
        [.. ranking.Sectors.SelectMany(s => s.Rows.Select(r => (IReadOnlyList<object?>)[s.SectorName, r.Rank, r.Name, r.Leadership, r.Membership, r.Mechanisms, r.Results, r.Opinion,
            r.Total, GradingRule.Name(r.Grade), r.FiveGoods, r.PreviousGrade is { } p ? GradingRule.Name(p) : null, r.Movement > 0 ? "升档" : r.Movement < 0 ? "降档" : ""]))]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/scores/{organizationId:long}/{round}", async (long organizationId, string round, ScoreInput input, FiveGoodsScoring scoring, CancellationToken ct) =>
            (await scoring.ScoreAsync(organizationId, round, input, ct)).ToHttpResult());

        api.MapGet("/scores/ranking", async (string? round, ScoresQuery query, CancellationToken ct) => Results.Ok(await query.RankingAsync(round, ct)));
        api.MapGet("/scores/history", async (ScoresQuery query, CancellationToken ct) => Results.Ok(await query.HistoryAsync(ct)));
        api.MapGet("/scores/five-goods-share", async (ScoresQuery query, CancellationToken ct) => Results.Ok(await query.FiveGoodsShareAsync(ct)));
    }
}
