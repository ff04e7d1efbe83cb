namespace Modular.Organizations;

/// <summary>A jurisdiction's organizations in memory: parents, children, depths, subtrees. Trees are small (hundreds of nodes).</summary>
public sealed class OrganizationTree
{
    private readonly Dictionary<long, Organization> _byId;
    private readonly Dictionary<long, List<Organization>> _children = [];

    public OrganizationTree(IEnumerable<Organization> organizations)
    {
        _byId = organizations.ToDictionary(o => o.Id);
        foreach (var o in _byId.Values.OrderBy(o => o.Code, StringComparer.Ordinal))
        {
            var key = o.ParentId is { } p && _byId.ContainsKey(p) ? p : 0;
            if (!_children.TryGetValue(key, out var list)) _children[key] = list = [];
            list.Add(o);
        }
    }

    public IReadOnlyCollection<Organization> All => _byId.Values;
    public Organization? Find(long id) => _byId.GetValueOrDefault(id);
    public IReadOnlyList<Organization> Roots => _children.GetValueOrDefault(0) ?? [];
    public IReadOnlyList<Organization> ChildrenOf(long id) => _children.GetValueOrDefault(id) ?? [];

    public int DepthOf(long id)
    {
        var depth = 0;
        for (var at = Find(id)?.ParentId; at is { } p && _byId.ContainsKey(p) && depth < _byId.Count; at = _byId[p].ParentId) depth++;
        return depth;
    }

    /// <summary>True when <paramref name="id"/> is <paramref name="root"/> or below it.</summary>
    public bool IsInSubtree(long id, long root)
    {
        var guard = 0;
        for (long? at = id; at is { } current && guard++ <= _byId.Count; at = Find(current)?.ParentId)
            if (current == root) return true;
        return false;
    }

    /// <summary>The node and everything under it, depth first in code order.</summary>
    public IReadOnlyList<Organization> Subtree(long rootId)
    {
        var result = new List<Organization>();
        if (Find(rootId) is not { } root) return result;
        var stack = new Stack<Organization>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            result.Add(node);
            var children = ChildrenOf(node.Id);
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return result;
    }

    /// <summary>Every node, depth first from the roots in code order (how the tree page lists them).</summary>
    public IReadOnlyList<Organization> DepthFirst() => Roots.SelectMany(r => Subtree(r.Id)).ToList();

    /// <summary>"阿拉善右旗委 › 巴丹吉林镇党委 › 第一党支部".</summary>
    public string PathOf(long id)
    {
        var names = new List<string>();
        var guard = 0;
        for (var at = Find(id); at is not null && guard++ <= _byId.Count; at = at.ParentId is { } p ? Find(p) : null) names.Add(at.Name);
        names.Reverse();
        return string.Join(" › ", names);
    }
}
