using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Practices;

namespace Modular.Plugins.BannerSixOnes.Pages.Practices;

/// <summary>好做法、好经验: the list with filters, the report form for officers, 精选 for the office, the ledger.</summary>
public sealed class IndexModel(GoodPractices practices, IOrganizationDirectory organizations, SixOnesCampaign campaign) : PluginPageModel
{
    public IReadOnlyList<PracticeRow> Rows { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> Organizations { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> MayReportFor { get; private set; } = [];
    public bool IsOffice => practices.MayFeature;
    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true)] public long? OrganizationId { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Featured { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public string? Notice { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    private PracticeFilter Filter => new(OrganizationId, Featured, From, To);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostSubmitAsync(long? reportOrganizationId, string? title, string? body, DateOnly? date, CancellationToken ct)
    {
        return await ShowAsync(await practices.SubmitAsync(new(reportOrganizationId, title, body, date), ct), Text.Of("已报送。", "Reported."), ct);
    }

    public async Task<IActionResult> OnPostFeatureAsync(long id, string? note, int? version, CancellationToken ct)
    {
        return await ShowAsync(await practices.FeatureAsync(id, note, version, ct), Text.Of("已精选，将在活动概览中展示。", "Featured; it shows on the overview."), ct);
    }

    public async Task<IActionResult> OnPostUnfeatureAsync(long id, int? version, CancellationToken ct)
    {
        return await ShowAsync(await practices.UnfeatureAsync(id, version, ct), Text.Of("已取消精选。", "No longer featured."), ct);
    }

    public async Task<IActionResult> OnGetLedgerAsync(string? format, CancellationToken ct)
    {
        await Results.Extensions.Ledger(PracticeLedger.Build(await practices.ListAsync(Filter, ct)), LedgerFormats.Parse(format)).ExecuteAsync(HttpContext);
        return new EmptyResult();
    }

    private async Task<IActionResult> ShowAsync(Result<PracticeRow> result, string done, CancellationToken ct)
    {
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (result.Kind == ResultKind.Forbidden) return StatusCode(403, result.Message!);
        if (result.Succeeded) Notice = done;
        else Errors = result.Field is null ? new() { [""] = [result.Message!] } : result.Errors.ToDictionary(e => e.Key, e => e.Value);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        Rows = await practices.ListAsync(Filter, ct);
        Organizations = await organizations.ListAsync(ct);
        MayReportFor = await practices.ReportableAsync(Organizations, ct);
    }
}
