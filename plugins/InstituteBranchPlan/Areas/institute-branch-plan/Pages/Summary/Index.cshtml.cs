using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.Summary;

namespace Modular.Plugins.InstituteBranchPlan.Pages.Summary;

/// <summary>年度总结: a member's own report; for those who run a branch, its summary (drafts, versions, final) and every member's report to review.</summary>
public sealed class IndexModel(SummaryService summary, BranchOffice office, InstituteBranchPlanCampaign campaign) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public MemberReportLine? Mine { get; private set; }
    public IReadOnlyList<Modular.Plugins.InstituteBranchPlan.Common.BranchDocumentView> Summaries { get; private set; } = [];
    public IReadOnlyList<BranchReports> Reports { get; private set; } = [];
    public HashSet<long> Runs { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty] public string? Participation { get; set; }
    [BindProperty] public string? Pledge { get; set; }

    public DateTime Local(DateTimeOffset at) => campaign.WallClock(at);

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "report" => Text.Of("个人总结已提交。", "Your report is handed in."),
            "summary" => Text.Of("年度总结已保存为新的一稿。", "The summary is saved as a new version."),
            "final" => Text.Of("年度总结已定稿。", "The summary is final."),
            "reviewed" => Text.Of("审阅结果已保存。", "The review is saved."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await AfterPostAsync(await summary.SubmitReportAsync(new MemberReportInput(null, Participation, Pledge), ct), "report", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostSummaryAsync(long branchId, string? experience, string? shortcomings, string? measures, int version, string? note, CancellationToken ct) =>
        await AfterPostAsync(await summary.SaveBranchSummaryAsync(branchId, new BranchSummaryInput(experience, shortcomings, measures, version, note), ct), "summary", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostFinalAsync(long branchId, int version, CancellationToken ct) =>
        await AfterPostAsync(await summary.FinalizeBranchSummaryAsync(branchId, version, ct), "final", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostReviewAsync(long id, bool accept, string? comment, CancellationToken ct) =>
        await AfterPostAsync(await summary.ReviewReportAsync(id, new ReportReviewInput(accept, comment), ct), "reviewed", () => LoadAsync(ct));


    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Mine = await summary.MyReportAsync(ct);
        if (Mine is not null && Participation is null && Pledge is null)
            (Participation, Pledge) = (Mine.Parts["participation"], Mine.Parts["pledge"]);
        Reports = await summary.BranchReportsAsync(ct);
        var summaries = new List<Modular.Plugins.InstituteBranchPlan.Common.BranchDocumentView>();
        foreach (var b in Reports)
        {
            if ((await summary.BranchSummaryAsync(b.BranchId, ct)).Value is { } view) summaries.Add(view);
            if (await office.MayRunAsync(b.BranchId, ct)) Runs.Add(b.BranchId);
        }
        Summaries = summaries;
    }
}
