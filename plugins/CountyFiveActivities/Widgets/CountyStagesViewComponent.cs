using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Widgets;

/// <summary>Dashboard card: the four steps, where today falls, and the next dates that matter.</summary>
public sealed class CountyStagesViewComponent(CountyCampaign campaign) : ViewComponent
{
    public sealed record Model(CountyRules Rules, DateOnly Today, string Code);

    public async Task<IViewComponentResult> InvokeAsync() =>
        View(new Model(await campaign.RulesAsync(HttpContext.RequestAborted), campaign.Today, campaign.Jurisdiction.Code));
}
