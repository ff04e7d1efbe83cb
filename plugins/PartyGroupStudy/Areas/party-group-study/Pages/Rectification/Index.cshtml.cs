using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.RectificationPlan;

namespace Modular.Plugins.PartyGroupStudy.Pages.Rectification;

/// <summary>整改落实: the plan and its adoption, the items and their completion, the opinions and the public pledge.</summary>
public sealed class IndexModel(RectificationService rectification, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public PlanView? Plan { get; private set; }
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public bool MayRun { get; private set; }
    public long? Me { get; private set; }
    public DateOnly Today { get; private set; }
    public int ImmediateDays { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty] public string? Problem { get; set; }
    [BindProperty] public string? FoundIn { get; set; }
    [BindProperty] public string? Measures { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? Opinions { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "item" => Text.Of("整改事项已保存。", "The item is saved."),
            "adopted" => Text.Of("整改落实方案已经专题会议通过。", "The plan is adopted."),
            "published" => Text.Of("整改落实方案已公开承诺。", "The plan is published."),
            "opinions" => Text.Of("征求意见情况已登记。", "The opinions are recorded."),
            "completed" => Text.Of("整改结果已登记。", "The item is recorded done."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostItemAsync(long? leadPersonId, RectificationMode mode, DateOnly? deadline, CancellationToken ct) =>
        await AfterPostAsync(await rectification.AddItemAsync(new ItemInput(Problem, FoundIn, leadPersonId, mode, deadline, Measures), ct), "item", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostAdoptAsync(DateOnly? meetingOn, string? attendance, string? target, string? targeted, string? timeBound, string? operable,
        string? effective, int version, CancellationToken ct) =>
        await AfterPostAsync(await rectification.AdoptAsync(new PlanInput(meetingOn, attendance, target, targeted, timeBound, operable, effective, version), ct), "adopted", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostPublishAsync(int version, CancellationToken ct) =>
        await AfterPostAsync(await rectification.PublishAsync(version, ct), "published", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostOpinionsAsync(DateOnly heldOn, OpinionForm form, int opinionsReceived, CancellationToken ct) =>
        await AfterPostAsync(await rectification.AddOpinionsAsync(new OpinionInput(heldOn, form, opinionsReceived, Opinions), ct), "opinions", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCompleteAsync(long id, DateOnly completedOn, int version, CancellationToken ct) =>
        await AfterPostAsync(await rectification.CompleteAsync(id, new CompletionInput(completedOn, Evidence, version), ct), "completed", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        ImmediateDays = (await campaign.RulesAsync(ct)).ImmediateDays;
        Plan = (await rectification.GetAsync(ct)).Value;
        MayRun = await office.MayRunAsync(ct);
        Me = (await office.MeAsync(ct))?.PersonId;
        Participants = await office.ParticipantsAsync(ct);
    }

    /// <summary>The item's lead member and the office record it done.</summary>
    public bool MayComplete(ItemView item) => item.CompletedOn is null && Plan?.Adopted == true && (MayRun || item.LeadPersonId == Me);
}
