using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Sdk.Core;

namespace Modular.Schedules.Pages.Schedules;

/// <summary>
/// Share of obligations done, late, missed and pending per type, for an organization's subtree the user oversees
/// (the whole jurisdiction for the office, their branch for a secretary) or, for a member, their own.
/// </summary>
[Authorize]
internal sealed class ComplianceModel(ComplianceRollup rollup, ObligationStore store, ScheduleAccess access, IRoster roster) : PageModel
{
    public long? Organization { get; private set; }
    public long? Person { get; private set; }
    public string? PersonName { get; private set; }
    /// <summary>The organizations the user may roll up, parents before children.</summary>
    public IReadOnlyList<OrganizationInfo> Tree { get; private set; } = [];
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public IReadOnlyList<ComplianceLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? organization, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = store.Today;
        Tree = await access.OrganizationsAsync(ct);
        var (defaultOrganization, ownPerson) = await access.DefaultSubjectAsync(preferPerson: false, ct);
        (Organization, Person) = organization is not null ? (organization, null) : (defaultOrganization, ownPerson);
        if (Organization is { } root && !await access.MayReadOrganizationAsync(root, ct)) return Forbid();

        var range = await rollup.DefaultRangeAsync(today, ct);
        (From, To) = (from ?? range.From, to ?? range.To);
        if (Organization is { } org)
            Lines = await rollup.RollupAsync(org, From, To, today, ct);
        else if (Person is { } person)
        {
            PersonName = (await roster.FindAsync(person, ct))?.Name;
            Lines = await rollup.RollupPersonAsync(person, From, To, today, ct);
        }
        return Page();
    }
}
