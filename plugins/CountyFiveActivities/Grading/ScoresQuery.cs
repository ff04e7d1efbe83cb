using Modular.Plugins.CountyFiveActivities.Standards;

namespace Modular.Plugins.CountyFiveActivities.Grading;

public sealed record RankedRow(int Rank, long OrganizationId, string Name, decimal Leadership, decimal Membership, decimal Mechanisms, decimal Results, decimal Opinion,
    decimal Total, Grade Grade, bool FiveGoods, Grade? PreviousGrade, int Movement);

public sealed record SectorRanking(Sector? Sector, string SectorName, IReadOnlyList<RankedRow> Rows);

public sealed record Ranking(string? Round, IReadOnlyList<string> Rounds, IReadOnlyList<SectorRanking> Sectors);

public sealed record GradeStep(string Round, DateOnly AssessedOn, decimal Total, Grade Grade, bool FiveGoods);

public sealed record GradeHistory(long OrganizationId, string Name, string SectorName, IReadOnlyList<GradeStep> Steps, bool MovedUp);

/// <summary>
/// A sector's round: <paramref name="Organizations"/> every party organization of the sector the caller sees (the share's
/// denominator: one not scored counts as not yet five-goods), how many were scored, five-goods and the share; the rise
/// over the previous round (null in the first) and whether it rose.
/// </summary>
public sealed record ShareCell(string Round, int Organizations, int Scored, int FiveGoods, decimal Share, int Advanced, int Middle, int Lagging, decimal? Rise, bool? Rose);

public sealed record SectorShare(Sector? Sector, string SectorName, IReadOnlyList<ShareCell> Rounds);

/// <summary>Reads the scores for the API, the grading page and the dashboard. Rounds are ordered by their earliest assessment day.</summary>
public sealed class ScoresQuery(CountyDbContext db, IOrganizationDirectory directory, ICurrentUser user)
{
    private async Task<(List<FiveGoodsScore> Scores, List<string> Rounds)> LoadAsync(CancellationToken ct)
    {
        var visible = await user.VisibleOrganizationsAsync(directory, ct);
        var scores = (await db.FiveGoodsScores.ToListAsync(ct)).Where(s => visible.Contains(s.OrganizationId)).ToList();
        return (scores, RoundsInOrder(scores.Select(s => (s.Round, s.AssessedOn))));
    }

    private static List<string> RoundsInOrder(IEnumerable<(string Round, DateOnly AssessedOn)> scores) =>
        [.. scores.GroupBy(s => s.Round).OrderBy(g => g.Min(s => s.AssessedOn)).ThenBy(g => g.Key).Select(g => g.Key)];

    // What a share counts of a score: read alone, not the whole row with its five marks (a county's rounds are thousands).
    private sealed record ShareScore(long OrganizationId, string Round, DateOnly AssessedOn, bool FiveGoods, Grade Grade);

