using Modular.Plugins.BannerThirdBatch.Progress;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Pages.Units;

/// <summary>One unit: its dates and state, every item's figure for it, and for its officers, those above it and the office the form that sets its start.</summary>
public sealed class UnitModel(ScheduleService schedules, ThirdBatchUnits units, ProgressService progress, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    [BindProperty] public DateOnly? Start { get; set; }
    [BindProperty] public DateOnly? ConcentratedEnd { get; set; }
    [BindProperty] public DateOnly? FinishedOn { get; set; }
    [BindProperty] public int? Version { get; set; }

    public UnitView View { get; private set; } = null!;
    public ProgressTable? Work { get; private set; }
    public bool MayEdit { get; private set; }
    public bool Saved { get; private set; }
    public ThirdBatchRules Rules { get; private set; } = null!;
    public DateOnly Today => campaign.Today;

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Saved = done == "saved";
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await schedules.SaveAsync(Id, new ScheduleInput(Start, ConcentratedEnd, FinishedOn, Version is 0 ? null : Version), ct);
        return await AfterPostAsync(result, "saved", () => LoadAsync(ct));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var found = await schedules.FindAsync(Id, ct);
        if (!found.Succeeded) return false;
        View = found.Value!;
        Rules = await campaign.RulesAsync(ct);
        MayEdit = await units.MayActForAsync(Id, ct);
        Work = await progress.UnitAsync(Id, ct);
        return true;
    }
}
