using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Contest;

public sealed record IndividualRank(int Rank, long PersonId, string Name, long OrganizationId, string Organization, int Score, int SecondsUsed, bool TimedOut);

public sealed record OrganizationRank(int Rank, long OrganizationId, string Organization, int Members, int Participants, double ParticipationPercent, double AverageScore);

public sealed record TeamRank(int Rank, long OrganizationId, string Organization, IReadOnlyDictionary<string, decimal> Rounds, decimal Total);

public sealed record ContestRankings(IReadOnlyList<IndividualRank> Individuals, IReadOnlyList<OrganizationRank> Organizations,
    IReadOnlyList<string> Rounds, IReadOnlyList<TeamRank> Teams, bool Published);

/// <summary>Live participation of one organization (its own members): started and handed in so far.</summary>
public sealed record Participation(long OrganizationId, string Organization, int Members, int Started, int Finished);

/// <summary>
/// 排名. Individuals: score high to low, then time used short to long (equal on both → equal rank). Organizations
/// (their own members on the roster): average score of those who took part, then participation rate. Teams
/// (团体赛): the sum of their rounds. Attempts still being answered are not ranked yet.
/// </summary>
public sealed class Rankings(SixOnesDbContext db, SixOnesCampaign campaign, IRoster roster, IOrganizationDirectory directory, ContestSetup contests)
{
    /// <summary>The contest's rankings, for whoever sees them (<see cref="ContestSetup.MaySeeRankings"/>).</summary>
    public async Task<Result<ContestRankings>> ReadAsync(long contestId, CancellationToken ct)
    {
        var contest = await RankedContestAsync(contestId, ct);
        return contest.Succeeded ? Result.Ok(await ForAsync(contest.Value!, ct)) : Refuse.As(contest);
    }

    /// <summary>The contest's results, its organizations' or its teams' ranking (<paramref name="kind"/>: results, organizations, teams) as a ledger (台账).</summary>
    public async Task<Result<LedgerDefinition>> LedgerAsync(long contestId, string? kind, CancellationToken ct)
    {
        var found = await RankedContestAsync(contestId, ct);
        if (!found.Succeeded) return Refuse.As(found);
        var contest = found.Value!;
        var ranked = await ForAsync(contest, ct);
        return Result.Ok(kind switch
        {
            "teams" => ContestLedgers.Teams(contest, ranked),
            "organizations" => ContestLedgers.Organizations(contest, ranked),
            _ => ContestLedgers.Results(contest, ranked, await db.Papers.Where(p => p.ContestId == contestId).SumAsync(p => p.Points, ct)),
        });
    }

