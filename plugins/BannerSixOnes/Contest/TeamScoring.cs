using Modular.Sdk;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Contest;

/// <param name="Round">The round's name: 必答题, 抢答题, 风险题 … (any text the office uses).</param>
/// <param name="Points">The team's points in that round; may be negative (风险题 deducts).</param>
public sealed record TeamScoreInput(long? OrganizationId, string? Round, decimal? Points);

/// <summary>团体赛: the office records each organization's score per round; recording a round again replaces it.</summary>
public sealed class TeamScoring(ContestDbContext db, SixOnesCampaign campaign, IOrganizationDirectory directory)
{
    public const int MaxRoundLength = 20;
    public const decimal MaxPoints = 10_000m;

    public async Task<Result<TeamScore>> RecordAsync(KnowledgeContest contest, TeamScoreInput input, CancellationToken ct)
    {
        if (input.OrganizationId is not { } orgId || await directory.FindAsync(orgId, ct) is null)
            return Result<TeamScore>.Refused("organizationId", "请选择本旗的党组织 (choose an organization of the banner)");
        var round = (input.Round ?? "").Trim();
        if (round.Length is 0 or > MaxRoundLength) return Result<TeamScore>.Refused("round", $"请填写轮次名称（如 必答题、抢答题、风险题），不超过{MaxRoundLength}字");
        if (input.Points is not { } points || Math.Abs(points) > MaxPoints || decimal.Round(points, 2) != points)
            return Result<TeamScore>.Refused("points", $"得分须为 ±{MaxPoints:0} 以内、最多两位小数的数");

        var score = await db.TeamScores.AsTracking().FirstOrDefaultAsync(t => t.ContestId == contest.Id && t.OrganizationId == orgId && t.Round == round, ct);
        if (score is null) db.TeamScores.Add(score = new TeamScore { ContestId = contest.Id, OrganizationId = orgId, Round = round });
        score.Points = points;
        score.RecordedAt = campaign.Now;
        await db.SaveChangesAsync(ct);
        return Result<TeamScore>.Ok(score);
    }

    public async Task<bool> DeleteAsync(KnowledgeContest contest, long id, CancellationToken ct) =>
        await db.TeamScores.Where(t => t.ContestId == contest.Id && t.Id == id).ExecuteDeleteAsync(ct) > 0;
}
