using Modular.Plugins.CountyFiveActivities.Badges;

namespace Modular.Plugins.CountyFiveActivities.Pages.Badges;

/// <summary>亮牌示范公示: every pioneer post, demonstration household, zone, vehicle, unit and base, with its member.</summary>
public sealed class IndexModel(BadgeList badges) : PluginPageModel
{
    public IReadOnlyList<BadgeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await badges.RowsAsync(ct);
}
