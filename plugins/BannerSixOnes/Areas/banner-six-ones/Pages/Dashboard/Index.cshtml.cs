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
}
