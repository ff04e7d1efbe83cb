using Modular.Plugins.CountyFiveActivities.Standards;

namespace Modular.Plugins.CountyFiveActivities.Grading;

/// <summary>One share of a sector in a round: how many of how many, the share, and its rise over the previous round (null in the first).</summary>
public sealed record ShareStep(int Count, int Of, decimal Share, decimal? Rise, bool? Rose);

/// <summary>
/// A sector's round (<paramref name="Day"/> its last day of assessment): five-goods organizations, recognized 党建工作示范单位
/// (by that day) and five-models members, each of everyone in the sector.
/// </summary>
public sealed record ProgressRound(string Round, DateOnly Day, ShareStep FiveGoods, ShareStep DemonstrationUnits, ShareStep FiveModels);

/// <summary>
/// A sector's three shares round by round and whether each rose every round; <paramref name="NotRising"/> names those that
/// did not (the sector is flagged when any did not).
/// </summary>
public sealed record SectorProgress(Sector? Sector, string SectorName, int Organizations, int Members, IReadOnlyList<ProgressRound> Rounds,
    bool FiveGoodsRose, bool DemonstrationUnitsRose, bool FiveModelsRose, IReadOnlyList<string> NotRising)
{
    public bool Flagged => NotRising.Count > 0;
}

/// <summary>
/// 各个领域“五个好”党组织、党建工作示范单位，各条战线“五个模范”党员的比例都有较大幅度提高 (二(三)3): per sector the caller sees,
/// per round (the five-goods and five-models rounds together, ordered by their first day of assessment), the three shares
/// and their rises (<see cref="SharesRule"/>). For the API, the grading page and the dashboard.
/// </summary>
public sealed class SharesQuery(CountyDbContext db, IOrganizationDirectory directory, ICurrentUser user, IRoster roster)
{
    public async Task<IReadOnlyList<SectorProgress>> ProgressAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var organizations = tree.All.Where(o => visible.Contains(o.Id) && OrganizationTree.IsPartyOrganization(o)).ToLookup(o => tree.SectorOf(o.Id));
        // Counted where the rows are (a county's 50,000 members and their assessments, round by round), not read to be counted.
        var members = (await roster.HeadcountsAsync(new RosterQuery(), ct))
            .Where(m => visible.Contains(m.Key)).ToLookup(m => tree.SectorOf(m.Key), m => m.Value);
        var scores = (await db.FiveGoodsScores.Select(s => new { s.OrganizationId, s.Round, s.AssessedOn, s.FiveGoods }).ToListAsync(ct))
            .Where(s => visible.Contains(s.OrganizationId)).ToList();
        var assessed = (await db.FiveModelsAssessments.GroupBy(a => new { a.Round, a.OrganizationId })
            .Select(g => new { g.Key.Round, g.Key.OrganizationId, First = g.Min(a => a.AssessedOn), Last = g.Max(a => a.AssessedOn) }).ToListAsync(ct))
            .Where(a => visible.Contains(a.OrganizationId)).ToList();
        // A five-models member counts in the sector of the organization they are in now (assessed by a branch the caller sees).
        var models = (await db.FiveModelsAssessments.Where(a => a.FiveModels)
            .Join(db.RosterMembers, a => a.PersonId, m => m.PersonId, (a, m) => new { a.Round, AssessedBy = a.OrganizationId, MemberOf = m.OrganizationId })
            .GroupBy(x => new { x.Round, x.AssessedBy, x.MemberOf }).Select(g => new { g.Key.Round, g.Key.AssessedBy, g.Key.MemberOf, Count = g.Count() }).ToListAsync(ct))
            .Where(x => visible.Contains(x.AssessedBy) && visible.Contains(x.MemberOf)).ToList();
        var units = (await db.DemonstrationUnits.Where(u => u.Recognized && u.RecognizedOn != null).Select(u => new { u.OrganizationId, u.RecognizedOn }).ToListAsync(ct))
            .Where(u => visible.Contains(u.OrganizationId)).ToList();
        var rounds = scores.Select(s => (s.Round, First: s.AssessedOn, Last: s.AssessedOn)).Concat(assessed.Select(a => (a.Round, a.First, a.Last)))
            .GroupBy(x => x.Round).Select(g => (Round: g.Key, First: g.Min(x => x.First), Day: g.Max(x => x.Last)))
            .OrderBy(r => r.First).ThenBy(r => r.Round, StringComparer.Ordinal).ToList();

        var result = new List<SectorProgress>();
        foreach (var sector in organizations.Select(g => g.Key).OrderBy(k => k is null ? int.MaxValue : (int)k))
        {
            var orgs = organizations[sector].Select(o => o.Id).ToHashSet();
            var people = members[sector].Sum();
            var steps = new List<ProgressRound>();
            foreach (var (round, _, day) in rounds)
            {
                var five = scores.Count(s => s.Round == round && s.FiveGoods && orgs.Contains(s.OrganizationId));
                var recognized = units.Count(u => u.RecognizedOn <= day && orgs.Contains(u.OrganizationId));
                var fiveModels = models.Where(x => x.Round == round && tree.SectorOf(x.MemberOf) == sector).Sum(x => x.Count);
                var previous = steps.Count > 0 ? steps[^1] : null;
                steps.Add(new(round, day, Step(five, orgs.Count, previous?.FiveGoods), Step(recognized, orgs.Count, previous?.DemonstrationUnits), Step(fiveModels, people, previous?.FiveModels)));
            }
            bool Rose(Func<ProgressRound, ShareStep> of) => SharesRule.RoseEveryRound([.. steps.Select(s => of(s).Share)]);
            var (goods, demo, model) = (Rose(s => s.FiveGoods), Rose(s => s.DemonstrationUnits), Rose(s => s.FiveModels));
            var notRising = new List<string>();
            if (!goods) notRising.Add(Text.Of("“五个好”党组织", "five-goods organizations"));
            if (!demo) notRising.Add(Text.Of("党建工作示范单位", "demonstration units"));
            if (!model) notRising.Add(Text.Of("“五个模范”党员", "five-models members"));
            result.Add(new(sector, SectorGuidance.SectorName(sector), orgs.Count, people, steps, goods, demo, model, notRising));
        }
        return result;
    }

    private static ShareStep Step(int count, int of, ShareStep? previous)
    {
        var share = SharesRule.Share(count, of);
        var rise = previous is null ? (decimal?)null : share - previous.Share;
        return new(count, of, share, rise, rise is { } r ? r > 0 : null);
    }
}
