using Modular.Plugins.BannerThirdBatch.Plans;

namespace Modular.Plugins.BannerThirdBatch.Pages.Plans;

/// <summary>
/// 调查研究和实施方案: every unit's situation report and plan with its state, the level above's review list; with <c>unitId</c>
/// one unit's two documents, every version and comment, and the forms to draft, comment and approve.
/// </summary>
public sealed class IndexModel(PlanService plans, BannerThirdBatchCampaign campaign) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long? UnitId { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public IReadOnlyList<UnitPlanLine> Lines { get; private set; } = [];
    public IReadOnlyList<UnitPlanLine> Awaiting { get; private set; } = [];
    public UnitPlanDetail? Detail { get; private set; }
    public string? Notice { get; private set; }
    public Func<DateTimeOffset, DateTime> Local => campaign.WallClock;

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "saved" => Text.Of("已保存为新的一稿。", "Saved as a new version."),
            "comment" => Text.Of("意见已登记。", "The comment is recorded."),
            "approved" => Text.Of("已审定。", "Approved."),
            _ => null,
        };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSaveAsync(string kind, int version, CancellationToken ct) =>
        await AfterAsync(await plans.SaveAsync(UnitId ?? 0, kind, new PlanDocumentInput(Body, version, Note), ct), "saved", ct);

    public async Task<IActionResult> OnPostCommentAsync(string kind, int version, CancellationToken ct) =>
        await AfterAsync(await plans.CommentAsync(UnitId ?? 0, kind, new PlanCommentInput(version, Comment), ct), "comment", ct);

    public async Task<IActionResult> OnPostApproveAsync(string kind, int version, CancellationToken ct) =>
        await AfterAsync(await plans.ApproveAsync(UnitId ?? 0, kind, new PlanVersionInput(version), ct), "approved", ct);

    // Done: back to the same unit's documents (a GET, so a reload posts nothing twice); refused: the page with the message at its field.
    private async Task<IActionResult> AfterAsync<T>(Result<T> result, string done, CancellationToken ct) =>
        result.Succeeded ? RedirectToPage(new { unitId = UnitId, done }) : await AfterPostAsync(result, done, () => LoadAsync(ct));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (UnitId is { } id)
        {
            var found = await plans.FindAsync(id, ct);
            if (!found.Succeeded) return false;
            Detail = found.Value;
            return true;
        }
        Lines = await plans.ListAsync(ct);
        Awaiting = await plans.AwaitingAsync(ct);
        return true;
    }
}
