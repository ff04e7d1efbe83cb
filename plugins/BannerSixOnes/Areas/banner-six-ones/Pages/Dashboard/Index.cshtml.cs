using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Plugins.BannerSixOnes.Dashboards;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Pages.Dashboard;

/// <summary>The office's dashboard: the six per sumu/town (or per unit under one), status, trend and who answers for it.</summary>
public sealed class IndexModel(ICurrentUser user, SixOnesDashboards dashboards) : PageModel
{
    public OfficeDashboard View { get; private set; } = null!;
    public bool MayGoUp { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? organization, CancellationToken ct)
    {
        var scope = organization ?? DashboardAccess.DefaultScope(user);
        if (await DashboardAccess.MaySeeAsync(user, scope, ct) == DashboardAccess.Verdict.Forbidden)
            return scope is null ? RedirectToPage("Mine") : Forbid();
        View = await dashboards.OfficeAsync(scope, ct);
        // "Up" only where the user may look: a branch secretary's dashboard stops at the branch.
        MayGoUp = View.Scope is not null && await DashboardAccess.MaySeeAsync(user, View.Scope.ParentId, ct) == DashboardAccess.Verdict.Allowed;
        return scope is not null && View.Scope is null ? NotFound() : Page();
    }
}
