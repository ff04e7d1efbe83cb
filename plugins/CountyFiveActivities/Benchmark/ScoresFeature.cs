using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.Plugins.CountyFiveActivities.Benchmark;

/// <summary>
/// 实施晋档升级: the level above scores each organization on the five goods per grading round; the
/// grade follows (<see cref="Grading"/>). A ranking per sector, each organization's grade history
/// (who moved up) and the share of five-goods organizations per sector per round.
/// </summary>
public static class ScoresFeature
{
    public sealed record ScoreInput(DateOnly? AssessedOn, decimal? Leadership, decimal? Membership, decimal? Mechanisms, decimal? Results, decimal? Opinion, int? Version);

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<ScoresQuery>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/scores/{organizationId:long}/{round}", async (long organizationId, string round, ScoreInput input, CountyDbContext db, CountyAccess access, CountyTree tree, CountyCampaign campaign, CancellationToken ct) =>
        {
            if (await tree.FindAsync(organizationId, ct) is not { } org || !CountyTree.IsPartyOrganization(org)) return CountyApi.NotFound("党组织");
            if (!await access.IsLevelAboveAsync(organizationId, ct)) return CountyApi.Forbidden("“五个好”评分由上一级党组织进行。");
            round = round.Trim();
            if (round.Length is 0 or > 20) return CountyApi.Refused("round", "请填写评定轮次（不超过20字），如“2011年下半年”。");
            var rules = await campaign.RulesAsync(ct);
            decimal?[] given = [input.Leadership, input.Membership, input.Mechanisms, input.Results, input.Opinion];
            string[] fields = ["leadership", "membership", "mechanisms", "results", "opinion"];
            for (var i = 0; i < 5; i++)
                if (given[i] is not ({ } s and >= 0) || s > rules.MaxPerGood)
                    return CountyApi.Refused(fields[i], $"“{Standards.FiveGoodsAndFiveModels.FiveGoods[i].Name}”得分须在 0 至 {rules.MaxPerGood:0.##} 之间。");
            var scores = given.Select(s => s!.Value).ToArray();
            var row = await db.FiveGoodsScores.AsTracking().SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Round == round, ct);
            if (row is null)
            {
                if (input.Version is not null) return CountyApi.Conflict();
                db.FiveGoodsScores.Add(row = new FiveGoodsScore { OrganizationId = organizationId, Round = round, Version = 1 });
            }
            else
            {
                if (input.Version != row.Version) return CountyApi.Conflict();
                row.Version++;
            }
            (row.Leadership, row.Membership, row.Mechanisms, row.Results, row.Opinion) = (scores[0], scores[1], scores[2], scores[3], scores[4]);
            row.Total = scores.Sum();
            row.Grade = Grading.GradeOf(row.Total, rules);
            row.FiveGoods = Grading.IsFiveGoods(scores, rules);
            row.AssessedOn = input.AssessedOn ?? campaign.Today;
            row.ScoredBy = access.User.DisplayName;
            row.ScoredAt = campaign.Now;
            return await CountyApi.SaveAsync(db, ct) ?? Results.Ok(row);
        });

        api.MapGet("/scores/ranking", async (string? round, ScoresQuery query, CancellationToken ct) => Results.Ok(await query.RankingAsync(round, ct)));
        api.MapGet("/scores/history", async (ScoresQuery query, CancellationToken ct) => Results.Ok(await query.HistoryAsync(ct)));
        api.MapGet("/scores/five-goods-share", async (ScoresQuery query, CancellationToken ct) => Results.Ok(await query.FiveGoodsShareAsync(ct)));

        api.MapGet("/scores/ledger", async (string? round, string? format, ScoresQuery query, CancellationToken ct) =>
        {
            var ranking = await query.RankingAsync(round, ct);
            return Results.Extensions.Ledger(new LedgerDefinition($"“五个好”评分定档台账 {ranking.Round}",
                [new("领域"), new("名次", LedgerColumnType.Integer), new("党组织", Width: 24), new("领导班子好", LedgerColumnType.Decimal), new("党员队伍好", LedgerColumnType.Decimal),
                 new("工作机制好", LedgerColumnType.Decimal), new("工作业绩好", LedgerColumnType.Decimal), new("群众反映好", LedgerColumnType.Decimal), new("总分", LedgerColumnType.Decimal),
                 new("档次"), new("五个好", LedgerColumnType.Boolean), new("上轮档次"), new("晋档")],
                [.. ranking.Sectors.SelectMany(s => s.Rows.Select(r => (IReadOnlyList<object?>)[s.SectorName, r.Rank, r.Name, r.Leadership, r.Membership, r.Mechanisms, r.Results, r.Opinion,
                    r.Total, Grading.Name(r.Grade), r.FiveGoods, r.PreviousGrade is { } p ? Grading.Name(p) : null, r.Movement > 0 ? "升档" : r.Movement < 0 ? "降档" : ""]))]), CountyApi.Format(format));
        });
    }
}
