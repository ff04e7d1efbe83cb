using Modular.Plugins.CountyFiveActivities.Standards;

namespace Modular.Plugins.CountyFiveActivities.Dashboards;

public sealed record OrganizationLink(long Id, string Name);

public sealed record GroupFigures(long? OrganizationId, string Name, Figures Figures);

public sealed record Dashboard(string Scope, Figures Total, IReadOnlyList<GroupFigures> ByTownship, IReadOnlyList<GroupFigures> BySector)
{
    /// <summary>When drilled down: the organizations above the one shown, highest first (each a link back up).</summary>
    public IReadOnlyList<OrganizationLink> Path { get; init; } = [];

    /// <summary>When drilled down to an organization the user sees: its own members (the level below the branches).</summary>
    public IReadOnlyList<MemberFigures> Members { get; init; } = [];
}

/// <summary>Who the caller is to this plugin: the account, its roster entry and the organizations it answers for.</summary>
public sealed record Caller(int? UserId, string? DisplayName, bool IsJurisdictionAdmin, IReadOnlyList<long> OfficerOf, IReadOnlyList<long> InspectorOf, PersonInfo? Person);

/// <summary>
/// The county office's view (every township and sector) or an officer's (their subtree): the same
/// figures summed per first-level organization under the county committee and per sector.
/// </summary>
public sealed class DashboardQuery(IOrganizationDirectory directory, IRoster roster, ICurrentUser user, CampaignFigures figures)
{
    /// <summary>The caller: anyone signed in reads their own.</summary>
    public async Task<Caller> CallerAsync(CancellationToken ct) =>
        new(user.UserId, user.DisplayName, user.IsJurisdictionAdmin, user.OfficerOf, user.InspectorOf, await user.PersonAsync(roster, ct));

    /// <summary>
    /// The dashboard of what the user oversees (members have none): the county by its townships, or — drilled
    /// down to one organization the user may see — that organization's subtree by its child organizations.
    /// </summary>
    public async Task<Result<Dashboard>> BuildAsync(CancellationToken ct, long? organizationId = null)
    {
        if (!user.Oversees()) return Refuse.Forbidden(Text.Of("看板供县创先争优办和各级党组织使用。", "The dashboard is for the county office and the organizations' officers."));
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        // An organization opens when the user sees any of its subtree (a branch secretary drills into their township
        // and finds their own branch there); the figures are only ever of what they see.
        if (organizationId is { } chosen && (tree.Find(chosen) is null || !tree.Subtree(chosen).Any(o => visible.Contains(o.Id))))
            return Refuse.NotFound(Text.Of("没有这个党组织，或不在您的范围内。", "No such organization within your scope."));
        var all = (organizationId is { } root ? tree.Subtree(root) : tree.All).Where(o => visible.Contains(o.Id)).ToList();
        var byTownship = new List<GroupFigures>();
        var groups = organizationId is { } parent ? [.. tree.ChildrenOf(parent)] : tree.FirstLevel;
        foreach (var top in groups.Where(OrganizationTree.IsPartyOrganization))
        {
            var ids = tree.Subtree(top.Id).Select(o => o.Id).Where(visible.Contains).ToList();
            if (ids.Count > 0) byTownship.Add(new(top.Id, top.Name, await figures.ForAsync(ids, ct)));
        }
        var bySector = new List<GroupFigures>();
        foreach (var g in all.GroupBy(o => tree.SectorOf(o.Id)).OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key))
            bySector.Add(new(null, SectorGuidance.SectorName(g.Key), await figures.ForAsync(g.Select(o => o.Id), ct)));
        var scope = organizationId is { } one ? tree.NameOf(one)
            : user.ReadsAll() ? Text.Of("全县", "The whole county")
            : string.Join(Text.Of("、", ", "), all.Where(o => o.ParentId is null || !visible.Contains(o.ParentId.Value)).Select(o => o.Name));
        return Result.Ok(new Dashboard(scope, await figures.ForAsync(all.Select(o => o.Id), ct), byTownship, bySector)
        {
            Path = organizationId is { } at ? PathTo(tree, at, visible) : [],
            Members = organizationId is { } own && visible.Contains(own) ? await figures.MembersOfAsync(own, ct) : [],
        });
    }

    /// <summary>The drill-down trail above an organization, from the highest one the user may see (links back up).</summary>
    private static IReadOnlyList<OrganizationLink> PathTo(OrganizationTree tree, long id, HashSet<long> visible)
    {
        var trail = new List<OrganizationLink>();
        for (var o = tree.Find(id)?.ParentId is { } p ? tree.Find(p) : null; o is not null && visible.Contains(o.Id) && o.Id != tree.Root?.Id; o = o.ParentId is { } up ? tree.Find(up) : null)
            trail.Insert(0, new(o.Id, o.Name));
        return trail;
    }
}
