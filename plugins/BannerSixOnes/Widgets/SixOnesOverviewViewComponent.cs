using Modular.Plugins.BannerSixOnes.Dashboards;

namespace Modular.Plugins.BannerSixOnes.Widgets;

/// <summary>What the dashboard card shows: the six with this jurisdiction's numbers, the user's own six, and for the office the banner's totals.</summary>
public sealed record SixOnesWidget(SixOnesRules Rules, MemberSix? Mine, IReadOnlyList<ItemRollup>? BannerTotals);

/// <summary>Dashboard card: the six items, the member's own progress and what is due next; the office also sees the banner's totals.</summary>
public sealed class SixOnesOverviewViewComponent(IPluginSettings<SixOnesStartup> settings, ICurrentUser user, SixOnesDashboards dashboards) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var rules = SixOnesRules.From(await settings.ForCurrentJurisdictionAsync(ct));
        var mine = (await dashboards.MineAsync(ct)).Value;
        var totals = user.IsJurisdictionAdmin ? (await dashboards.OfficeAsync(null, ct)).Value?.Totals : null; // the card shows the banner's totals to the office only
        return View(new SixOnesWidget(rules, mine, totals));
    }
}
