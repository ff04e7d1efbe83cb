namespace Modular.Sdk.Core;

/// <summary>
/// Which organizations' records the signed-in user reads and where they stand in the tree: the one set of rules
/// both campaign plugins use, on top of <see cref="ICurrentUser"/>'s per-organization and per-person checks.
/// </summary>
public static class Visibility
{
    /// <summary>The office and auditors read every organization's records.</summary>
    public static bool ReadsAll(this ICurrentUser user) => user.IsJurisdictionAdmin || user.IsAuditor;

    /// <summary>
    /// Whom a record is written for: the person named, else the caller's own roster entry — refused on
    /// <c>personId</c> when there is neither, forbidden (with <paramref name="forbidden"/>) when the caller may not
    /// act for that person (themselves, the officers over them, the office).
    /// </summary>
    public static async Task<Result<long>> AuthorAsync(this ICurrentUser user, long? personId, string forbidden, CancellationToken ct = default)
    {
        if ((personId ?? await user.PersonIdAsync(ct)) is not { } author)
            return Refuse.Field("personId", Text.Of("您的账号未关联党员名册，请指定人员。", "Your account is not linked to the roster; give the person."));
        return await user.MayActForPersonAsync(author, ct) ? Result.Ok(author) : Refuse.Forbidden(forbidden);
    }

    /// <summary>Oversees some organizations: the office, auditors, officers and inspectors (<see cref="KnownRoles.Overseers"/>), who read dashboards.</summary>
    public static bool Oversees(this ICurrentUser user) => user.ReadsAll() || user.OfficerOf.Count > 0 || user.InspectorOf.Count > 0;

    /// <summary>
    /// Everything for the office and auditors; the subtrees they serve or inspect for officers and inspectors;
    /// nothing for a member (members read their own records through their own views). One walk of the tree
    /// instead of a permission check per organization.
    /// </summary>
    public static HashSet<long> VisibleOrganizations(this ICurrentUser user, OrganizationTree tree)
    {
        if (user.ReadsAll()) return [.. tree.All.Select(o => o.Id)];
        var visible = new HashSet<long>();
        foreach (var root in user.OfficerOf.Concat(user.InspectorOf)) visible.UnionWith(tree.SubtreeIds(root));
        return visible;
    }

    /// <inheritdoc cref="VisibleOrganizations(ICurrentUser, OrganizationTree)"/>
    public static async Task<HashSet<long>> VisibleOrganizationsAsync(this ICurrentUser user, IOrganizationDirectory directory, CancellationToken ct = default) =>
        user.VisibleOrganizations(await directory.TreeAsync(ct));

    /// <summary>
    /// The level above the organization (上一级), which receives its filings, scores it and recognizes it: whoever
    /// manages its parent, and the office everywhere — the top of the tree has no parent, so only the office is above it.
    /// </summary>
    public static async Task<bool> IsLevelAboveAsync(this ICurrentUser user, OrganizationTree tree, long organizationId, CancellationToken ct = default)
    {
        if (user.IsJurisdictionAdmin) return true;
        return tree.Find(organizationId)?.ParentId is { } parent && await user.ManagesOrganizationAsync(parent, ct);
    }

    /// <summary>
    /// The rows that are the user's own or of an organization they see: per-person records (reading notes, reports,
    /// services) on a list page. Organization 0 is an author not on the roster: only their own row shows.
    /// </summary>
    public static async Task<IReadOnlyList<T>> OwnOrSeenAsync<T>(this ICurrentUser user, IReadOnlyList<T> rows,
        Func<T, long> organizationOf, Func<T, long> personOf, CancellationToken ct = default)
    {
        if (user.ReadsAll()) return rows;
        var me = await user.PersonIdAsync(ct);
        var seen = new Dictionary<long, bool>(); // one permission check per organization, not per row
        var visible = new List<T>();
        foreach (var row in rows)
        {
            var organizationId = organizationOf(row);
            if (!seen.TryGetValue(organizationId, out var may))
                seen[organizationId] = may = organizationId != 0 && await user.MaySeeOrganizationAsync(organizationId, ct);
            if (may || personOf(row) == me) visible.Add(row);
        }
        return visible;
    }

    /// <summary>Per-organization rows (an item's progress, a committee's figures) narrowed to the organizations the user sees.</summary>
    public static async Task<IReadOnlyList<T>> SeenAsync<T>(this ICurrentUser user, IReadOnlyList<T> rows, Func<T, long> organizationOf, CancellationToken ct = default)
    {
        if (user.ReadsAll()) return rows;
        var seen = new Dictionary<long, bool>();
        var visible = new List<T>();
        foreach (var row in rows)
        {
            var organizationId = organizationOf(row);
            if (!seen.TryGetValue(organizationId, out var may)) seen[organizationId] = may = await user.MaySeeOrganizationAsync(organizationId, ct);
            if (may) visible.Add(row);
        }
        return visible;
    }

    /// <summary>The leading cadres (领导干部) of the organizations the user sees.</summary>
    public static async Task<IReadOnlyList<PersonInfo>> LeadingCadresSeenAsync(this ICurrentUser user, IRoster roster, CancellationToken ct = default) =>
        await user.SeenAsync(await roster.MembersAsync(new RosterQuery { LeadingCadresOnly = true }, ct), c => c.OrganizationId, ct);
}
