namespace Modular.Sdk.Core;

/// <summary>Which organizations' records the signed-in user reads on list pages and dashboards: the one rule both plugins use.</summary>
public static class Visibility
{
    /// <summary>The office and auditors read every organization's records.</summary>
    public static bool ReadsAll(this ICurrentUser user) => user.IsJurisdictionAdmin || user.IsAuditor;

    /// <summary>
    /// Everything for the office and auditors; the subtrees they serve or inspect for officers and inspectors;
    /// nothing for a member (members read their own records through their own views). One walk of the tree
    /// instead of a permission check per organization.
    /// </summary>
    public static HashSet<long> VisibleOrganizations(this ICurrentUser user, OrganizationTree tree)
    {
        if (user.ReadsAll()) return [.. tree.All.Select(o => o.Id)];
        var visible = new HashSet<long>();
        foreach (var root in user.OfficerOf.Concat(user.InspectorOf)) visible.UnionWith(tree.SubtreeIds(root));
        return visible;
    }
}
