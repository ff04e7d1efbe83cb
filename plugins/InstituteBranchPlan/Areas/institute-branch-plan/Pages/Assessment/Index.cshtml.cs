using Modular.Plugins.InstituteBranchPlan.Assessment;

namespace Modular.Plugins.InstituteBranchPlan.Pages.Assessment;

/// <summary>
/// 年度考核: a member's year line by line — their own by default; those who see a branch choose any of its members.
/// Another member's assessment the user may not read is 404, as the API answers.
/// </summary>
public sealed class IndexModel(AssessmentService assessments, ICurrentUser user) : PluginPageModel
{
    public MemberAssessment? Assessment { get; private set; }
    public IReadOnlyList<AssessableMember> Members { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public long? PersonId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Members = await assessments.MembersAsync(ct);
        var personId = PersonId ?? await user.PersonIdAsync(ct);
        if (personId is null) return Page();   // the office without a roster entry: choose a member first
        var found = await assessments.ForAsync(personId.Value, ct);
        if (!found.Succeeded) return PersonId is null ? Page() : NotFound();
        Assessment = found.Value;
        PersonId = personId;
        return Page();
    }
}
