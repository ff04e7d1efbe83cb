using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.Summary;

namespace Modular.Plugins.PartyGroupStudy.Pages.Summary;

/// <summary>总结报告: the drafts and their comments, 定稿, 上报 to the county leading group.</summary>
public sealed class IndexModel(SummaryService summary, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public SummaryView? Report { get; private set; }
    public bool MayRun { get; private set; }
    public DateOnly Due { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "saved" => Text.Of("总结报告已保存为新版本。", "The report is saved as a new version."),
            "comment" => Text.Of("意见已提交。", "The comment is added."),
            "final" => Text.Of("总结报告已定稿。", "The report is final."),
            "submitted" => Text.Of("总结报告已上报县委学习实践活动领导小组。", "The report is submitted to the county leading group."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(int version, CancellationToken ct) =>
        await AfterPostAsync(await summary.SaveAsync(new SummaryInput(Body, version, Note), ct), "saved", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCommentAsync(int version, CancellationToken ct) =>
        await AfterPostAsync(await summary.CommentAsync(new SummaryCommentInput(version, Comment), ct), "comment", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostFinalizeAsync(int version, CancellationToken ct) =>
        await AfterPostAsync(await summary.FinalizeAsync(version, ct), "final", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostSubmitAsync(int version, CancellationToken ct) =>
        await AfterPostAsync(await summary.SubmitAsync(version, ct), "submitted", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Due = (await campaign.RulesAsync(ct)).Rectify.End;
        Report = (await summary.GetAsync(ct)).Value;
        MayRun = await office.MayRunAsync(ct);
        Body ??= Report?.Document?.Body;
    }
}
