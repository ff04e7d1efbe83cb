using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.DailyNotes;

namespace Modular.Plugins.BannerSixOnes.Pages.Notes;

/// <summary>学习笔记本: a member's month (done / missing / locked) and the form to write a day's note, with a live 字数 counter.</summary>
public sealed class IndexModel(
    SixOnesCampaign campaign, ICurrentUser user, IRoster roster, Notebook notebook, DailyNoteService notes) : PluginPageModel
{
    [BindProperty(SupportsGet = true)] public long? PersonId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Day { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public decimal? Hours { get; set; }

    public SixOnesRules Rules { get; private set; } = null!;
    public PersonInfo? Member { get; private set; }
    public NotebookMonth? Calendar { get; private set; }
    public DailyNoteView? Existing { get; private set; }
    public string? Notice { get; private set; }

    /// <summary>
    /// Whether the user records for others (the picker on the page): the office for every member, an officer for the members of
    /// the organizations they manage. The picker searches whom the user sees; every read and write still checks the person.
    /// </summary>
    public bool RecordsForOthers => user.IsJurisdictionAdmin || user.OfficerOf.Count > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if ((PersonId ?? await user.PersonIdAsync(ct)) is not { } person)
            return await LoadAsync(ct);
        var result = await notes.SubmitAsync(person, Day, Body, Hours, ct);
        if (result.Kind == ResultKind.Forbidden) return Forbid();
        if (result.Succeeded)
            Notice = Text.Of($"{Day:yyyy-MM-dd} 的学习笔记已保存（{result.Value!.Characters} 字，{result.Value.Hours:0.##} 小时）。",
                $"The note of {Day:yyyy-MM-dd} is saved ({result.Value!.Characters} characters, {result.Value.Hours:0.##} hours).");
        else Error = result.Message;
        return await LoadAsync(ct, keepInput: !result.Succeeded);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct, bool keepInput = false)
    {
        Rules = await campaign.RulesAsync(ct);
        var today = campaign.Today;
        if ((PersonId ?? await user.PersonIdAsync(ct)) is not { } person) return Page(); // the page explains how to pick a member
        Member = await roster.FindAsync(person, ct);
        if (Member is null) return NotFound();
        Day ??= Rules.IsDue(today) ? today : Rules.CampaignStart;
        var month = Month is not null && DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", out var m) ? m : Day.Value;
        var calendar = await notebook.MonthAsync(Member, month, ct);
        if (calendar.Kind == ResultKind.Forbidden) return Forbid();
        Calendar = calendar.Value;
        Existing = (await notes.ListAsync(Member, Day.Value, Day.Value, ct)).Value?.FirstOrDefault();
        if (!keepInput)
        {
            Body = Existing?.Body;
            Hours = Existing?.Hours ?? Rules.DailyStudyHours;
        }
        return Page();
    }
}
