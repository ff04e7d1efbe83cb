using Modular.Plugins.CountyFiveActivities.Commendation;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Pages.Commendation;

/// <summary>七一表彰推荐: every nomination with its way up the levels, each step on its day; the approved list.</summary>
public sealed class IndexModel(CommendationService commendation, IOrganizationDirectory directory, CountyCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<NominationRow> Rows { get; private set; } = [];
    public CountyRules Rules { get; private set; } = null!;
    public Dictionary<long, string> Levels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Rows = await commendation.RowsAsync(null, ct);
        Levels = (await directory.TreeAsync(ct)).All.ToDictionary(o => o.Id, o => o.Name);
    }
}
