using Modular.Sdk.Core;

namespace Modular.Schedules;

/// <summary>
/// Whose obligations, calendars and compliance the signed-in user may read: the office and auditors everyone's;
/// an officer or inspector (e.g. a branch secretary) those of their subtree; everyone their own.
/// </summary>
internal sealed class ScheduleAccess(ICurrentUser user, IOrganizationDirectory organizations)
{
    public bool ReadsAll => user.IsJurisdictionAdmin || user.IsAuditor;

    /// <summary>The user's own roster person, when the account is linked to one.</summary>
    public Task<long?> OwnPersonAsync(CancellationToken ct = default) => user.PersonIdAsync(ct);

    /// <summary>The organizations the user is an officer of: their own items on the dashboard card (e.g. the branch's education event).</summary>
    public IReadOnlyList<long> OfficerOf => user.OfficerOf;

    public Task<bool> MayReadPersonAsync(long personId, CancellationToken ct = default) => user.MayReadPersonAsync(personId, ct);

    public Task<bool> MayReadOrganizationAsync(long organizationId, CancellationToken ct = default) =>
        user.MaySeeOrganizationAsync(organizationId, ct);

    /// <summary>
    /// What a page shows when asked for nobody: the user's own person (first, with <paramref name="preferPerson"/>), else
    /// the first organization they oversee — the tree's root for the office.
    /// </summary>
    public async Task<(long? Organization, long? Person)> DefaultSubjectAsync(bool preferPerson, CancellationToken ct = default)
    {
        var person = await user.PersonIdAsync(ct);
        if (preferPerson && person is not null) return (null, person);
        var organization = ReadsAll
            ? (await organizations.ListAsync(ct)).Where(o => o.ParentId is null).OrderBy(o => o.Id).Select(o => (long?)o.Id).FirstOrDefault()
            : user.OfficerOf.Concat(user.InspectorOf).Select(o => (long?)o).FirstOrDefault();
        return organization is not null ? (organization, null) : (null, person);
    }

    /// <summary>The organizations whose subtree rollups and calendars the user may read, parents before children.</summary>
    public async Task<IReadOnlyList<OrganizationInfo>> OrganizationsAsync(CancellationToken ct = default)
    {
        var all = await organizations.ListAsync(ct);
        if (ReadsAll) return InTreeOrder(all);
        var seen = new HashSet<long>();
        foreach (var root in user.OfficerOf.Concat(user.InspectorOf))
            seen.UnionWith((await organizations.SubtreeAsync(root, ct)).Select(o => o.Id));
        return InTreeOrder(all.Where(o => seen.Contains(o.Id)).ToList());
    }

    /// <summary>The tree in display order (each node followed by its children by name); a node whose parent is left out starts a tree of its own.</summary>
    public static IReadOnlyList<OrganizationInfo> InTreeOrder(IReadOnlyList<OrganizationInfo> nodes)
    {
        var ids = nodes.Select(o => o.Id).ToHashSet();
        var children = nodes.ToLookup(o => o.ParentId is { } p && ids.Contains(p) ? p : (long?)null);
        var ordered = new List<OrganizationInfo>(nodes.Count);
        void Add(long? parent)
        {
            foreach (var child in children[parent].OrderBy(o => o.Name, StringComparer.Ordinal))
            {
                ordered.Add(child);
                Add(child.Id);
            }
        }
        Add(null);
        return ordered;
    }
}
