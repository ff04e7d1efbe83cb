using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Standards;
using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Dashboards;

public sealed record GroupFigures(long? OrganizationId, string Name, Figures Figures);

public sealed record Dashboard(string Scope, Figures Total, IReadOnlyList<GroupFigures> ByTownship, IReadOnlyList<GroupFigures> BySector);

/// <summary>
/// The county office's view (every township and sector) or an officer's (their subtree): the same
/// figures summed per first-level organization under the county committee and per sector.
/// </summary>
public sealed class DashboardQuery(CountyTree tree, CountyAccess access, CampaignFigures figures)
{
    public async Task<Dashboard> BuildAsync(CancellationToken ct)
    {
        var visible = await access.VisibleOrganizationsAsync(ct);
        var all = (await tree.AllAsync(ct)).Where(o => visible.Contains(o.Id)).ToList();
        var root = await tree.RootAsync(ct);
        var byTownship = new List<GroupFigures>();
        foreach (var top in (await tree.AllAsync(ct)).Where(o => o.ParentId == root?.Id && root is not null && CountyTree.IsPartyOrganization(o)))
        {
            var ids = (await tree.SubtreeAsync(top.Id, ct)).Select(o => o.Id).Where(visible.Contains).ToList();
            if (ids.Count > 0) byTownship.Add(new(top.Id, top.Name, await figures.ForAsync(ids, ct)));
        }
        var sectors = new List<(Sector? Sector, long Id)>();
        foreach (var o in all) sectors.Add((await tree.SectorOfAsync(o.Id, ct), o.Id));
        var bySector = new List<GroupFigures>();
        foreach (var g in sectors.GroupBy(x => x.Sector).OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key))
            bySector.Add(new(null, SectorGuidance.SectorName(g.Key), await figures.ForAsync(g.Select(x => x.Id), ct)));
        var scope = access.IsOffice || access.User.IsAuditor ? "全县" : string.Join("、", all.Where(o => o.ParentId is null || !visible.Contains(o.ParentId.Value)).Select(o => o.Name));
        return new(scope, await figures.ForAsync(all.Select(o => o.Id), ct), byTownship, bySector);
    }
}
