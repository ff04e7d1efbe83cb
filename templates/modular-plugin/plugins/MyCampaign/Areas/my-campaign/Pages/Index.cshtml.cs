using Modular.Plugins.MyCampaign.Volunteering;

namespace Modular.Plugins.MyCampaign.Pages;

/// <summary>活动概览: the campaign's dates and each item's numbers as this jurisdiction set them, with a link to each item's page.</summary>
public sealed class IndexModel(MyCampaignCampaign campaign) : PluginPageModel
{
    public VolunteeringRule Volunteering { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Volunteering = await campaign.RulesAsync(ct);
}
