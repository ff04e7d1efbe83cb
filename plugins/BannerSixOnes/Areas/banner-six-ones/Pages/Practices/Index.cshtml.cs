using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Practices;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Pages.Practices;

/// <summary>好做法、好经验: the list with filters, the report form for officers, 精选 for the office, the ledger.</summary>
public sealed class IndexModel(GoodPractices practices, IOrganizationDirectory organizations, ICurrentUser user, SixOnesCampaign campaign) : PageModel
{
    public IReadOnlyList<PracticeRow> Rows { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> Organizations { get; private set; } = [];
    public IReadOnlyList<OrganizationInfo> MayReportFor { get; private set; } = [];
    public bool IsOffice => user.IsJurisdictionAdmin;
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
        if (reportOrganizationId is { } org && await practices.WriteRefusalAsync(org, ct) is { } why) return StatusCode(403, why);
        Show(await practices.SubmitAsync(new(reportOrganizationId, title, body, date), ct), "已报送。");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostFeatureAsync(long id, string? note, int? version, CancellationToken ct)
    {
        if (practices.OfficeRefusal() is { } why) return StatusCode(403, why);
        if (await practices.FindAsync(id, ct) is not { } p) return NotFound();
        Show(await practices.FeatureAsync(p, note, version, ct), "已精选，将在活动概览中展示。");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnfeatureAsync(long id, int? version, CancellationToken ct)
    {
        if (practices.OfficeRefusal() is { } why) return StatusCode(403, why);
        if (await practices.FindAsync(id, ct) is not { } p) return NotFound();
        Show(await practices.UnfeatureAsync(p, version, ct), "已取消精选。");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetLedgerAsync(string? format, CancellationToken ct)
    {
        await Results.Extensions.Ledger(PracticeLedger.Build(await practices.ListAsync(Filter, ct)), LedgerFormats.Parse(format)).ExecuteAsync(HttpContext);
        return new EmptyResult();
    }

    private void Show(PracticeResult result, string done)
    {
        if (result.Succeeded) Notice = done;
        else Errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        Rows = await practices.ListAsync(Filter, ct);
        Organizations = await organizations.ListAsync(ct);
        var mine = new List<OrganizationInfo>();
        foreach (var o in Organizations)
            if (await user.ManagesOrganizationAsync(o.Id, ct)) mine.Add(o);
        MayReportFor = mine;
    }
}
