using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Plugins.BannerSixOnes.Dashboards;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Pages.Dashboard;

/// <summary>A branch secretary's view: each member of the organization with their six.</summary>
public sealed class MembersModel(ICurrentUser user, SixOnesDashboards dashboards) : PageModel
{
    public MembersDashboard View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long? organization, CancellationToken ct)
    {
        if ((organization ?? DashboardAccess.DefaultScope(user)) is not { } scope) return RedirectToPage("Index");
        if (!await user.MaySeeOrganizationAsync(scope, ct)) return Forbid();
        if (await dashboards.MembersAsync(scope, ct) is not { } view) return NotFound();
        View = view;
        return Page();
    }
}
