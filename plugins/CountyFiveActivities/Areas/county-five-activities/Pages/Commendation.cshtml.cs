using Modular.Plugins.CountyFiveActivities.Commendation;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Sdk.Blocks;

namespace Modular.Plugins.CountyFiveActivities.Pages;

/// <summary>七一表彰推荐: every nomination with its way up the levels; the approved list.</summary>
public sealed class CommendationModel(INominations nominations, CountyTree tree, CountyAccess access, CountyCampaign campaign) : CountyPage
{
    public IReadOnlyList<CommendationFeature.Row> Rows { get; private set; } = [];
    public CountyRules Rules { get; private set; } = null!;
    public Dictionary<long, string> Levels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Rows = await CommendationFeature.RowsAsync(null, nominations, tree, access, ct);
        Levels = (await tree.AllAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
    }
}
