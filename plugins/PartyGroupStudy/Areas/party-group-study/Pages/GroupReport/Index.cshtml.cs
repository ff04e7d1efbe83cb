using Modular.Plugins.PartyGroupStudy.GroupReport;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Pages.GroupReport;

/// <summary>党组分析检查报告: the drafts with who commented what, the public evaluation with its slips and results, final and submitted up.</summary>
public sealed class IndexModel(GroupReportService reports, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public GroupReportView? View { get; private set; }
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public ReportCodeSlips? Slips { get; private set; }
    public bool MayRun { get; private set; }
    public long? Me { get; private set; }
    public string? Notice { get; private set; }
    public Func<DateTimeOffset, DateTime> Local => campaign.WallClock;

    [BindProperty] public string? Achievements { get; set; }
    [BindProperty] public string? Problems { get; set; }
    [BindProperty] public string? Causes { get; set; }
    [BindProperty] public string? Measures { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "saved" => Text.Of("报告已保存为新的一稿。", "The report is saved as a new version."),
            "comment" => Text.Of("修改意见已登记。", "The comment is recorded."),
            "final" => Text.Of("报告已定稿。", "The report is final."),
            "submitted" => Text.Of("报告已报县委学习实践活动领导小组。", "The report is submitted to the county leading group."),
            "opened" => Text.Of("群众评议已开始，请发放评议码。", "The evaluation is open: hand out the codes."),
            "closed" => Text.Of("群众评议已结束。", "The evaluation is closed."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(int version, CancellationToken ct) =>
        await AfterPostAsync(await reports.SaveAsync(new GroupReportInput(Achievements, Problems, Causes, Measures, version, Note), ct), "saved", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCommentAsync(long? personId, int version, CancellationToken ct) =>
        await AfterPostAsync(await reports.CommentAsync(new ReportCommentInput(personId, version, Comment), ct), "comment", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostFinalAsync(int version, CancellationToken ct) =>
        await AfterPostAsync(await reports.FinalizeAsync(new ReportVersionInput(version), ct), "final", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostSubmitAsync(int version, CancellationToken ct) =>
        await AfterPostAsync(await reports.SubmitAsync(new ReportVersionInput(version), ct), "submitted", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct) =>
        await AfterPostAsync(await reports.OpenEvaluationAsync(ct), "opened", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct) =>
        await AfterPostAsync(await reports.CloseEvaluationAsync(ct), "closed", () => LoadAsync(ct));

    /// <summary>The codes show on this response only (their hashes are kept), for printing.</summary>
    public async Task<IActionResult> OnPostCodesAsync(EvaluatorGroup? group, int count, CancellationToken ct)
    {
        var result = await reports.IssueCodesAsync(new EvaluationCodesInput(group, count), ct);
        await LoadAsync(ct);
        if (result.Succeeded) { Slips = result.Value; return Page(); }
        return Unless(result)!;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        MayRun = await office.MayRunAsync(ct);
        Me = (await office.MeAsync(ct))?.PersonId;
        View = (await reports.ReadAsync(ct)).Value;
        Participants = View is null ? [] : await office.ParticipantsAsync(ct);
        if (View is null) return;
        Achievements ??= View.Parts["achievements"];
        Problems ??= View.Parts["problems"];
        Causes ??= View.Parts["causes"];
        Measures ??= View.Parts["measures"];
    }

    public string? Value(string key) => key switch { "achievements" => Achievements, "problems" => Problems, "causes" => Causes, _ => Measures };

    public string PublicAddress(string path) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{path}";

    public string NameOf(long? personId) => Participants.FirstOrDefault(p => p.PersonId == personId)?.Name ?? "";
}
