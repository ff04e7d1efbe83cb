using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.DailyNotes;

namespace Modular.Plugins.BannerSixOnes.Pages.Notes;

/// <summary>季度检查验收一览: every branch the user may see, for one quarter, with its state and notes kept.</summary>
public sealed class InspectionsModel(SixOnesCampaign campaign, InspectionOverview overview) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public string? Quarter { get; set; }
    public SixOnesRules Rules { get; private set; } = null!;
    public IReadOnlyList<InspectionSummary> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Quarter ??= InspectionOverview.DefaultQuarter(Rules, campaign.Today).Key;
        var result = await overview.ForQuarterAsync(Quarter, ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        Rows = result.Value ?? [];
        return Page();
    }
}
