using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>
/// Who trains whom, and what "covered" means:
/// <list type="bullet">
/// <item>Grassroots party committees (基层党委) are the party committees below the jurisdiction's top one(s);
/// each trains the members of its subtree.</item>
/// <item>Every member belongs to one rotating committee: the top committee (旗委) acts for the organizations directly under
/// it that no grassroots committee holds (旗直 branches hanging directly under the 旗委), and its row covers exactly those
/// members. It has a row (and may hold sessions) only when such organizations exist.</item>
/// <item>A member is trained once they attended at least one session (of any committee, within the campaign
/// year), counted once however many they attended, and counted where they are on the roster now — a member
/// transferred in counts under the new committee.</item>
/// <item>Per field, members are grouped by the field (领域) of their own organization (its sector, else the
/// nearest one above it), not by the session's field tag: coverage is "members of the field trained / members
/// of the field", and only the member's side has the denominator. The session's tag says whom it was aimed at.</item>
/// <item>A coverage meets the goal when trained × 100 ≥ goal × members (exact, no rounding: 99/100 is below 100%).</item>
/// </list>
/// </summary>
public static class TrainingRules
{
    public static bool IsGrassrootsCommittee(OrganizationInfo org) => org.Kind == OrganizationKind.PartyCommittee && org.ParentId is not null;

    public static bool MeetsGoal(int trained, int members, int goalPercent) => (long)trained * 100 >= (long)goalPercent * members;

    /// <summary>Percent with one decimal; 100 for nobody to train.</summary>
    public static decimal Percent(int trained, int members) => members == 0 ? 100m : Math.Round(trained * 100m / members, 1);

    public static bool IsTopCommittee(OrganizationInfo org) => org.Kind == OrganizationKind.PartyCommittee && org.ParentId is null;

    /// <summary>
    /// The organizations whose members the committee rotates: a grassroots committee's subtree; for the top committee, its
    /// subtree less every grassroots committee's subtree (the branches directly under it).
    /// </summary>
    public static HashSet<long> OwnOrganizations(OrganizationTree tree, OrganizationInfo committee)
    {
        var ids = tree.SubtreeIds(committee.Id);
        if (IsTopCommittee(committee))
            foreach (var c in tree.All.Where(IsGrassrootsCommittee).Where(c => ids.Contains(c.Id)).ToList()) ids.ExceptWith(tree.SubtreeIds(c.Id));
        return ids;
    }

    /// <summary>A top committee rotates members of its own only when something other than offices hangs directly under it outside the grassroots committees.</summary>
    private static bool ActsForBranches(OrganizationTree tree, OrganizationInfo top) =>
        OwnOrganizations(tree, top).Any(id => id != top.Id && tree.Find(id) is { Kind: not (OrganizationKind.LeadingGroupOffice or OrganizationKind.LeadingGroup or OrganizationKind.InspectionGroup) });

    /// <summary>The rotating committees: the grassroots committees, and the top committee when it acts for branches directly under it (first).</summary>
    public static IReadOnlyList<OrganizationInfo> Committees(OrganizationTree tree) =>
        [.. tree.All.Where(o => IsTopCommittee(o) && ActsForBranches(tree, o)), .. tree.All.Where(IsGrassrootsCommittee)];

    public static bool IsRotatingCommittee(OrganizationTree tree, OrganizationInfo org) =>
        IsGrassrootsCommittee(org) || (IsTopCommittee(org) && ActsForBranches(tree, org));
}
