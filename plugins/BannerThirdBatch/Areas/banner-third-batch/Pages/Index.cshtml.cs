using Modular.Plugins.BannerThirdBatch.Progress;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages;

/// <summary>
/// 活动概览: for the banner office the whole campaign — units by state and kind, every item's coverage, one row per sumu/town —
/// for a town's officers their town, for a unit's its own work; every figure links to its item's page.
/// </summary>
public sealed class IndexModel(ProgressService progress, Struggling.StrugglingService struggling, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    public ThirdBatchRules Rules { get; private set; } = null!;
    public ProgressTable Table { get; private set; } = null!;
    /// <summary>二(三) 困难嘎查: per sumu/town the gacha marked struggling, of them assisted, not yet.</summary>
    public Struggling.StrugglingOverview Struggling { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Table = await progress.BannerAsync(ct);
        Struggling = await struggling.OverviewAsync(null, ct);
    }

    /// <summary>The units seen that are no town's and not in a town the user sees (a gacha secretary's own unit).</summary>
    public IReadOnlyList<UnitView> OwnUnits => [.. Table.Units.Where(u => u.Kind != UnitKind.Town && !Table.Units.Any(t => t.Id == u.TownId))];
}
