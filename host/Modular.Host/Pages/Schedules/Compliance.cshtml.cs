using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Schedules;
using Modular.Sdk.Core;

namespace Modular.Host.Pages.Schedules;

/// <summary>Share of obligations done, late, missed and pending for an organization's subtree, per type.</summary>
[Authorize]
public sealed class ComplianceModel(ComplianceRollup rollup, ObligationStore store, IOrganizationDirectory organizations) : PageModel
{
    public long? Organization { get; private set; }
    /// <summary>The tree in display order (parents before children), for the organization picker.</summary>
    public IReadOnlyList<OrganizationInfo> Tree { get; private set; } = [];
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public IReadOnlyList<ComplianceLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(long? organization, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = store.Today;
        Tree = InTreeOrder(await organizations.ListAsync(ct));
        // Without a choice, the whole jurisdiction: the root of the tree.
        organization ??= Tree.FirstOrDefault(o => o.ParentId is null)?.Id;
        (Organization, From, To) = (organization, from ?? new DateOnly(today.Year, 1, 1), to ?? new DateOnly(today.Year, 12, 31));
        if (organization is { } root)
        {
            await rollup.RefreshTreeAsync(ct);
            Lines = await rollup.RollupAsync(root, From, To, today, ct);
        }
    }

    private static List<OrganizationInfo> InTreeOrder(IReadOnlyList<OrganizationInfo> all)
    {
        var children = all.ToLookup(o => o.ParentId);
        var ordered = new List<OrganizationInfo>(all.Count);
        void Add(long? parent) { foreach (var child in children[parent].OrderBy(o => o.Name, StringComparer.Ordinal)) { ordered.Add(child); Add(child.Id); } }
        Add(null);
        return ordered;
    }
}
