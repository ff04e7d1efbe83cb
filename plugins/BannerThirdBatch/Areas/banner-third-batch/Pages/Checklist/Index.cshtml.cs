using Modular.Plugins.BannerThirdBatch.Checklist;

namespace Modular.Plugins.BannerThirdBatch.Pages.Checklist;

/// <summary>四到位、四落实: the overview (reported, verified, open gaps per unit) and one unit's eight items with its report and verify forms.</summary>
public sealed class IndexModel(ChecklistService checklist) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long? UnitId { get; set; }

    public IReadOnlyList<ChecklistRow> Rows { get; private set; } = [];
    public ChecklistView? Unit { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch { "reported" => Text.Of("已自报。", "Reported."), "verified" => Text.Of("已核实。", "Verified."), _ => null };
        await LoadAsync(ct);
        return UnitId is not null && Unit is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostReportAsync(ChecklistKey item, bool inPlace, string? note, int? version, CancellationToken ct) =>
        await AfterPostAsync(await checklist.ReportAsync(UnitId ?? 0, item, new ReportInput(inPlace, note, version is 0 ? null : version), ct), "reported", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostVerifyAsync(ChecklistKey item, Verdict? verdict, string? note, DateOnly? deadline, int version, CancellationToken ct) =>
        await AfterPostAsync(await checklist.VerifyAsync(UnitId ?? 0, item, new VerifyInput(verdict, note, version, deadline), ct), "verified", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await checklist.OverviewAsync(ct);
        Unit = UnitId is { } id ? (await checklist.GetAsync(id, ct)).Value : null;
    }
}
