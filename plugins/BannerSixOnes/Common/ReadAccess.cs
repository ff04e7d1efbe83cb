using Modular.Plugins.BannerSixOnes.Items;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Common;

/// <summary>
/// What the signed-in user may read of per-person records (reading notes, research reports): the office
/// and auditors everything; everyone else their own and those of organizations the host lets them see
/// (one person: <see cref="ICurrentUser.MayReadPersonAsync"/>).
/// </summary>
public static class ReadAccess
{
    /// <summary>The rows that are the user's own or of an organization they see (organization 0 = author not on the roster).</summary>
    public static async Task<IReadOnlyList<T>> OwnOrSeenAsync<T>(this ICurrentUser user, IReadOnlyList<T> rows,
        Func<T, long> organizationOf, Func<T, long> personOf, CancellationToken ct)
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

    /// <summary>An item's per-organization figures narrowed to the organizations the user sees (the API's progress endpoints).</summary>
    public static async Task<IReadOnlyList<OrganizationProgress>> SeenAsync(this ICurrentUser user, IReadOnlyList<OrganizationProgress> all, CancellationToken ct)
    {
        if (user.ReadsAll()) return all;
        var visible = new List<OrganizationProgress>();
        foreach (var p in all)
            if (await user.MaySeeOrganizationAsync(p.OrganizationId, ct)) visible.Add(p);
        return visible;
    }

    /// <summary>The leading cadres (items 4 and 5 are theirs) of the organizations the user sees.</summary>
    public static async Task<List<PersonInfo>> LeadingCadresSeenAsync(this ICurrentUser user, IRoster roster, CancellationToken ct)
    {
        var cadres = new List<PersonInfo>();
        foreach (var cadre in await roster.MembersAsync(new RosterQuery { LeadingCadresOnly = true }, ct))
            if (user.ReadsAll() || await user.MaySeeOrganizationAsync(cadre.OrganizationId, ct)) cadres.Add(cadre);
        return cadres;
    }
}
