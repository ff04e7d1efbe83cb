using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Reports;

namespace Modular.Plugins.BannerSixOnes.Pages.Reports;

/// <summary>调研报告: a leading cadre submits theirs; the office and officers see the year's reports with review, 择优 and 上报.</summary>
public sealed class IndexModel(ResearchReports reports, SixOnesCampaign campaign, ICurrentUser user, IRoster roster) : PluginPageModel
{
    public SixOnesRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public PersonInfo? Me { get; private set; }
    public IReadOnlyList<ReportRow> Rows { get; private set; } = [];
    public ReportRow? Mine => Me is null ? null : Rows.FirstOrDefault(r => r.PersonId == Me.Id);
    public int Cadres { get; private set; }
    public bool IsOffice => reports.MayReview;

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Body { get; set; }
    public string? Notice { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        var result = await reports.SubmitAsync(new ReportInput(null, Title, Topic, Body), ct);
        if (result.Succeeded) { Notice = Text.Of($"已提交调研报告《{result.Value!.Title}》，{result.Value.CharacterCount} 字。", $"Research report “{result.Value!.Title}” submitted: {result.Value.CharacterCount} characters."); Title = Topic = Body = null; }
        else Errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetLedgerAsync(string? format, CancellationToken ct)
    {
        var ledger = ResearchReportLedger.Build(await reports.VisibleRowsAsync(ct), (await campaign.RulesAsync(ct)).Year);
        await Results.Extensions.Ledger(ledger, LedgerFormats.Parse(format)).ExecuteAsync(HttpContext);
        return new EmptyResult();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Me = await user.PersonAsync(roster, ct);
        Rows = await reports.VisibleRowsAsync(ct);
        Cadres = (await user.LeadingCadresSeenAsync(roster, ct)).Count;
        if (Mine is { State: TextReviewState.Returned } returned && Title is null) { Title = returned.Title; Topic = returned.Topic; }
    }
}
