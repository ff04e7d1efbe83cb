using Modular.Sdk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Plugins.BannerSixOnes.Reports;
using Modular.Sdk.Blocks;

namespace Modular.Plugins.BannerSixOnes.Pages.Reports;

/// <summary>One report: its text, every step (who, when, what), and the office's review, 择优 and 上报 buttons.</summary>
public sealed class DetailModel(ResearchReports reports) : PageModel
{
    public ReportRow Report { get; private set; } = null!;
    public string Body { get; private set; } = "";
    public IReadOnlyList<ReportStepRow> Steps { get; private set; } = [];
    public bool IsOffice => reports.OfficeRefusal() is null;
    public string? Notice { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAcceptAsync(long id, string? comment, CancellationToken ct) =>
        ActAsync(id, t => reports.AcceptAsync(t, comment, ct), "评审通过。", ct);

    public Task<IActionResult> OnPostReturnAsync(long id, string? comment, CancellationToken ct) =>
        ActAsync(id, t => reports.ReturnAsync(t, comment, ct), "已退回，作者会看到退回意见。", ct);

    public Task<IActionResult> OnPostShortlistAsync(long id, string? reason, CancellationToken ct) =>
        ActAsync(id, t => reports.ShortlistAsync(t, reason, ct), "已择优。", ct);

    public Task<IActionResult> OnPostReportUpAsync(long id, CancellationToken ct) =>
        ActAsync(id, t => reports.ReportUpAsync(t, ct), "已上报上级创先争优活动领导小组。", ct);

    private async Task<IActionResult> ActAsync<T>(long id, Func<CountedTextInfo, Task<Result<T>>> act, string done, CancellationToken ct)
    {
        if (await reports.FindAsync(id, ct) is not { } text) return NotFound();
        if (reports.OfficeRefusal() is { } why) return StatusCode(403, why);
        var result = await act(text);
        if (result.Succeeded) Notice = done;
        else Errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(long id, CancellationToken ct)
    {
        if (await reports.FindAsync(id, ct) is not { } text) return NotFound();
        if (!await reports.MayReadAsync(text.AuthorPersonId, ct)) return StatusCode(403);
        Report = (await reports.RowsAsync(ct)).First(r => r.Id == id);
        Body = text.Body;
        Steps = await reports.StepsAsync(id, ct);
        return Page();
    }
}
