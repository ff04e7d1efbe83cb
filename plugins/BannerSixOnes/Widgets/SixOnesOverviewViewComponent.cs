using Microsoft.AspNetCore.Mvc;
using Modular.Sdk.Settings;

namespace Modular.Plugins.BannerSixOnes.Widgets;

/// <summary>Dashboard card: the six items and this jurisdiction's numbers for them.</summary>
public sealed class SixOnesOverviewViewComponent(IPluginSettings<SixOnesStartup> settings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(SixOnesRules.From(await settings.ForCurrentJurisdictionAsync(HttpContext.RequestAborted)));
}
