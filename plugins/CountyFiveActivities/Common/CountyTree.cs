using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Common;

/// <summary>
/// The jurisdiction's organization tree read once per request: the county committee (the root),
/// the party committees under it, each node's township (for the office's dashboard) and sector.
/// </summary>
public sealed class CountyTree(IOrganizationDirectory directory)
{
    private IReadOnlyList<OrganizationInfo>? _all;
    private Dictionary<long, OrganizationInfo> _byId = [];

    public async Task<IReadOnlyList<OrganizationInfo>> AllAsync(CancellationToken ct = default)
    {
        if (_all is null)
        {
            _all = await directory.ListAsync(ct);
            _byId = _all.ToDictionary(o => o.Id);
        }
        return _all;
    }

    public async Task<OrganizationInfo?> FindAsync(long id, CancellationToken ct = default)
    {
        await AllAsync(ct);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>The county committee (县委): the top party committee of the tree.</summary>
    public async Task<OrganizationInfo?> RootAsync(CancellationToken ct = default) =>
        (await AllAsync(ct)).Where(o => o.ParentId is null).OrderBy(o => o.Kind == OrganizationKind.PartyCommittee ? 0 : 1).ThenBy(o => o.Id).FirstOrDefault();

    /// <summary>The node and every node under it.</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> SubtreeAsync(long rootId, CancellationToken ct = default)
    {
        var all = await AllAsync(ct);
        var children = all.Where(o => o.ParentId is not null).ToLookup(o => o.ParentId!.Value);
        var result = new List<OrganizationInfo>();
        var stack = new Stack<long>([rootId]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!_byId.TryGetValue(id, out var node)) continue;
            result.Add(node);
            foreach (var child in children[id]) stack.Push(child.Id);
        }
        return result;
    }

    /// <summary>The organizations of the campaign: party organizations, not the leading group, its office or inspection groups.</summary>
    public static bool IsPartyOrganization(OrganizationInfo o) =>
        o.Kind is OrganizationKind.PartyCommittee or OrganizationKind.GeneralBranch or OrganizationKind.Branch or OrganizationKind.PartyGroup;

    /// <summary>The party committees that hold their own mobilization meeting: every 党委 except the county committee.</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> CommitteesAsync(CancellationToken ct = default)
    {
        var root = await RootAsync(ct);
        return [.. (await AllAsync(ct)).Where(o => o.Kind == OrganizationKind.PartyCommittee && o.Id != root?.Id)];
    }

    /// <summary>
    /// The first level under the county committee that contains the node (a township, the organs'
    /// working committee …): the rows of the office's “by township” table. Null for the root itself.
    /// </summary>
    public async Task<OrganizationInfo?> TopLevelOfAsync(long id, CancellationToken ct = default)
    {
        var root = await RootAsync(ct);
        var node = await FindAsync(id, ct);
        while (node is not null && node.ParentId is { } parent && parent != root?.Id)
            node = _byId.GetValueOrDefault(parent);
        return node is null || node.Id == root?.Id ? null : node;
    }

    /// <summary>The node's sector, or the nearest ancestor's (a branch without a tag takes its committee's).</summary>
    public async Task<Sector?> SectorOfAsync(long id, CancellationToken ct = default)
    {
        var node = await FindAsync(id, ct);
        while (node is not null)
        {
            if (node.Sector is { } sector) return sector;
            node = node.ParentId is { } p ? _byId.GetValueOrDefault(p) : null;
        }
        return null;
    }
}
