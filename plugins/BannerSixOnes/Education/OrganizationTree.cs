using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Education;

/// <summary>The jurisdiction's organization tree in memory, read once per request (items 1 and 2 walk it a lot).</summary>
public sealed class OrganizationTree
{
    private readonly Dictionary<long, OrganizationInfo> _byId;
    private readonly ILookup<long?, OrganizationInfo> _children;

    public OrganizationTree(IReadOnlyList<OrganizationInfo> organizations)
    {
        All = organizations;
        _byId = organizations.ToDictionary(o => o.Id);
        _children = organizations.ToLookup(o => o.ParentId);
    }

    public static async Task<OrganizationTree> LoadAsync(IOrganizationDirectory directory, CancellationToken ct) =>
        new(await directory.ListAsync(ct));

    /// <summary>Depth-first, as the directory lists it.</summary>
    public IReadOnlyList<OrganizationInfo> All { get; }

    public OrganizationInfo? Find(long id) => _byId.GetValueOrDefault(id);

    public string NameOf(long id) => Find(id)?.Name ?? $"#{id}";

    /// <summary>The organization and everything under it.</summary>
    public HashSet<long> SubtreeIds(long rootId)
    {
        var ids = new HashSet<long>();
        var stack = new Stack<long>([rootId]);
        while (stack.TryPop(out var id))
        {
            if (!_byId.ContainsKey(id) || !ids.Add(id)) continue;
            foreach (var child in _children[id]) stack.Push(child.Id);
        }
        return ids;
    }

    /// <summary>True when <paramref name="id"/> is <paramref name="rootId"/> or under it.</summary>
    public bool IsWithin(long id, long rootId)
    {
        for (long? current = id; current is { } c; current = Find(c)?.ParentId)
            if (c == rootId) return true;
        return false;
    }

    /// <summary>The nearest party committee above the organization (上级党委), not itself.</summary>
    public OrganizationInfo? ParentCommittee(long id)
    {
        for (var current = Find(id)?.ParentId is { } p ? Find(p) : null; current is not null; current = current.ParentId is { } pp ? Find(pp) : null)
            if (current.Kind == OrganizationKind.PartyCommittee) return current;
        return null;
    }

    /// <summary>The organization's field: its own sector, else the nearest one above it; null when none is set up the tree.</summary>
    public Sector? FieldOf(long id)
    {
        for (var current = Find(id); current is not null; current = current.ParentId is { } p ? Find(p) : null)
            if (current.Sector is { } sector) return sector;
        return null;
    }
}
