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
        plugin.Services.AddScoped<FiveModelsAssessing>();
        plugin.Services.AddScoped<SharesQuery>();
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b)
    {
        b.Entity<FiveGoodsScore>(e =>
        {
            e.Numbered("five_goods_scores");
            e.HasIndex(x => new { x.JurisdictionId, x.OrganizationId, x.Round }).IsUnique();
            e.Property(x => x.Grade).HasConversion<string>();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<FiveModelsAssessment>(e =>
        {
            e.Numbered("five_models_assessments");
            e.HasIndex(x => new { x.JurisdictionId, x.PersonId, x.Round }).IsUnique();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    }

    /// <summary>“五个好”评分定档台账 of a round: per sector, best first.</summary>
    public static LedgerDefinition Ledger(Ranking ranking) => new(Text.Of($"“五个好”评分定档台账 {ranking.Round}", $"Five-goods scores and grades {ranking.Round}"),
        [new(Text.Of("领域", "Sector")), new(Text.Of("名次", "Rank"), LedgerColumnType.Integer), new(Text.Of("党组织", "Organization"), Width: 24), new(Text.Of("领导班子好", "Good leadership"), LedgerColumnType.Decimal), new(Text.Of("党员队伍好", "Good membership"), LedgerColumnType.Decimal),
         new(Text.Of("工作机制好", "Good working mechanisms"), LedgerColumnType.Decimal), new(Text.Of("工作业绩好", "Good results"), LedgerColumnType.Decimal), new(Text.Of("群众反映好", "Good public opinion"), LedgerColumnType.Decimal), new(Text.Of("总分", "Total"), LedgerColumnType.Decimal),
         new(Text.Of("档次", "Grade")), new(Text.Of("五个好", "Five goods"), LedgerColumnType.Boolean), new(Text.Of("上轮档次", "Previous grade")), new(Text.Of("晋档", "Movement"))],
        [.. ranking.Sectors.SelectMany(s => s.Rows.Select(r => (IReadOnlyList<object?>)[s.SectorName, r.Rank, r.Name, r.Leadership, r.Membership, r.Mechanisms, r.Results, r.Opinion,
            r.Total, GradingRule.Name(r.Grade), r.FiveGoods, r.PreviousGrade is { } p ? GradingRule.Name(p) : null, r.Movement > 0 ? Text.Of("升档", "Up") : r.Movement < 0 ? Text.Of("降档", "Down") : ""]))]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/scores/{organizationId:long}/{round}", async (long organizationId, string round, ScoreInput input, FiveGoodsScoring scoring, CancellationToken ct) =>
            (await scoring.ScoreAsync(organizationId, round, input, ct)).ToHttpResult());

        api.MapGet("/scores/ranking", async (string? round, ScoresQuery query, CancellationToken ct) => Results.Ok(await query.RankingAsync(round, ct)));
        api.MapGet("/scores/history", async (ScoresQuery query, CancellationToken ct) => Results.Ok(await query.HistoryAsync(ct)));
        api.MapGet("/scores/five-goods-share", async (ScoresQuery query, CancellationToken ct) => Results.Ok(await query.FiveGoodsShareAsync(ct)));

        // 争当“五个模范”: the member's organization assesses them per round; the shares of the three kinds per sector and their rises.
        api.MapPut("/five-models/{personId:long}/{round}", async (long personId, string round, FiveModelsInput input, FiveModelsAssessing assessing, CancellationToken ct) =>
            (await assessing.AssessAsync(personId, round, input, ct)).ToHttpResult());
        api.MapGet("/five-models", async (string? round, FiveModelsAssessing assessing, CancellationToken ct) =>
        {
            var (named, rounds, rows) = await assessing.RoundAsync(round, mine: false, ct);
            return Results.Ok(new { round = named, rounds, rows });
        });
        api.MapGet("/shares", async (SharesQuery query, CancellationToken ct) => Results.Ok(await query.ProgressAsync(ct)))
            .WithSummary("Per sector and round: the shares of five-goods organizations, recognized demonstration units and five-models members, each of everyone in the sector, and their rises; a sector whose share did not rise is flagged.");
    }
}
