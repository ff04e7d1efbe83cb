using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Education;

namespace Modular.Plugins.BannerSixOnes.Pages.Education;

/// <summary>The record form: the event's particulars and, for each member of the organization, attended or absent with a reason.</summary>
public sealed class RecordModel(EducationService education, IOrganizationDirectory directory) : PluginPageModel
{
    public OrganizationInfo Organization { get; private set; } = null!;
    public EducationDetail? Existing { get; private set; }
    public IReadOnlyList<PersonInfo> Members { get; private set; } = [];
    public Dictionary<long, string> OrganizationNames { get; private set; } = [];

    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public List<string> Contents { get; set; } = [];
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public decimal? Hours { get; set; }
    [BindProperty] public List<long> Attended { get; set; } = [];
    [BindProperty] public Dictionary<long, string?> Reasons { get; set; } = [];
    [BindProperty] public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(long organization, CancellationToken ct)
    {
        if (await LoadAsync(organization, ct) is { } stop) return stop;
        if (Existing?.EventId is not null)
        {
            Topic = Existing.Topic; HeldOn = Existing.HeldOn; Place = Existing.Place; Contents = [.. Existing.Contents];
            Summary = Existing.Summary; Hours = Existing.Hours; Version = Existing.Version;
            Attended = [.. Existing.Attendance.Where(a => a.Attended).Select(a => a.PersonId)];
            Reasons = Existing.Attendance.Where(a => !a.Attended).ToDictionary(a => a.PersonId, a => a.AbsenceReason);
        }
        else Attended = [.. Members.Select(m => m.Id)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long organization, CancellationToken ct)
    {
        if (await LoadAsync(organization, ct) is { } stop) return stop;
        var attendance = Members.Select(m => new AttendanceInput(m.Id, Attended.Contains(m.Id), Reasons.GetValueOrDefault(m.Id))).ToList();
        var outcome = await education.RecordAsync(organization, new EducationInput(Topic, HeldOn, Place, Contents, Summary, Hours, attendance, Version), ct);
        if (outcome.Succeeded) return Redirect($"{Base}/Education/Event?organization={organization}&saved=1");
        if (outcome.Kind == ResultKind.Forbidden) return StatusCode(403);
        (ErrorField, Error) = (outcome.Field, outcome.Message);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(long organization, CancellationToken ct)
    {
        if (await directory.FindAsync(organization, ct) is not { } org || !EducationRules.Owes(org)) return NotFound();
        if (!await education.MayRecordAsync(organization, ct)) return StatusCode(403);
        Organization = org;
        Existing = (await education.DetailAsync(organization, ct)).Value;
        Members = await education.MembersOfAsync(organization, ct);
        OrganizationNames = (await directory.SubtreeAsync(organization, ct)).ToDictionary(o => o.Id, o => o.Name);
        return null;
    }
}
