using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>活动概览: the four steps with their dates and the pages of their items, the standards and the sector themes.</summary>
public sealed class IndexModel(CountyCampaign campaign, Modular.Plugins.CountyFiveActivities.Showcase.ShowcaseService showcase) : PluginPageModel
{
    /// <summary>展示成果: stage 4's exhibitions, seminars and exchange meetings, with the models they show.</summary>
    public IReadOnlyList<Modular.Plugins.CountyFiveActivities.Showcase.ShowcaseView> Showcase { get; private set; } = [];

    public CountyRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Showcase = await showcase.ListAsync(ct);
    }
}
