using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Plugins.BannerSixOnes.Dashboards;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Pages.Dashboard;

/// <summary>A member's own six, with what is due next.</summary>
public sealed class MineModel(ICurrentUser user, SixOnesDashboards dashboards) : PageModel
{
    public MemberSix? View { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        View = await user.PersonIdAsync(ct) is { } person ? await dashboards.MineAsync(person, ct) : null;
}
