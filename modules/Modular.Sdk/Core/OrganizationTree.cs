namespace Modular.Sdk.Core;

/// <summary>
/// The jurisdiction's organization tree in memory (<see cref="IOrganizationDirectory.TreeAsync"/>, read once per
/// request): lookups, subtrees, the committee above, the sector that applies, the top of the tree and its first
/// level. The one tree every plugin walks.
/// </summary>
public sealed class OrganizationTree
{
    private readonly Dictionary<long, OrganizationInfo> _byId;
    private readonly ILookup<long?, OrganizationInfo> _children;

    public OrganizationTree(IReadOnlyList<OrganizationInfo> organizations)
    {
        All = organizations;
        _byId = organizations.ToDictionary(o => o.Id);
        _children = organizations.ToLookup(o => o.ParentId);
        Root = organizations.Where(o => o.ParentId is null).OrderBy(o => o.Kind == OrganizationKind.PartyCommittee ? 0 : 1).ThenBy(o => o.Id).FirstOrDefault();
    }

    /// <summary>Every organization, in the directory's order (depth-first).</summary>
    public IReadOnlyList<OrganizationInfo> All { get; }

    public OrganizationInfo? Find(long id) => _byId.GetValueOrDefault(id);

    public string NameOf(long id) => Find(id)?.Name ?? $"#{id}";

    /// <summary>The names from the top of the tree down to the organization, e.g. 阿拉善右旗 › 巴丹吉林镇 › 第一支部 (empty for an unknown id).</summary>
    public string PathOf(long id, string separator = " › ")
    {
        var names = new List<string>();
        for (var node = Find(id); node is not null && names.Count <= All.Count; node = node.ParentId is { } parent ? Find(parent) : null)
            names.Add(node.Name);
        names.Reverse();
        return string.Join(separator, names);
    }

    public IEnumerable<OrganizationInfo> ChildrenOf(long id) => _children[id];

    /// <summary>The organization and everything under it, the organization first; empty for an unknown id.</summary>
    public IReadOnlyList<OrganizationInfo> Subtree(long rootId)
    {
        var nodes = new List<OrganizationInfo>();
        var seen = new HashSet<long>();
        var stack = new Stack<long>([rootId]);
        while (stack.TryPop(out var id))
        {
            if (Find(id) is not { } node || !seen.Add(id)) continue;
            nodes.Add(node);
            foreach (var child in _children[id]) stack.Push(child.Id);
        }
        return nodes;
    }

    public HashSet<long> SubtreeIds(long rootId) => [.. Subtree(rootId).Select(o => o.Id)];

    /// <summary>The organization and those above it, nearest first, up to its root; empty for an unknown id.</summary>
    public IEnumerable<OrganizationInfo> AncestryOf(long id)
    {
        for (var node = Find(id); node is not null; node = node.ParentId is { } parent ? Find(parent) : null)
            yield return node;
    }

    /// <summary>True when <paramref name="id"/> is <paramref name="rootId"/> or under it.</summary>
    public bool IsWithin(long id, long rootId) => id == rootId || AncestryOf(id).Any(o => o.Id == rootId);

    /// <summary>The nearest party committee above the organization (上级党委), not itself.</summary>
    public OrganizationInfo? ParentCommittee(long id)
    {
        for (var current = Find(id)?.ParentId is { } p ? Find(p) : null; current is not null; current = current.ParentId is { } pp ? Find(pp) : null)
            if (current.Kind == OrganizationKind.PartyCommittee) return current;
        return null;
    }

    /// <summary>The organization's sector: its own, else the nearest one above it (a branch without one takes its committee's).</summary>
    public Sector? SectorOf(long id) => AncestryOf(id).FirstOrDefault(o => o.Sector is not null)?.Sector;

    /// <summary>The top of the tree: the first root that is a party committee (the banner's or county's 委员会), else the first root.</summary>
    public OrganizationInfo? Root { get; }

    /// <summary>The organizations right under <see cref="Root"/> (the townships, the organs' working committee), in the directory's order: the rows of a "by township" table.</summary>
    public IReadOnlyList<OrganizationInfo> FirstLevel => Root is { } root ? [.. ChildrenOf(root.Id)] : [];

    /// <summary>Every party committee (党委) but <see cref="Root"/> itself: the committees under the banner's or county's own, e.g. those that hold their own mobilization meeting.</summary>
    public IReadOnlyList<OrganizationInfo> CommitteesBelowRoot => [.. All.Where(o => o.Kind == OrganizationKind.PartyCommittee && o.Id != Root?.Id)];

    /// <summary>The node's ancestor on the first level under <see cref="Root"/> (a township, the organs' working committee); null for the root or an unknown id.</summary>
    public OrganizationInfo? TopLevelOf(long id)
    {
        var root = Root;
        var node = Find(id);
        while (node is not null && node.ParentId is { } parent && parent != root?.Id)
            node = Find(parent);
        return node is null || node.Id == root?.Id ? null : node;
    }

    /// <summary>A party organization (党委, 党总支, 党支部, 党组), not a leading group, its office or an inspection group.</summary>
    public static bool IsPartyOrganization(OrganizationInfo organization) =>
        organization.Kind is OrganizationKind.PartyCommittee or OrganizationKind.GeneralBranch or OrganizationKind.Branch or OrganizationKind.PartyGroup;
}