    /// <summary>The ranking of one round (the latest when none is named) within each sector, best first, with the previous round's grade.</summary>
    public async Task<Ranking> RankingAsync(string? round, CancellationToken ct)
    {
        var (scores, rounds) = await LoadAsync(ct);
        var tree = await directory.TreeAsync(ct);
        round = string.IsNullOrWhiteSpace(round) ? rounds.LastOrDefault() : round.Trim();
        var index = round is null ? -1 : rounds.IndexOf(round);
        var previous = index > 0 ? scores.Where(s => s.Round == rounds[index - 1]).ToDictionary(s => s.OrganizationId, s => s.Grade) : [];
        var sectors = new List<SectorRanking>();
        var inRound = new List<(Sector? Sector, FiveGoodsScore Score, string Name)>();
        foreach (var s in scores.Where(s => s.Round == round))
            inRound.Add((tree.SectorOf(s.OrganizationId), s, tree.Find(s.OrganizationId)?.Name ?? ""));
        foreach (var group in inRound.GroupBy(x => x.Sector).OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key))
        {
            var ordered = group.OrderByDescending(x => x.Score.Total).ThenBy(x => x.Name).ToList();
            var rows = new List<RankedRow>();
            for (var i = 0; i < ordered.Count; i++)
            {
                var (_, s, name) = ordered[i];
                // Equal totals share a rank (1, 2, 2, 4).
                var rank = i > 0 && ordered[i - 1].Score.Total == s.Total ? rows[i - 1].Rank : i + 1;
                Grade? before = previous.TryGetValue(s.OrganizationId, out var g) ? g : null;
                rows.Add(new(rank, s.OrganizationId, name, s.Leadership, s.Membership, s.Mechanisms, s.Results, s.Opinion, s.Total, s.Grade, s.FiveGoods, before, GradingRule.Movement(before, s.Grade)));
            }
            sectors.Add(new(group.Key, SectorGuidance.SectorName(group.Key), rows));
        }
        return new(round, rounds, sectors);
    }

    /// <summary>Each scored organization's grades round by round; moved up when its latest grade is above its first.</summary>
    public async Task<IReadOnlyList<GradeHistory>> HistoryAsync(CancellationToken ct)
    {
        var (scores, rounds) = await LoadAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var order = rounds.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        var result = new List<GradeHistory>();
        foreach (var group in scores.GroupBy(s => s.OrganizationId))
        {
            var steps = group.OrderBy(s => order[s.Round]).Select(s => new GradeStep(s.Round, s.AssessedOn, s.Total, s.Grade, s.FiveGoods)).ToList();
            result.Add(new(group.Key, tree.Find(group.Key)?.Name ?? "", SectorGuidance.SectorName(tree.SectorOf(group.Key)),
                steps, steps.Count > 1 && steps[^1].Grade > steps[0].Grade));
        }
        return [.. result.OrderBy(h => h.SectorName).ThenBy(h => h.Name)];
    }

    /// <summary>
    /// Per sector and round: of every party organization of the sector (scored or not), how many are five-goods organizations
    /// (and the share), the grade counts, and the rise over the previous round (二(三)3: 比例都有较大幅度提高).
    /// </summary>
    public async Task<IReadOnlyList<SectorShare>> FiveGoodsShareAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var scores = (await db.FiveGoodsScores.Select(s => new ShareScore(s.OrganizationId, s.Round, s.AssessedOn, s.FiveGoods, s.Grade)).ToListAsync(ct))
            .Where(s => visible.Contains(s.OrganizationId)).ToList();
        var rounds = RoundsInOrder(scores.Select(s => (s.Round, s.AssessedOn)));
        var organizations = tree.All.Where(o => visible.Contains(o.Id) && OrganizationTree.IsPartyOrganization(o)).ToLookup(o => tree.SectorOf(o.Id));
        var withSector = scores.Select(s => (Sector: tree.SectorOf(s.OrganizationId), Score: s)).ToList();
        var sectors = organizations.Select(g => g.Key).Union(withSector.Select(x => x.Sector));
        return [.. sectors.OrderBy(k => k is null ? int.MaxValue : (int)k).Select(sector =>
        {
            var of = organizations[sector].Count();
            var cells = new List<ShareCell>();
            foreach (var r in rounds)
            {
                var cell = withSector.Where(x => x.Sector == sector && x.Score.Round == r).Select(x => x.Score).ToList();
                var five = cell.Count(s => s.FiveGoods);
                var denominator = Math.Max(of, cell.Count);
                var share = SharesRule.Share(five, denominator);
                var rise = cells.Count == 0 ? (decimal?)null : share - cells[^1].Share;
                cells.Add(new ShareCell(r, denominator, cell.Count, five, share,
                    cell.Count(s => s.Grade == Grade.Advanced), cell.Count(s => s.Grade == Grade.Middle), cell.Count(s => s.Grade == Grade.Lagging), rise, rise is { } d ? d > 0 : null));
            }
            return new SectorShare(sector, SectorGuidance.SectorName(sector), cells);
        })];
    }
}
