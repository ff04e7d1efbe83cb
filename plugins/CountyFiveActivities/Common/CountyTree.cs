using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Common;

/// <summary>
/// The SDK's organization tree, read once per request, with the county's own readings of it: the county
/// committee is the root, and the party committees under it hold their own mobilization meetings.
/// </summary>
public sealed class CountyTree(IOrganizationDirectory directory)
{
    private OrganizationTree? _tree;

    public async Task<OrganizationTree> TreeAsync(CancellationToken ct = default) => _tree ??= await directory.TreeAsync(ct);

    public async Task<IReadOnlyList<OrganizationInfo>> AllAsync(CancellationToken ct = default) => (await TreeAsync(ct)).All;

    public async Task<OrganizationInfo?> FindAsync(long id, CancellationToken ct = default) => (await TreeAsync(ct)).Find(id);

    /// <summary>The county committee (县委): the top party committee of the tree.</summary>
    public async Task<OrganizationInfo?> RootAsync(CancellationToken ct = default) => (await TreeAsync(ct)).Root;

    /// <summary>The node and every node under it.</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> SubtreeAsync(long rootId, CancellationToken ct = default) => (await TreeAsync(ct)).Subtree(rootId);

    /// <summary>The organizations of the campaign: party organizations, not the leading group, its office or inspection groups.</summary>
    public static bool IsPartyOrganization(OrganizationInfo o) => OrganizationTree.IsPartyOrganization(o);

    /// <summary>The party committees that hold their own mobilization meeting: every 党委 except the county committee.</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> CommitteesAsync(CancellationToken ct = default)
    {
        var tree = await TreeAsync(ct);
        return [.. tree.All.Where(o => o.Kind == OrganizationKind.PartyCommittee && o.Id != tree.Root?.Id)];
    }

    /// <summary>The first level under the county committee that contains the node: the rows of the office's “by township” table.</summary>
    public async Task<OrganizationInfo?> TopLevelOfAsync(long id, CancellationToken ct = default) => (await TreeAsync(ct)).TopLevelOf(id);

    /// <summary>The node's sector, or the nearest ancestor's (a branch without a tag takes its committee's).</summary>
    public async Task<Sector?> SectorOfAsync(long id, CancellationToken ct = default) => (await TreeAsync(ct)).SectorOf(id);
}
