using Modular.Plugins.PartyGroupStudy.Discussion;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.Research;

namespace Modular.Plugins.PartyGroupStudy.Pages.Research;

/// <summary>课题调研 and 解放思想讨论: the member's topic, report and contribution first; for the office every member's line, the reviews and the discussions.</summary>
public sealed class IndexModel(ResearchService research, DiscussionService discussions, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public ResearchOverview? Research { get; private set; }
    public DiscussionOverview? Discussions { get; private set; }
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Contribution { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "topic" => Text.Of("调研课题已保存。", "The topic is saved."),
            "report" => Text.Of("调研报告已提交。", "The report is handed in."),
            "reviewed" => Text.Of("调研报告已审核。", "The report is reviewed."),
            "held" => Text.Of("解放思想讨论已登记。", "The discussion is recorded."),
            "spoken" => Text.Of("发言已登记。", "The contribution is recorded."),
            "closed" => Text.Of("讨论已结束。", "The discussion is closed."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostTopicAsync(long? personId, int? version, CancellationToken ct) =>
        await AfterPostAsync(version is null
            ? await research.ChooseTopicAsync(new TopicInput(Topic, personId), ct)
            : await research.ChangeTopicAsync(personId ?? (await office.MeAsync(ct))?.PersonId ?? 0, new TopicInput(Topic, personId, version), ct), "topic", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostReportAsync(long? personId, CancellationToken ct) =>
        await AfterPostAsync(await research.SubmitReportAsync(new ReportInput(Body, personId), ct), "report", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostReviewAsync(long id, bool accept, CancellationToken ct) =>
        await AfterPostAsync(accept ? await research.AcceptAsync(id, ct) : await research.ReturnAsync(id, new ReviewInput(Comment), ct), "reviewed", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostHoldAsync(DateOnly heldOn, CancellationToken ct) =>
        await AfterPostAsync(await discussions.HoldAsync(new HoldInput(Topic, heldOn), ct), "held", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostContributeAsync(long id, long? personId, CancellationToken ct) =>
        await AfterPostAsync(await discussions.ContributeAsync(id, new ContributionInput(Contribution, personId), ct), "spoken", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        await AfterPostAsync(await discussions.CloseAsync(id, ct), "closed", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        Research = (await research.OverviewAsync(ct)).Value;
        Discussions = (await discussions.OverviewAsync(ct)).Value;
        Participants = Research?.MayRun == true ? await office.ParticipantsAsync(ct) : [];
    }

    public MemberResearch? Mine => Research?.Members.FirstOrDefault(m => m.PersonId == Research.Me);
    public MemberDiscussion? MyDiscussion => Discussions?.Members.FirstOrDefault(m => m.PersonId == Discussions.Me);
}
