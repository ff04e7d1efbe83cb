using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>
/// Which organizations' records the signed-in user may read on the list pages: the office and auditors
/// everything; officers and inspectors their subtrees. (One walk of the tree instead of a permission
/// check per organization.) Members read their own organization's records through the member views.
/// </summary>
public static class UserScope
{
    public static HashSet<long> VisibleOrganizations(ICurrentUser user, OrganizationTree tree)
    {
        if (user.IsJurisdictionAdmin || user.IsAuditor) return [.. tree.All.Select(o => o.Id)];
        var visible = new HashSet<long>();
        foreach (var root in user.OfficerOf.Concat(user.InspectorOf)) visible.UnionWith(tree.SubtreeIds(root));
        return visible;
    }
}
