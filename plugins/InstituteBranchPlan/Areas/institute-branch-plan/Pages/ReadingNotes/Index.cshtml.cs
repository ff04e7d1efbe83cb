using Modular.Plugins.InstituteBranchPlan.ReadingNotes;

namespace Modular.Plugins.InstituteBranchPlan.Pages.ReadingNotes;

/// <summary>读书笔记、心得体会: a member writes and sees their count; the branch sees every member's count and who is short.</summary>
public sealed class IndexModel(ReadingNoteService notes, InstituteBranchPlanCampaign campaign) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public MyNotes? Mine { get; private set; }
    public IReadOnlyList<BranchNotes> Branches { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty] public NoteKind Kind { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }

    public DateTime Local(DateTimeOffset at) => campaign.WallClock(at);

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done == "written" ? Text.Of("已提交。", "Handed in.") : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await notes.SubmitAsync(new NoteInput(Kind, Title, Body, Date), ct);
        return await AfterPostAsync(result, "written", () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Mine = await notes.MineAsync(ct);
        Branches = await notes.BranchesAsync(ct);
    }
}
