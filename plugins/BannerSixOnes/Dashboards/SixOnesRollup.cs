using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Dashboards;

/// <summary>One item's figures for an organization and everything under it.</summary>
public sealed record ItemRollup(int Number, int Expected, int Done, int Overdue, IReadOnlyList<int> DoneByMonth)
{
    public DueState State => Expected == 0 ? (Done > 0 ? DueState.Done : DueState.NotDue)
        : Done >= Expected ? DueState.Done
        : Overdue > 0 ? DueState.Missed
        : DueState.Pending;

    /// <summary>Done as a share of expected, 0–100 (100 when nothing is expected yet but something is done).</summary>
    public double Percent => Expected == 0 ? (Done > 0 ? 100 : 0) : Math.Min(100, 100.0 * Done / Expected);
}

/// <summary>
/// Rolls the items' per-organization figures up the tree: a sumu/town's figure is the sum over its
/// subtree. Built once per dashboard request from every item's <see cref="ISixOnesItem.ProgressAsync"/>.
/// </summary>
public sealed class SixOnesRollup
{
    private readonly Dictionary<long, List<long>> _children;
    private readonly Dictionary<(long Org, int Item), OrganizationProgress> _own;
    private readonly Dictionary<(long Org, int Item), ItemRollup> _memo = [];

    public SixOnesRollup(IReadOnlyList<OrganizationInfo> organizations, IReadOnlyDictionary<int, IReadOnlyList<OrganizationProgress>> byItem)
    {
        Organizations = organizations.ToDictionary(o => o.Id);
        _children = organizations.Where(o => o.ParentId is not null).GroupBy(o => o.ParentId!.Value).ToDictionary(g => g.Key, g => g.Select(o => o.Id).ToList());
        _own = byItem.SelectMany(kv => kv.Value.Select(p => (Key: (p.OrganizationId, kv.Key), p))).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => Sum(g.Select(x => x.p)));
        Items = [.. byItem.Keys.Order()];
    }

    public IReadOnlyDictionary<long, OrganizationInfo> Organizations { get; }
    public IReadOnlyList<int> Items { get; }

    public IReadOnlyList<OrganizationInfo> ChildrenOf(long? organizationId) =>
        organizationId is { } id
            ? [.. (_children.GetValueOrDefault(id) ?? []).Select(c => Organizations[c])]
            : [.. Organizations.Values.Where(o => o.ParentId is null)];

    /// <summary>The item's figures for the organization and its whole subtree.</summary>
    public ItemRollup Of(long organizationId, int item)
    {
        if (_memo.TryGetValue((organizationId, item), out var cached)) return cached;
        var parts = (_children.GetValueOrDefault(organizationId) ?? []).Select(c => Of(c, item)).ToList();
        if (_own.TryGetValue((organizationId, item), out var own))
            parts.Add(new ItemRollup(item, own.Expected, own.Done, own.Overdue, own.DoneByMonth));
        var months = new int[12];
        foreach (var p in parts) for (var m = 0; m < 12 && m < p.DoneByMonth.Count; m++) months[m] += p.DoneByMonth[m];
        return _memo[(organizationId, item)] = new ItemRollup(item, parts.Sum(p => p.Expected), parts.Sum(p => p.Done), parts.Sum(p => p.Overdue), months);
    }

    /// <summary>The item across the whole jurisdiction.</summary>
    public ItemRollup Total(int item)
    {
        var roots = ChildrenOf(null).Select(r => Of(r.Id, item)).ToList();
        var months = new int[12];
        foreach (var r in roots) for (var m = 0; m < 12; m++) months[m] += r.DoneByMonth[m];
        return new ItemRollup(item, roots.Sum(r => r.Expected), roots.Sum(r => r.Done), roots.Sum(r => r.Overdue), months);
    }

    private static OrganizationProgress Sum(IEnumerable<OrganizationProgress> parts)
    {
        var list = parts.ToList();
        if (list.Count == 1) return list[0];
        var months = new int[12];
        foreach (var p in list) for (var m = 0; m < 12 && m < p.DoneByMonth.Count; m++) months[m] += p.DoneByMonth[m];
        return new OrganizationProgress(list[0].OrganizationId, list.Sum(p => p.Expected), list.Sum(p => p.Done), list.Sum(p => p.Overdue), months);
    }
}
