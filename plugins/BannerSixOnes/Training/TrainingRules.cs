using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>
/// Who trains whom, and what "covered" means:
/// <list type="bullet">
/// <item>Grassroots party committees (基层党委) are the party committees below the jurisdiction's top one(s);
/// each trains the members of its subtree.</item>
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

    public static IReadOnlyList<OrganizationInfo> Committees(OrganizationTree tree) => [.. tree.All.Where(IsGrassrootsCommittee)];
}
