using Microsoft.AspNetCore.Mvc;
using Modular.Plugins.BannerSixOnes.Dashboards;
using Modular.Sdk.Core;
using Modular.Sdk.Settings;

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
        var mine = await user.PersonIdAsync(ct) is { } person ? await dashboards.MineAsync(person, ct) : null;
        var totals = user.IsJurisdictionAdmin ? (await dashboards.OfficeAsync(null, ct)).Totals : null;
        return View(new SixOnesWidget(rules, mine, totals));
    }
}
