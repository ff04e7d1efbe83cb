using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Standards;

namespace Modular.Plugins.CountyFiveActivities.Grading;

/// <summary>The level above's scores of the five goods (in the document's order) for a round; <paramref name="Version"/> the version read, when rescoring.</summary>
public sealed record ScoreInput(DateOnly? AssessedOn, decimal? Leadership, decimal? Membership, decimal? Mechanisms, decimal? Results, decimal? Opinion, int? Version);

/// <summary>The level above scores an organization on the five goods for a round; the grade follows from the settings. For the API, the grading page's form and the demo.</summary>
public sealed class FiveGoodsScoring(CountyDbContext db, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    public async Task<Result<FiveGoodsScore>> ScoreAsync(long organizationId, string? round, ScoreInput input, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is not { } org || !OrganizationTree.IsPartyOrganization(org)) return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.IsLevelAboveAsync(tree, organizationId, ct))
            return Refuse.Forbidden(Text.Of("“五个好”评分由上一级党组织进行。", "The organization one level up scores the five goods."));
        if (GradingRule.RoundOf(round) is not { } named)
            return Refuse.Field("round", Text.Of("请填写评定轮次（不超过20字），如“2011年下半年”。", "Give the round (at most 20 characters), e.g. “2011年下半年”."));
        var rules = await campaign.RulesAsync(ct);
        decimal?[] given = [input.Leadership, input.Membership, input.Mechanisms, input.Results, input.Opinion];
        string[] fields = ["leadership", "membership", "mechanisms", "results", "opinion"];
        for (var i = 0; i < 5; i++)
            if (given[i] is not { } s || !GradingRule.ValidScore(s, rules))
                return Refuse.Field(fields[i], Text.Of($"“{FiveGoodsAndFiveModels.FiveGoods[i].Name}”得分须在 0 至 {rules.MaxPerGood:0.##} 之间。",
                    $"The score of “{FiveGoodsAndFiveModels.FiveGoods[i].Name}” is between 0 and {rules.MaxPerGood:0.##}."));
        var scores = given.Select(s => s!.Value).ToArray();
        var row = await db.FiveGoodsScores.AsTracking().SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Round == named, ct);
        row = db.FiveGoodsScores.Edit(row, input.Version, () => new FiveGoodsScore { OrganizationId = organizationId, Round = named });
        if (row is null) return Refuse.Conflict();
        (row.Leadership, row.Membership, row.Mechanisms, row.Results, row.Opinion) = (scores[0], scores[1], scores[2], scores[3], scores[4]);
        row.Total = scores.Sum();
        row.Grade = GradingRule.GradeOf(scores, rules);
        row.FiveGoods = row.Grade == Grade.Advanced; // one rule: 先进 ⇔ 五个好
        row.AssessedOn = input.AssessedOn ?? campaign.Today;
        row.ScoredBy = user.DisplayName;
        row.ScoredAt = campaign.Now;
        return await db.TrySaveAsync(ct) ? Result.Ok(row) : Refuse.Conflict();
    }

    /// <summary>The organizations the user scores: those whose level above they are.</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> ScorableAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var result = new List<OrganizationInfo>();
        foreach (var o in tree.All.Where(OrganizationTree.IsPartyOrganization))
            if (await user.IsLevelAboveAsync(tree, o.Id, ct)) result.Add(o);
        return result;
    }
}
