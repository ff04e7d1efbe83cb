using Modular.Plugins.BannerSixOnes.Dashboards;

namespace Modular.Plugins.BannerSixOnes.Pages.Dashboard;

/// <summary>A branch secretary's view: each member of the organization with their six.</summary>
public sealed class MembersModel(SixOnesDashboards dashboards) : PluginPageModel
{
    public MembersDashboard View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long? organization, CancellationToken ct)
    {
        var result = await dashboards.MembersAsync(organization, ct);
        switch (result.Kind)
        {
            case ResultKind.Refused: return RedirectToPage("Index"); // no organization of one's own: the office's view
            case ResultKind.Forbidden: return Forbid();
            case ResultKind.NotFound: return NotFound();
        }
        View = result.Value!;
        return Page();
    }
}
