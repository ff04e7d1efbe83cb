using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Reports;

namespace Modular.Plugins.BannerSixOnes.Pages.Reports;

/// <summary>One report: its text, every step (who, when, what), and the office's review, 择优 and 上报 buttons.</summary>
public sealed class DetailModel(ResearchReports reports, SixOnesCampaign campaign) : PluginPageModel
{
    /// <summary>Times are shown in the jurisdiction's time zone.</summary>
    public TimeZoneInfo Zone => campaign.Jurisdiction.TimeZone;
    public ReportRow Report { get; private set; } = null!;
    public string Body { get; private set; } = "";
    public IReadOnlyList<ReportStepRow> Steps { get; private set; } = [];
    public bool IsOffice => reports.MayReview;
    public string? Notice { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAcceptAsync(long id, string? comment, CancellationToken ct) =>
        ActAsync(id, reports.AcceptAsync(id, comment, ct), Text.Of("评审通过。", "Accepted."), ct);

    public Task<IActionResult> OnPostReturnAsync(long id, string? comment, CancellationToken ct) =>
        ActAsync(id, reports.ReturnAsync(id, comment, ct), Text.Of("已退回，作者会看到退回意见。", "Returned; the author sees the comment."), ct);

    public Task<IActionResult> OnPostShortlistAsync(long id, string? reason, CancellationToken ct) =>
        ActAsync(id, reports.ShortlistAsync(id, reason, ct), Text.Of("已择优。", "Shortlisted."), ct);

    public Task<IActionResult> OnPostReportUpAsync(long id, CancellationToken ct) =>
        ActAsync(id, reports.ReportUpAsync(id, ct), Text.Of("已上报上级创先争优活动领导小组。", "Reported up to the league's leading group."), ct);

    private async Task<IActionResult> ActAsync<T>(long id, Task<Result<T>> act, string done, CancellationToken ct)
    {
        var result = await act;
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (result.Kind == ResultKind.Forbidden) return StatusCode(403, result.Message!);
        if (result.Succeeded) Notice = done;
        else Errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(long id, CancellationToken ct)
    {
        var read = await reports.ReadAsync(id, ct);
        if (read.Kind == ResultKind.NotFound) return NotFound();
        if (read.Kind == ResultKind.Forbidden) return StatusCode(403);
        (Report, Body, Steps) = (read.Value!.Row, read.Value.Body, read.Value.Steps);
        return Page();
    }
}
