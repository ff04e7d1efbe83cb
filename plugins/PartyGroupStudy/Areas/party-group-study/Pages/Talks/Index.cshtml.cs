using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.Talks;

namespace Modular.Plugins.PartyGroupStudy.Pages.Talks;

/// <summary>谈心交心: the pairs the plan asks for, each member's progress, the talks and a form to record one.</summary>
public sealed class IndexModel(TalkService talks, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public TalksView? View { get; private set; }
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public bool MayRun { get; private set; }
    public long? Me { get; private set; }
    public string? Notice { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty] public string? Topics { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "talk" ? Text.Of("谈心已登记。", "The talk is recorded.") : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostTalkAsync(long? personId, long? withPersonId, DateOnly? talkedOn, CancellationToken ct) =>
        await AfterPostAsync(await talks.RecordAsync(new TalkInput(personId, withPersonId, talkedOn, Topics), ct), "talk", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        MayRun = await office.MayRunAsync(ct);
        Me = (await office.MeAsync(ct))?.PersonId;
        View = (await talks.ReadAsync(ct)).Value;
        Participants = View is null ? [] : await office.ParticipantsAsync(ct);
    }
}
