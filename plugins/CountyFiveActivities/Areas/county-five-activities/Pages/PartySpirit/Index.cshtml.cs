using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.PartySpirit;

namespace Modular.Plugins.CountyFiveActivities.Pages.PartySpirit;

/// <summary>党性教育: per organization the caller sees, its concentrated week and its members' reports, on time and late.</summary>
public sealed class IndexModel(PartySpiritQuery partySpirit, CountyCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<PartySpiritRow> Rows { get; private set; } = [];
    public CountyRules Rules { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Rows = await partySpirit.RowsAsync(ct);
    }
}