    /// <summary>Live participation per organization: the office and auditors, for any contest.</summary>
    public async Task<Result<IReadOnlyList<Participation>>> ParticipationAsync(long contestId, CancellationToken ct)
    {
        if (!contests.MayReadAll) return ContestSetup.OfficeOnly;
        return await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contestId, ct) is { } contest
            ? Result.Ok(await ParticipationAsync(contest, ct)) : ContestSetup.NoSuchContest;
    }

    private async Task<Result<KnowledgeContest>> RankedContestAsync(long contestId, CancellationToken ct)
    {
        if (await contests.VisibleAsync(contestId, ct) is not { } contest) return ContestSetup.NoSuchContest;
        if (!contests.MaySeeRankings(contest))
            return Refuse.Forbidden(Text.Of("排名尚未公布，公布前只能查看本人成绩。", "The rankings are not published yet; until then you see your own score."));
        return Result.Ok(contest);
    }

    public async Task<ContestRankings> ForAsync(KnowledgeContest contest, CancellationToken ct)
    {
        var now = campaign.Now;
        var organizations = (await directory.ListAsync(ct)).ToDictionary(o => o.Id);
        var members = await roster.MembersAsync(new RosterQuery { IncludeOutgoing = false }, ct);
        var everyone = (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(p => p.Id);
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.ContestId == contest.Id).ToListAsync(ct);
        var finished = attempts.Where(a => Answering.StateOf(a, now) != AttemptState.Answering).ToList();
        string OrgName(long id) => organizations.TryGetValue(id, out var o) ? o.Name : $"#{id}";

        var individuals = Ranked(finished
            .OrderByDescending(a => a.Score).ThenBy(Answering.SecondsUsed).ThenBy(a => a.StartedAt)
            .Select(a => (Key: (a.Score, Answering.SecondsUsed(a)), Row: a)).ToList(),
            (rank, a) => new IndividualRank(rank, a.PersonId, everyone.TryGetValue(a.PersonId, out var p) ? p.Name : $"#{a.PersonId}",
                a.OrganizationId, OrgName(a.OrganizationId), a.Score, Answering.SecondsUsed(a), a.SubmittedAt is null));

        var byPerson = attempts.ToDictionary(a => a.PersonId);
        var orgRows = members.GroupBy(m => m.OrganizationId).Select(g =>
        {
            var took = g.Where(m => byPerson.ContainsKey(m.Id)).ToList();
            var scores = took.Select(m => byPerson[m.Id]).Where(a => Answering.StateOf(a, now) != AttemptState.Answering).Select(a => a.Score).ToList();
            return (Id: g.Key, Members: g.Count(), Took: took.Count, Percent: Math.Round(100.0 * took.Count / g.Count(), 1),
                Average: scores.Count == 0 ? 0 : Math.Round(scores.Average(), 2));
        }).OrderByDescending(r => r.Average).ThenByDescending(r => r.Percent).ThenBy(r => r.Id).ToList();
        var orgRanks = Ranked(orgRows.Select(r => (Key: (r.Average, r.Percent), Row: r)).ToList(),
            (rank, r) => new OrganizationRank(rank, r.Id, OrgName(r.Id), r.Members, r.Took, r.Percent, r.Average));

        var scores = await db.TeamScores.AsNoTracking().Where(t => t.ContestId == contest.Id).ToListAsync(ct);
        var rounds = scores.OrderBy(t => t.Id).Select(t => t.Round).Distinct().ToList();
        var teams = Ranked(scores.GroupBy(t => t.OrganizationId)
            .Select(g => (Id: g.Key, Rounds: (IReadOnlyDictionary<string, decimal>)g.ToDictionary(t => t.Round, t => t.Points), Total: g.Sum(t => t.Points)))
            .OrderByDescending(t => t.Total).ThenBy(t => t.Id)
            .Select(t => (Key: t.Total, Row: t)).ToList(),
            (rank, t) => new TeamRank(rank, t.Id, OrgName(t.Id), t.Rounds, t.Total));

        return new(individuals, orgRanks, rounds, teams, contest.RankingsPublishedAt is not null);
    }

    /// <summary>Who has started and finished, per organization with members (the office's live view).</summary>
    public async Task<IReadOnlyList<Participation>> ParticipationAsync(KnowledgeContest contest, CancellationToken ct)
    {
        var now = campaign.Now;
        var organizations = await directory.ListAsync(ct);
        var members = await roster.MembersAsync(new RosterQuery { IncludeOutgoing = false }, ct);
        var attempts = (await db.Attempts.AsNoTracking().Where(a => a.ContestId == contest.Id).ToListAsync(ct)).ToDictionary(a => a.PersonId);
        var byOrg = members.GroupBy(m => m.OrganizationId).ToDictionary(g => g.Key, g => g.ToList());
        return [.. organizations.Where(o => byOrg.ContainsKey(o.Id)).Select(o =>
        {
            var own = byOrg[o.Id];
            var started = own.Where(m => attempts.ContainsKey(m.Id)).Select(m => attempts[m.Id]).ToList();
            return new Participation(o.Id, o.Name, own.Count, started.Count, started.Count(a => Answering.StateOf(a, now) != AttemptState.Answering));
        })];
    }

    /// <summary>Competition ranking (1, 1, 3): rows already sorted; equal keys share a rank.</summary>
    private static List<TOut> Ranked<TKey, TRow, TOut>(List<(TKey Key, TRow Row)> sorted, Func<int, TRow, TOut> make)
    {
        var result = new List<TOut>(sorted.Count);
        var rank = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || !EqualityComparer<TKey>.Default.Equals(sorted[i].Key, sorted[i - 1].Key)) rank = i + 1;
            result.Add(make(rank, sorted[i].Row));
        }
        return result;
    }
}
