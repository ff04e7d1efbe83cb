using Modular.Plugins.BannerSixOnes.Dashboards;

namespace Modular.Plugins.BannerSixOnes.Pages.Dashboard;

/// <summary>A member's own six, with what is due next.</summary>
public sealed class MineModel(SixOnesDashboards dashboards) : PluginPageModel
{
    public MemberSix? View { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => View = (await dashboards.MineAsync(ct)).Value;
}
