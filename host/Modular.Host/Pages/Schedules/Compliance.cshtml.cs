using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Schedules;

namespace Modular.Host.Pages.Schedules;

/// <summary>Share of obligations done, late, missed and pending for an organization's subtree, per type.</summary>
[Authorize]
public sealed class ComplianceModel(ComplianceRollup rollup, ObligationStore store) : PageModel
{
    public long? Organization { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public IReadOnlyList<ComplianceLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(long? organization, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = store.Today;
        (Organization, From, To) = (organization, from ?? new DateOnly(today.Year, 1, 1), to ?? new DateOnly(today.Year, 12, 31));
        if (organization is { } root)
        {
            await rollup.RefreshTreeAsync(ct);
            Lines = await rollup.RollupAsync(root, From, To, today, ct);
        }
    }
}
