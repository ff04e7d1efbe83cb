using Modular.Sdk;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Plugins.CountyFiveActivities.Standards;

namespace Modular.Plugins.CountyFiveActivities.Benchmark;

/// <summary>The level above scores an organization on the five goods for a round; the grade follows from the settings. For the API and the ranking page's form.</summary>
public sealed class FiveGoodsScoring(CountyDbContext db, CountyAccess access, CountyTree tree, CountyCampaign campaign)
{
    public async Task<Result<FiveGoodsScore>> ScoreAsync(long organizationId, string? round, ScoresFeature.ScoreInput input, CancellationToken ct)
    {
        if (await tree.FindAsync(organizationId, ct) is not { } org || !CountyTree.IsPartyOrganization(org)) return Refuse.NotFound("未找到该" + "党组织" + "。");
        if (!await access.IsLevelAboveAsync(organizationId, ct)) return Refuse.Forbidden("“五个好”评分由上一级党组织进行。");
        round = round?.Trim() ?? "";
        if (round.Length is 0 or > 20) return Refuse.Field("round", "请填写评定轮次（不超过20字），如“2011年下半年”。");
        var rules = await campaign.RulesAsync(ct);
        decimal?[] given = [input.Leadership, input.Membership, input.Mechanisms, input.Results, input.Opinion];
        string[] fields = ["leadership", "membership", "mechanisms", "results", "opinion"];
        for (var i = 0; i < 5; i++)
            if (given[i] is not ({ } s and >= 0) || s > rules.MaxPerGood)
                return Refuse.Field(fields[i], $"“{FiveGoodsAndFiveModels.FiveGoods[i].Name}”得分须在 0 至 {rules.MaxPerGood:0.##} 之间。");
        var scores = given.Select(s => s!.Value).ToArray();
        var row = await db.FiveGoodsScores.AsTracking().SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Round == round, ct);
        if (row is null)
        {
            if (input.Version is not null) return Refuse.Conflict();
            db.FiveGoodsScores.Add(row = new FiveGoodsScore { OrganizationId = organizationId, Round = round, Version = 1 });
        }
        else
        {
            if (input.Version != row.Version) return Refuse.Conflict();
            row.Version++;
        }
        (row.Leadership, row.Membership, row.Mechanisms, row.Results, row.Opinion) = (scores[0], scores[1], scores[2], scores[3], scores[4]);
        row.Total = scores.Sum();
        row.Grade = Grading.GradeOf(row.Total, rules);
        row.FiveGoods = Grading.IsFiveGoods(scores, rules);
        row.AssessedOn = input.AssessedOn ?? campaign.Today;
        row.ScoredBy = access.User.DisplayName;
        row.ScoredAt = campaign.Now;
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Ok(row) : Refuse.Conflict();
    }

    /// <summary>The organizations the user scores: those whose level above they are.</summary>
    public async Task<IReadOnlyList<Modular.Sdk.Core.OrganizationInfo>> ScorableAsync(CancellationToken ct)
    {
        var result = new List<Modular.Sdk.Core.OrganizationInfo>();
        foreach (var o in (await tree.AllAsync(ct)).Where(CountyTree.IsPartyOrganization))
            if (await access.IsLevelAboveAsync(o.Id, ct)) result.Add(o);
        return result;
    }
}
