using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.LifeMeeting;

namespace Modular.Plugins.PartyGroupStudy.Pages.LifeMeeting;

/// <summary>专题民主生活会: the meeting and who attended, each member's speaking material, the criticism and self-criticism.</summary>
public sealed class IndexModel(LifeMeetingService meetings, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public MeetingView? View { get; private set; }
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public bool MayRun { get; private set; }
    public long? Me { get; private set; }
    public string? Notice { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Material { get; set; }
    [BindProperty] public string? Said { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "meeting" => Text.Of("会议已登记。", "The meeting is recorded."),
            "material" => Text.Of("发言材料已保存。", "The speaking material is saved."),
            "criticism" => Text.Of("批评与自我批评已登记。", "What was said is recorded."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostMeetingAsync(DateOnly? heldOn, decimal? hours, int? version, CancellationToken ct)
    {
        var attended = Request.Form["attended"].Select(x => long.TryParse(x, out var id) ? id : 0).Where(id => id > 0).ToList();
        return await AfterPostAsync(await meetings.HoldAsync(new MeetingInput(Title, heldOn, hours, Place, Summary, attended, version), ct), "meeting", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostMaterialAsync(long? personId, DateOnly? writtenOn, int? version, CancellationToken ct) =>
        await AfterPostAsync(await meetings.SaveMaterialAsync(new MaterialInput(personId, Material, writtenOn, version), ct), "material", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCriticismAsync(long? fromPersonId, long? toPersonId, CancellationToken ct) =>
        await AfterPostAsync(await meetings.AddCriticismAsync(new CriticismInput(fromPersonId, toPersonId, Said), ct), "criticism", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        MayRun = await office.MayRunAsync(ct);
        Me = (await office.MeAsync(ct))?.PersonId;
        View = (await meetings.ReadAsync(ct)).Value;
        Participants = View is null ? [] : await office.ParticipantsAsync(ct);
        Title ??= View?.Meeting?.Title ?? Text.Of("县政府党组深入学习实践科学发展观专题民主生活会", "The party group's special democratic life meeting");
        Place ??= View?.Meeting?.Place;
        Summary ??= View?.Meeting?.Summary;
    }

    /// <summary>The members whose material or criticism the user records: everyone for the office, oneself for a member.</summary>
    public IEnumerable<Participant> Writers => Participants.Where(p => MayRun || p.PersonId == Me);
}
