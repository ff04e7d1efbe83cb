using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.Study;

namespace Modular.Plugins.InstituteBranchPlan.Pages.Study;

/// <summary>组织学习“三严三保”: a member's sessions and readings; the branch records sessions (and its mobilization meeting), keeps its required readings and sees the figures.</summary>
public sealed class IndexModel(StudyService study, BranchOffice office, InstituteBranchPlanCampaign campaign, IRoster roster) : PluginPageModel
{
    public InstituteRules Rules { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public MyStudy? Mine { get; private set; }
    public IReadOnlyList<BranchStudy> Branches { get; private set; } = [];
    public HashSet<long> Runs { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty] public long BranchId { get; set; }
    [BindProperty] public StudyKind Kind { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public decimal PlannedHours { get; set; } = 2;
    [BindProperty] public decimal ActualHours { get; set; } = 2;
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public List<long> AbsentIds { get; set; } = [];
    [BindProperty] public Dictionary<long, string?> Reasons { get; set; } = [];
    [BindProperty] public List<string> Covered { get; set; } = [];

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "recorded" => Text.Of("学习已登记。", "The session is recorded."),
            "readings" => Text.Of("必读篇目已保存。", "The required readings are saved."),
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new StudySessionInput(BranchId, Kind, Title, HeldOn ?? campaign.Today, PlannedHours, ActualHours, Place,
            Absent: [.. AbsentIds.Distinct().Select(id => new AbsenceInput(id, Reasons.GetValueOrDefault(id)))],
            Readings: [.. Covered.Select(t => new ReadingCoverInput(t))]);
        var result = await study.RecordAsync(input, ct);
        if (result.Succeeded) return RedirectToPage(new { done = "recorded" });
        await LoadAsync(ct);
        return Unless(result)!;
    }

    public async Task<IActionResult> OnPostReadingsAsync(long branchId, string? titles, int version, CancellationToken ct)
    {
        var result = await study.SaveReadingsAsync(branchId, new ReadingListInput((titles ?? "").Split('\n'), version), ct);
        if (result.Succeeded) return RedirectToPage(new { done = "readings" });
        await LoadAsync(ct);
        return Unless(result)!;
    }

    public async Task<IReadOnlyList<PersonInfo>> MembersAsync(long branchId, CancellationToken ct) =>
        [.. (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branchId }, ct)).OrderBy(m => m.Name, StringComparer.Ordinal)];

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await campaign.RulesAsync(ct);
        Today = campaign.Today;
        Mine = await study.MineAsync(ct);
        Branches = await study.BranchesAsync(ct);
        foreach (var b in Branches)
            if (await office.MayRunAsync(b.BranchId, ct)) Runs.Add(b.BranchId);
    }
}
