using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Training;

public sealed record CoverageLine(string Field, int Members, int Trained, decimal Percent, bool MeetsGoal);

public sealed record CommitteeCoverage(long CommitteeId, string Committee, string? Field, int Members, int Trained, decimal Percent, bool MeetsGoal,
    int Sessions, IReadOnlyList<CoverageLine> Fields);

/// <summary>Coverage (覆盖率) per committee and per field, from the roster and who has been trained (see <see cref="TrainingRules"/>).</summary>
public sealed class TrainingCoverage(OrganizationTree tree, IReadOnlyList<PersonInfo> members, IReadOnlySet<long> trained, int goalPercent)
{
    public CommitteeCoverage For(OrganizationInfo committee, int sessions)
    {
        var subtree = TrainingRules.OwnOrganizations(tree, committee);
        var mine = members.Where(m => subtree.Contains(m.OrganizationId)).ToList();
        var count = mine.Count(m => trained.Contains(m.Id));
        return new CommitteeCoverage(committee.Id, committee.Name, committee.Sector is { } s ? TrainingFields.Label(s) : null,
            mine.Count, count, TrainingRules.Percent(count, mine.Count), TrainingRules.MeetsGoal(count, mine.Count, goalPercent), sessions, ByField(mine));
    }

    /// <summary>Members grouped by the field of their organization, in the sectors' order, unclassified last.</summary>
    public IReadOnlyList<CoverageLine> ByField(IEnumerable<PersonInfo> people) =>
        [.. people.GroupBy(m => tree.SectorOf(m.OrganizationId))
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g =>
            {
                var n = g.Count();
                var t = g.Count(m => trained.Contains(m.Id));
                return new CoverageLine(TrainingFields.Label(g.Key), n, t, TrainingRules.Percent(t, n), TrainingRules.MeetsGoal(t, n, goalPercent));
            })];
}
