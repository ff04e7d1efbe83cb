using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>One match of a picker search: the id the form posts, the name, where it sits (the organization path) and its code.</summary>
public sealed record PickItem(long Id, string Name, string Path, string? Code);

/// <summary>
/// What the searchable person and organization pickers (the host's <c>Shared/_PersonPicker</c> and
/// <c>Shared/_OrganizationPicker</c>, <c>/api/j/{jurisdiction}/pickers/...</c>) offer: the current jurisdiction only
/// (the roster's query filter), and of it what the user may see — everything for the office and auditors, the
/// subtrees they serve or inspect for officers and inspectors, and for anyone their own entry and organization.
/// </summary>
public sealed class PickerSearch(RosterDbContext db, IOrganizationDirectory directory, ICurrentUser user)
{
    /// <summary>Matches a search answers with; the picker asks again as the user types more.</summary>
    public const int PageSize = 20;

    /// <summary>The organization path shown beside a name, e.g. 阿拉善右旗 › 巴丹吉林镇 › 第一支部.</summary>
    public const string PathSeparator = " › ";

    /// <summary>The organizations the user may pick (null: all of them) and the user's own roster person.</summary>
    private async Task<(HashSet<long>? Organizations, long? Me, long? MyOrganization, Sdk.Core.OrganizationTree Tree)> ScopeAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var me = await user.PersonIdAsync(ct);
        var myOrganization = me is { } p ? await db.People.AsNoTracking().Where(x => x.Id == p).Select(x => (long?)x.OrganizationId).SingleOrDefaultAsync(ct) : null;
        if (user.ReadsAll()) return (null, me, myOrganization, tree);
        var visible = user.VisibleOrganizations(tree);
        return (visible, me, myOrganization, tree);
    }

    public static string PathOf(Sdk.Core.OrganizationTree tree, long organizationId) => tree.PathOf(organizationId, PathSeparator);

    /// <summary>Organizations whose name or code holds <paramref name="query"/> (all of them, in tree order, for an empty one).</summary>
    public async Task<IReadOnlyList<PickItem>> OrganizationsAsync(string? query, int take = PageSize, CancellationToken ct = default)
    {
        var (visible, _, myOrganization, tree) = await ScopeAsync(ct);
        var codes = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Code }).ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        var q = query?.Trim() ?? "";
        return tree.All
            .Where(o => visible is null || visible.Contains(o.Id) || o.Id == myOrganization)
            .Where(o => q.Length == 0 || o.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                        || codes.GetValueOrDefault(o.Id)?.StartsWith(q, StringComparison.OrdinalIgnoreCase) == true)
            .Take(Math.Clamp(take, 1, 1000))
            .Select(o => new PickItem(o.Id, o.Name, PathOf(tree, o.Id), codes.GetValueOrDefault(o.Id)))
            .ToList();
    }

    /// <summary>
    /// People on the rolls whose name holds <paramref name="query"/>, or whose roster number it is; by name. Those who left
    /// the Party (停止党籍, 开除) are not offered for new work; <paramref name="includeLeft"/> still names them where a
    /// form already holds one. <paramref name="within"/>: only those in that organization or under it (PickerField's
    /// <c>WithinOrganizationId</c>), still of those the user may see.
    /// </summary>
    public async Task<IReadOnlyList<PickItem>> PeopleAsync(string? query, int take = PageSize, CancellationToken ct = default, bool includeLeft = false, long? within = null)
    {
        var (visible, me, _, tree) = await ScopeAsync(ct);
        var people = db.People.AsNoTracking();
        if (!includeLeft) people = people.Where(p => p.Standing != PartyStanding.Suspended && p.Standing != PartyStanding.Expelled);
        if (visible is not null)
        {
            var ids = visible.ToList();
            people = people.Where(p => ids.Contains(p.OrganizationId) || p.Id == me);
        }
        if (within is { } root)
        {
            // An organization not in this jurisdiction's tree has no one under it.
            var subtree = tree.All.Where(o => tree.IsWithin(o.Id, root)).Select(o => o.Id).ToList();
            people = people.Where(p => subtree.Contains(p.OrganizationId));
        }
        var q = query?.Trim() ?? "";
        if (q.Length > 0)
            people = long.TryParse(q, out var id) ? people.Where(p => p.Id == id || p.Name.Contains(q)) : people.Where(p => p.Name.Contains(q));
        var rows = await people.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(Math.Clamp(take, 1, 1000))
            .Select(p => new { p.Id, p.Name, p.OrganizationId }).ToListAsync(ct);
        return rows.Select(p => new PickItem(p.Id, p.Name, PathOf(tree, p.OrganizationId), p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>One person by id, when the user may pick them (the name a picker shows for its current value).</summary>
    public async Task<PickItem?> PersonAsync(long id, CancellationToken ct = default) =>
        (await PeopleAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), PageSize, ct, includeLeft: true)).FirstOrDefault(p => p.Id == id);
}

internal static class PickerApi
{
    public static void MapPickerApi(this IEndpointRouteBuilder app)
    {
        var pickers = app.MapGroup("/api/j/{jurisdiction}/pickers").WithTags("pickers").RequireAuthorization();
        pickers.MapGet("/organizations", async (string? q, PickerSearch search, CancellationToken ct) => await search.OrganizationsAsync(q, ct: ct))
            .WithSummary("Organizations of this jurisdiction the user may see whose name or code holds q (at most 20): id, name, path (上级 › 本级), code. For the pages' organization picker.");
        pickers.MapGet("/people", async (string? q, long? within, PickerSearch search, CancellationToken ct) => await search.PeopleAsync(q, ct: ct, within: within))
            .WithSummary("Roster people of this jurisdiction the user may see whose name holds q, or whose number q is (at most 20): id, name, path (their organization's), code; with within, only those in that organization or under it. For the pages' person picker.");
    }
}
