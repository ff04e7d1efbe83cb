using Modular.Plugins.PartyGroupStudy.LeadingGroup;
using Modular.Plugins.PartyGroupStudy.ReadingNotes;

namespace Modular.Plugins.PartyGroupStudy.Pages.ReadingNotes;

/// <summary>读书笔记: the member's own characters first, the form to hand in a note; for the office every member's line and the returns.</summary>
public sealed class IndexModel(ReadingNoteService notes, GroupOffice office, PartyGroupStudyCampaign campaign) : PluginPageModel
{
    public NotesOverview? Notes { get; private set; }
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty] public string? NoteTitle { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "note" => Text.Of("读书笔记已提交。", "The note is handed in."),
            "returned" => Text.Of("读书笔记已退回。", "The note is returned."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostNoteAsync(DateOnly date, long? personId, CancellationToken ct) =>
        await AfterPostAsync(await notes.SubmitAsync(new NoteInput(NoteTitle, Body, date, personId), ct), "note", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostReturnAsync(long id, CancellationToken ct) =>
        await AfterPostAsync(await notes.ReturnAsync(id, new ReturnInput(Comment), ct), "returned", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = campaign.Today;
        Notes = (await notes.OverviewAsync(ct)).Value;
        Participants = Notes?.MayRun == true ? await office.ParticipantsAsync(ct) : [];
    }

    public MemberNotes? Mine => Notes?.Members.FirstOrDefault(m => m.PersonId == Notes.Me);
}
