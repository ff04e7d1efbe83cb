namespace Modular.Plugins.BannerSixOnes.Practices;

/// <summary>The featured practices (精选) as a list, for the overview page and the dashboards.</summary>
public sealed class FeaturedPracticesViewComponent(PracticesQuery query) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int count = 5) =>
        View("~/Areas/banner-six-ones/Pages/Practices/_Featured.cshtml", await query.FeaturedAsync(count, HttpContext.RequestAborted));
}
