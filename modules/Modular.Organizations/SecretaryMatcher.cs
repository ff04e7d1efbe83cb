using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>
/// Finds the member an organization file's 书记 names: the one member of that name in the organization itself, else
/// the one in the whole jurisdiction. No such member, or several, and the name is kept on the organization as its
/// pending secretary (<see cref="Organization.PendingSecretaryName"/>) until a later match finds exactly one.
/// </summary>
internal static class SecretaryMatcher
{
    public sealed record Member(long Id, string Name, long OrganizationId);

    /// <summary>The member, or why none: the reason reads after the name ("名册中没有名为“张三”的党员").</summary>
    public static (long? PersonId, string? Problem) Match(string name, long? organizationId, IReadOnlyList<Member> sameName)
    {
        var own = organizationId is { } id ? sameName.Where(m => m.OrganizationId == id).ToList() : [];
        var candidates = own.Count > 0 ? own : sameName;
        return candidates.Count switch
        {
            1 => (candidates[0].Id, null),
            0 => (null, Text.Of($"名册中没有名为“{name}”的党员", $"no member named \"{name}\" is on the roster")),
            var n => (null, own.Count > 0
                ? Text.Of($"本组织有 {n} 名党员名为“{name}”", $"{n} members of this organization are named \"{name}\"")
                : Text.Of($"名册中有 {n} 名党员名为“{name}”，且都不在本组织", $"{n} members are named \"{name}\", none of them in this organization")),
        };
    }

    /// <summary>The members bearing any of these names, by name.</summary>
    public static async Task<Dictionary<string, List<Member>>> MembersNamedAsync(RosterDbContext db, IReadOnlyCollection<string> names, CancellationToken ct)
    {
        if (names.Count == 0) return [];
        var list = names.Distinct().ToList();
        var members = await db.People.AsNoTracking().Where(p => list.Contains(p.Name))
            .Select(p => new Member(p.Id, p.Name, p.OrganizationId)).ToListAsync(ct);
        return members.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Id).ToList());
    }

    /// <summary>Each organization's secretaries' names (by person id), for the 书记 cell of an export and the no-change check of an import.</summary>
    public static async Task<Dictionary<long, List<string>>> SecretaryNamesAsync(RosterDbContext db, CancellationToken ct)
    {
        var rows = await (from o in db.Officers.AsNoTracking()
                          where o.Post == OfficerPost.Secretary
                          join p in db.People.AsNoTracking() on o.PersonId equals p.Id
                          orderby o.OrganizationId, p.Id
                          select new { o.OrganizationId, p.Name }).ToListAsync(ct);
        return rows.GroupBy(r => r.OrganizationId).ToDictionary(g => g.Key, g => g.Select(r => r.Name).ToList());
    }
}
