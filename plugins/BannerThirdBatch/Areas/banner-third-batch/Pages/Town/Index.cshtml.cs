using Modular.Plugins.BannerThirdBatch.Progress;
using Modular.Plugins.BannerThirdBatch.Struggling;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Town;

/// <summary>
/// A sumu/town's page: the town and each of its gacha and communities, with every item's figure (its officers, the banner office,
/// inspectors); its struggling gacha, whether help reached them, and (for the town's officers and the office) the form to mark one.
/// </summary>
public sealed class IndexModel(ProgressService progress, StrugglingService marks, ThirdBatchUnits units, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    public ProgressTable Table { get; private set; } = null!;
    public StrugglingOverview Struggling { get; private set; } = null!;
    /// <summary>The gacha and communities the user may mark (the town above's officers, the office).</summary>
    public HashSet<long> MayMark { get; private set; } = [];
    public DateOnly Today => campaign.Today;
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "marked" ? Text.Of("困难嘎查认定已保存。", "The mark is saved.") : null;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMarkAsync(long unitId, bool struggling, StrugglingKind? kind, string? reason, DateOnly? markedOn, int? version, CancellationToken ct) =>
        await AfterPostAsync(await marks.MarkAsync(unitId, new StrugglingInput(struggling, kind, reason, markedOn, version), ct), "marked",
            async () => await LoadAsync(ct));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await progress.TownAsync(Id, ct) is not { } table) return false;
        Table = table;
        Struggling = await marks.OverviewAsync(Id, ct);
        MayMark = [];
        foreach (var u in Struggling.Units) if (await units.MayReviewAsync(u.UnitId, ct)) MayMark.Add(u.UnitId);
        return true;
    }
}
