using Modular.Plugins.BannerSixOnes.Dashboards;

namespace Modular.Plugins.BannerSixOnes.Pages.Dashboard;

/// <summary>The office's dashboard: the six per sumu/town (or per unit under one), status, trend and who answers for it.</summary>
public sealed class IndexModel(SixOnesDashboards dashboards) : PluginPageModel
{
    public OfficeDashboard View { get; private set; } = null!;
    public bool MayGoUp { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? organization, CancellationToken ct)
    {
        var result = await dashboards.OfficeAsync(organization, ct);
        if (result.Kind == ResultKind.Forbidden) return organization is null ? RedirectToPage("Mine") : Forbid(); // a member has their own six only
        if (result.Kind == ResultKind.NotFound) return NotFound();
        View = result.Value!;
        // "Up" only where the user may look: a branch secretary's dashboard stops at the branch.
        MayGoUp = View.Scope is not null && await dashboards.MaySeeAsync(View.Scope.ParentId, ct);
        return Page();
    }

    /// <summary>The states the units' bars are split by, in the order of <see cref="UnitBar"/>'s counts.</summary>
    public static IReadOnlyList<string> UnitSeries =>
        [Text.Of("已完成", "Done"), Text.Of("进行中", "In progress"), Text.Of("逾期", "Overdue"), Text.Of("未到期", "Not due")];

    /// <summary>
    /// A unit's bar: of its six items, how many are done, in progress, overdue, not due yet; its name leads one level
    /// down — to the units under it, or to its members when it has none.
    /// </summary>
    public string UnitBarHref(UnitRow row) =>
        row.HasChildren ? PageUrl($"/Dashboard?organization={row.Organization.Id}") : PageUrl($"/Dashboard/Members?organization={row.Organization.Id}");

    public StackedBarRow UnitBar(UnitRow row) => new(row.Organization.Name,
        [
            row.Items.Count(i => i.State is DueState.Done or DueState.Late),
            row.Items.Count(i => i.State == DueState.Pending),
            row.Items.Count(i => i.State == DueState.Missed),
            row.Items.Count(i => i.State is not (DueState.Done or DueState.Late or DueState.Pending or DueState.Missed)),
        ], UnitBarHref(row));

    /// <summary>The months of the campaign up to the figures' day: the trend's points.</summary>
    public IReadOnlyList<int> TrendMonths =>
        View.AsOf < View.Rules.CampaignStart ? [] : [.. Enumerable.Range(View.Rules.CampaignStart.Month, View.AsOf.Month - View.Rules.CampaignStart.Month + 1)];

    /// <summary>
    /// Per item, what was done by the end of each month as a share of what is due by the figures' day (capped at 100%);
    /// none for an item nothing is due of yet.
    /// </summary>
    public IReadOnlyList<TrendLine> TrendLines =>
        [.. View.Totals.Select(t => new TrendLine($"{t.Number}. {DashboardText.ShortName(t.Number)}",
            [.. TrendMonths.Select(m => t.Expected == 0 ? (decimal?)null : Math.Min(1m, (decimal)t.DoneByMonth.Take(m).Sum() / t.Expected))]))];
}
