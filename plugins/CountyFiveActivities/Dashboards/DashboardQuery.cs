using Modular.Plugins.CountyFiveActivities.Standards;

namespace Modular.Plugins.CountyFiveActivities.Dashboards;

public sealed record GroupFigures(long? OrganizationId, string Name, Figures Figures);

public sealed record Dashboard(string Scope, Figures Total, IReadOnlyList<GroupFigures> ByTownship, IReadOnlyList<GroupFigures> BySector);

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

    /// <summary>The dashboard of what the user oversees; members have none.</summary>
    public async Task<Result<Dashboard>> BuildAsync(CancellationToken ct)
    {
        if (!user.Oversees()) return Refuse.Forbidden(Text.Of("看板供县创先争优办和各级党组织使用。", "The dashboard is for the county office and the organizations' officers."));
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var all = tree.All.Where(o => visible.Contains(o.Id)).ToList();
        var byTownship = new List<GroupFigures>();
        foreach (var top in tree.FirstLevel.Where(OrganizationTree.IsPartyOrganization))
        {
            var ids = tree.Subtree(top.Id).Select(o => o.Id).Where(visible.Contains).ToList();
            if (ids.Count > 0) byTownship.Add(new(top.Id, top.Name, await figures.ForAsync(ids, ct)));
        }
        var bySector = new List<GroupFigures>();
        foreach (var g in all.GroupBy(o => tree.SectorOf(o.Id)).OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key))
            bySector.Add(new(null, SectorGuidance.SectorName(g.Key), await figures.ForAsync(g.Select(o => o.Id), ct)));
        var scope = user.ReadsAll() ? Text.Of("全县", "The whole county") : string.Join(Text.Of("、", ", "), all.Where(o => o.ParentId is null || !visible.Contains(o.ParentId.Value)).Select(o => o.Name));
        return Result.Ok(new Dashboard(scope, await figures.ForAsync(all.Select(o => o.Id), ct), byTownship, bySector));
    }
}
