using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Common;

/// <summary>
/// Which participating unit a member, an outgoing member or a branch secretary belongs to: the nearest unit at or above their
/// organization (a gacha's branch is the gacha; the town's organs' branch and the town committee are the town). Organizations
/// under no unit (the banner's organs) belong to none. One rule for every coverage (outreach, secretaries trained, study). Pure.
/// </summary>
public static class UnitMembership
{
    /// <summary>The unit of <paramref name="organizationId"/>, walking up from it; null when it lies under no participating unit.</summary>
    public static Unit? Of(OrganizationTree tree, IReadOnlyDictionary<long, Unit> units, long organizationId)
    {
        var seen = 0;
        for (long? at = organizationId; at is { } id && seen++ < 64; at = tree.Find(id)?.ParentId)
            if (units.TryGetValue(id, out var unit)) return unit;
        return null;
    }
}

/// <summary>A member of the roster with the unit they belong to today.</summary>
public sealed record UnitMember(PersonInfo Person, Unit Unit);

/// <summary>A branch secretary (书记 of a branch or general branch) with the unit the branch belongs to.</summary>
public sealed record UnitSecretary(long PersonId, string Name, long BranchId, string Branch, Unit Unit);

/// <summary>
/// <see cref="UnitMembership"/> over the current tree and roster, read once per request: every member's unit today, so a
/// transfer moves the member (and what they did) to their new unit the moment the roster says so.
/// </summary>
public sealed class UnitMembers(ThirdBatchUnits units, ThirdBatchPeople roster, IOrganizationDirectory directory, BannerThirdBatchDbContext db)
{
    private IReadOnlyList<UnitMember>? _members;
    private IReadOnlyList<UnitSecretary>? _secretaries;

    public async Task<Unit?> UnitOfAsync(long organizationId, CancellationToken ct) => (await PlacerAsync(ct))(organizationId);

    /// <summary>The unit an organization belongs to (<see cref="UnitMembership.Of"/>) over today's tree and units.</summary>
    private async Task<Func<long, Unit?>> PlacerAsync(CancellationToken ct)
    {
        var tree = await units.TreeAsync(ct);
        var byId = (await units.AllAsync(ct)).ToDictionary(u => u.Id);
        return organizationId => UnitMembership.Of(tree, byId, organizationId);
    }

    /// <summary>Every member of the roster (outgoing ones included) who belongs to a participating unit.</summary>
    public async Task<IReadOnlyList<UnitMember>> MembersAsync(CancellationToken ct)
    {
        if (_members is not null) return _members;
        var unitOf = await PlacerAsync(ct);
        var people = (await roster.AllAsync(ct)).Values;
        return _members = [.. people.Select(p => unitOf(p.OrganizationId) is { } u ? new UnitMember(p, u) : null).OfType<UnitMember>()];
    }

    /// <summary>The outgoing members (外出党员) of every unit, as the roster flags them today.</summary>
    public async Task<IReadOnlyList<UnitMember>> OutgoingAsync(CancellationToken ct) => [.. (await MembersAsync(ct)).Where(m => m.Person.IsOutgoing)];

    /// <summary>How many members (outgoing ones included) each unit has: the figures that need the count, not the people.</summary>
    public async Task<IReadOnlyDictionary<long, int>> HeadcountsAsync(CancellationToken ct) => await ByUnitAsync(await roster.HeadcountsAsync(ct), ct);

    /// <summary>Counts per organization (where the roster has the people now) summed per unit; organizations under no unit are left out.</summary>
    public async Task<IReadOnlyDictionary<long, int>> ByUnitAsync(IReadOnlyDictionary<long, int> perOrganization, CancellationToken ct)
    {
        var unitOf = await PlacerAsync(ct);
        var perUnit = new Dictionary<long, int>();
        foreach (var (organizationId, count) in perOrganization)
            if (unitOf(organizationId) is { } unit) perUnit[unit.Id] = perUnit.GetValueOrDefault(unit.Id) + count;
        return perUnit;
    }

    /// <summary>The ids of each unit's outgoing members (外出党员) today, read alone (without the rest of the roster), by unit id.</summary>
    public async Task<ILookup<long, long>> OutgoingIdsAsync(CancellationToken ct)
    {
        if (_members is not null) return (await OutgoingAsync(ct)).ToLookup(m => m.Unit.Id, m => m.Person.Id);
        var unitOf = await PlacerAsync(ct);
        var outgoing = await db.RosterMembers.Where(m => m.IsOutgoing).Select(m => new { m.PersonId, m.OrganizationId }).ToListAsync(ct);
        return outgoing.Select(m => (m.PersonId, Unit: unitOf(m.OrganizationId))).Where(m => m.Unit is not null)
            .ToLookup(m => m.Unit!.Id, m => m.PersonId);
    }

    /// <summary>The secretaries of every branch and general branch that belongs to a unit (one line per branch and person).</summary>
    public async Task<IReadOnlyList<UnitSecretary>> SecretariesAsync(CancellationToken ct)
    {
        if (_secretaries is not null) return _secretaries;
        var tree = await units.TreeAsync(ct);
        var unitOf = await PlacerAsync(ct);
        var officers = (await directory.AllOfficersAsync(ct)).Where(o => o.Post == OfficerPost.Secretary).ToList();
        var names = await roster.FindManyAsync(officers.Select(o => o.PersonId).Distinct(), ct);
        var list = new List<UnitSecretary>();
        foreach (var officer in officers)
        {
            if (tree.Find(officer.OrganizationId) is not { Kind: OrganizationKind.Branch or OrganizationKind.GeneralBranch } branch) continue;
            if (unitOf(branch.Id) is not { } unit || !names.TryGetValue(officer.PersonId, out var person)) continue;
            list.Add(new UnitSecretary(officer.PersonId, person.Name, branch.Id, branch.Name, unit));
        }
        return _secretaries = list;
    }
}
