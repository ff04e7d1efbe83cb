using Modular.Plugins.BannerSixOnes.Dashboards;

namespace Modular.Plugins.BannerSixOnes.Pages.Dashboard;

/// <summary>一把手负总责: the head (the unit's secretary) sees their unit's standing across the six on one page.</summary>
public sealed class HeadModel(SixOnesDashboards dashboards) : PluginPageModel
{
    public IReadOnlyList<OfficeDashboard> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await dashboards.HeadedAsync(ct);
}
