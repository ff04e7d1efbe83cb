using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Training;

namespace Modular.Plugins.BannerSixOnes.Pages.Training;

/// <summary>Schedule a session (or correct it), and tick who of the committee's members attended.</summary>
public sealed class SessionModel(TrainingService training, IOrganizationDirectory directory) : PluginPageModel
{
    public SessionDetail? Existing { get; private set; }
    public IReadOnlyList<OrganizationInfo> Committees { get; private set; } = [];
    public IReadOnlyList<PersonInfo> Members { get; private set; } = [];
    public OrganizationTree Tree { get; private set; } = null!;
    public bool MayEdit { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty] public long? CommitteeId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public decimal? Hours { get; set; }
    [BindProperty] public string? Field { get; set; }
    [BindProperty] public string? Industry { get; set; }
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public List<long> Attended { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(long? id, bool saved, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Existing is { } e)
            (CommitteeId, Title, HeldOn, Place, Hours, Field, Industry, Version) =
                (e.Session.CommitteeId, e.Session.Title, e.Session.HeldOn, e.Session.Place, e.Session.Hours, e.Session.FieldLabel, e.Session.Industry, e.Session.Version);
        Attended = [.. Existing?.Attendance.Select(a => a.PersonId) ?? []];
        if (saved) Notice = Text.Of("已保存。", "Saved.");
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(long? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var outcome = await training.SaveSessionAsync(id, new SessionInput(CommitteeId, Title, HeldOn, Place, Hours, Field, Industry, Version), ct);
        return Done(outcome);
    }

    public async Task<IActionResult> OnPostAttendanceAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var outcome = await training.SetAttendanceAsync(id, new AttendanceSetInput(Attended, Version), ct);
        return Done(outcome);
    }

    private IActionResult Done(Result<SessionDetail> outcome)
    {
        if (outcome.Succeeded) return Redirect($"{Base}/Training/Session?id={outcome.Value!.Session.Id}&saved=true");
        if (outcome.Kind == ResultKind.Forbidden) return StatusCode(403);
        if (outcome.Kind == ResultKind.NotFound) return NotFound();
        (ErrorField, Error) = (outcome.Field, outcome.Message);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(long? id, CancellationToken ct)
    {
        Tree = await directory.TreeAsync(ct);
        Committees = await training.CommitteesManagedAsync(ct);
        if (id is { } sessionId)
        {
            var outcome = await training.SessionAsync(sessionId, ct);
            if (outcome.Kind == ResultKind.NotFound) return NotFound();
            if (!outcome.Succeeded) return StatusCode(403);
            Existing = outcome.Value;
            MayEdit = await training.MayEditAsync(Existing!.Session.CommitteeId, ct);
            if (MayEdit) Members = await training.MembersOfAsync(Existing.Session.CommitteeId, ct);
        }
        else
        {
            if (Committees.Count == 0) return StatusCode(403);
            MayEdit = true;
        }
        return null;
    }
}
