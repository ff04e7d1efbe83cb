namespace Modular.Plugins.CountyFiveActivities.Benchmark;

/// <summary>
/// 实施晋档升级: the level above scores each organization on the five goods per grading round; the
/// grade follows (<see cref="Grading"/>). A ranking per sector, each organization's grade history
/// (who moved up) and the share of five-goods organizations per sector per round.
/// </summary>
public static class ScoresFeature
{
    public sealed record ScoreInput(DateOnly? AssessedOn, decimal? Leadership, decimal? Membership, decimal? Mechanisms, decimal? Results, decimal? Opinion, int? Version);

    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<ScoresQuery>("scores", new("“五个好”评分定档台账", "Five-goods scores and grades"), async (s, q, ct) => Result.Ok(Ledger(await s.RankingAsync(q.Text("round"), ct))),
            new LedgerParameter("round", new("轮次", "Round")));
        plugin.Services.AddScoped<ScoresQuery>();
        plugin.Services.AddScoped<FiveGoodsScoring>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/scores/{organizationId:long}/{round}", async (long organizationId, string round, ScoreInput input, FiveGoodsScoring scoring, CancellationToken ct) =>
            (await scoring.ScoreAsync(organizationId, round, input, ct)).ToHttpResult());

        api.MapGet("/scores/ranking", async (string? round, ScoresQuery query, CancellationToken ct) => Results.Ok(await query.RankingAsync(round, ct)));
        api.MapGet("/scores/history", async (ScoresQuery query, CancellationToken ct) => Results.Ok(await query.HistoryAsync(ct)));
        api.MapGet("/scores/five-goods-share", async (ScoresQuery query, CancellationToken ct) => Results.Ok(await query.FiveGoodsShareAsync(ct)));
    }

    /// <summary>“五个好”评分定档台账 of a round: per sector, best first.</summary>
    public static LedgerDefinition Ledger(Ranking ranking) => new($"“五个好”评分定档台账 {ranking.Round}",
        [new("领域"), new("名次", LedgerColumnType.Integer), new("党组织", Width: 24), new("领导班子好", LedgerColumnType.Decimal), new("党员队伍好", LedgerColumnType.Decimal),
         new("工作机制好", LedgerColumnType.Decimal), new("工作业绩好", LedgerColumnType.Decimal), new("群众反映好", LedgerColumnType.Decimal), new("总分", LedgerColumnType.Decimal),
         new("档次"), new("五个好", LedgerColumnType.Boolean), new("上轮档次"), new("晋档")],
        [.. ranking.Sectors.SelectMany(s => s.Rows.Select(r => (IReadOnlyList<object?>)[s.SectorName, r.Rank, r.Name, r.Leadership, r.Membership, r.Mechanisms, r.Results, r.Opinion,
            r.Total, Grading.Name(r.Grade), r.FiveGoods, r.PreviousGrade is { } p ? Grading.Name(p) : null, r.Movement > 0 ? "升档" : r.Movement < 0 ? "降档" : ""]))]);
}
