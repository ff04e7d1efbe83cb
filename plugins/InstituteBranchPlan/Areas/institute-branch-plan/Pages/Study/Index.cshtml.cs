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

    /// <summary>The session being corrected (<c>?EditId=</c>, from its row's 编辑 link) and the version it was read at.</summary>
    [BindProperty(SupportsGet = true)] public long? EditId { get; set; }
    [BindProperty] public int Version { get; set; }
    public StudySessionView? Editing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "recorded" => Text.Of("学习已登记。", "The session is recorded."),
            "updated" => Text.Of("学习记录已修改。", "The session is corrected."),
            "readings" => Text.Of("必读篇目已保存。", "The required readings are saved."),
            _ => null,
        };
        await LoadAsync(ct);
        if (EditId is { } id)
        {
            var found = await study.FindAsync(id, ct);
            if (!found.Succeeded) return NotFound();
            if (!Runs.Contains(found.Value!.BranchId)) return StatusCode(403);
            Editing = found.Value;
            Prefill(Editing);
        }
        return Page();
    }

    /// <summary>The record form filled with the session as recorded.</summary>
    private void Prefill(StudySessionView s)
    {
        (BranchId, Kind, Title, HeldOn, PlannedHours, ActualHours, Place, Version) = (s.BranchId, s.Kind, s.Title, s.HeldOn, s.PlannedHours, s.ActualHours, s.Place, s.Version);
        AbsentIds = [.. s.Attendance.Where(a => !a.Attended).Select(a => a.PersonId)];
        Reasons = s.Attendance.Where(a => !a.Attended).ToDictionary(a => a.PersonId, a => a.AbsenceReason);
        Covered = [.. s.Readings.Select(r => r.Title)];
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct)
    {
        if (EditId is not { } id || await study.FindAsync(id, ct) is not { Succeeded: true } found) return NotFound();
        var session = found.Value!;
        var absent = AbsentIds.Distinct().ToHashSet();
        // The form says only which readings were covered: one covered by everyone present (or newly ticked) stays so; one the API
        // recorded for some of them keeps those (less anyone now absent).
        var presentBefore = session.Attendance.Where(a => a.Attended).Select(a => a.PersonId).ToHashSet();
        var readings = Covered.Select(t => session.Readings.FirstOrDefault(r => r.Title == t) is { } was && !presentBefore.SetEquals(was.PersonIds)
                && was.PersonIds.Where(p => !absent.Contains(p)).ToList() is { Count: > 0 } kept
            ? new ReadingCoverInput(t, kept) : new ReadingCoverInput(t)).ToList();
        var input = new StudySessionInput(session.BranchId, Kind, Title, HeldOn ?? campaign.Today, PlannedHours, ActualHours, Place, session.Summary,
            [.. absent.Select(p => new AbsenceInput(p, Reasons.GetValueOrDefault(p)))], readings, Version);
        var result = await study.UpdateAsync(id, input, ct);
        return await AfterPostAsync(result, "updated", () =>
        {
            (Editing, BranchId) = (session, session.BranchId); // the form again, as it was sent
            return LoadAsync(ct);
        });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new StudySessionInput(BranchId, Kind, Title, HeldOn ?? campaign.Today, PlannedHours, ActualHours, Place,
            Absent: [.. AbsentIds.Distinct().Select(id => new AbsenceInput(id, Reasons.GetValueOrDefault(id)))],
            Readings: [.. Covered.Select(t => new ReadingCoverInput(t))]);
        var result = await study.RecordAsync(input, ct);
        return await AfterPostAsync(result, "recorded", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostReadingsAsync(long branchId, string? titles, int version, CancellationToken ct)
    {
        var result = await study.SaveReadingsAsync(branchId, new ReadingListInput((titles ?? "").Split('\n'), version), ct);
        return await AfterPostAsync(result, "readings", () => LoadAsync(ct));
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
