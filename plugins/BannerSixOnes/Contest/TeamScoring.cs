using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Contest;

/// <param name="Round">The round's name: 必答题, 抢答题, 风险题 … (any text the office uses).</param>
/// <param name="Points">The team's points in that round; may be negative (风险题 deducts).</param>
public sealed record TeamScoreInput(long? OrganizationId, string? Round, decimal? Points);

/// <summary>A team's points in a round, as recorded.</summary>
public sealed record TeamScoreView(long Id, long OrganizationId, string Round, decimal Points);

/// <summary>团体赛: the office records each organization's score per round; recording a round again replaces it.</summary>
public sealed class TeamScoring(SixOnesDbContext db, SixOnesCampaign campaign, IOrganizationDirectory directory, ContestSetup contests)
{
    public const int MaxRoundLength = 20;
    public const decimal MaxPoints = 10_000m;

    /// <summary>Records (or replaces) an organization's points in a round: the office.</summary>
    public async Task<Result<TeamScoreView>> RecordAsync(long contestId, TeamScoreInput input, CancellationToken ct)
    {
        if (!contests.MayEdit) return ContestSetup.OfficeOnly;
        if (await db.Contests.FirstOrDefaultAsync(c => c.Id == contestId, ct) is null) return ContestSetup.NoSuchContest;
        if (input.OrganizationId is not { } orgId || await directory.FindAsync(orgId, ct) is null)
            return Refuse.Field("organizationId", Text.Of("请选择本旗的党组织", "Choose an organization of the banner."));
        var round = (input.Round ?? "").Trim();
        if (round.Length is 0 or > MaxRoundLength) return Refuse.Field("round", Text.Of($"请填写轮次名称（如 必答题、抢答题、风险题），不超过{MaxRoundLength}字", $"Name the round (e.g. 必答题, 抢答题, 风险题), at most {MaxRoundLength} characters."));
        if (input.Points is not { } points || Math.Abs(points) > MaxPoints || decimal.Round(points, 2) != points)
            return Refuse.Field("points", Text.Of($"得分须为 ±{MaxPoints:0} 以内、最多两位小数的数", $"Points are within ±{MaxPoints:0}, with at most two decimals."));

        var score = await db.TeamScores.AsTracking().FirstOrDefaultAsync(t => t.ContestId == contestId && t.OrganizationId == orgId && t.Round == round, ct);
        if (score is null) db.TeamScores.Add(score = new TeamScore { ContestId = contestId, OrganizationId = orgId, Round = round });
        score.Points = points;
        score.RecordedAt = campaign.Now;
        return await db.TrySaveAsync(ct) ? Result.Ok(new TeamScoreView(score.Id, score.OrganizationId, score.Round, score.Points)) : Refuse.Conflict();
    }

    /// <summary>Takes a recorded round back: the office.</summary>
    public async Task<Result<bool>> DeleteAsync(long contestId, long id, CancellationToken ct)
    {
        if (!contests.MayEdit) return ContestSetup.OfficeOnly;
        if (await db.Contests.FirstOrDefaultAsync(c => c.Id == contestId, ct) is null) return ContestSetup.NoSuchContest;
        return await db.TeamScores.Where(t => t.ContestId == contestId && t.Id == id).ExecuteDeleteAsync(ct) > 0
            ? Result.Ok(true) : Refuse.NotFound(Text.Of("没有这条团体赛成绩。", "No such team score."));
    }
}
