using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages;

/// <summary>活动概览: the units by state and kind for whoever sees them, and a link to each item's page.</summary>
public sealed class IndexModel(ScheduleService schedules, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    public ThirdBatchRules Rules { get; private set; } = null!;
    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Units = await schedules.ListAsync(new UnitFilter(), ct);
    }
}
