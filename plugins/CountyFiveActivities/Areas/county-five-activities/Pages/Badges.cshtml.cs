using Modular.Plugins.CountyFiveActivities.Activities;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>亮牌示范公示: every pioneer post, demonstration household, zone, vehicle, unit and base, with its member.</summary>
public sealed class BadgesModel(BadgeList badges) : PluginPageModel
{
    public IReadOnlyList<BadgesFeature.BadgeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await badges.RowsAsync(ct);
}
