using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Common;

/// <summary>
/// A person picked from the roster for a unit's record (an accountability case, a model member): someone the user may read in
/// this jurisdiction's roster who belongs to the unit (or, for a sumu/town, to one of its gacha and communities).
/// </summary>
public sealed class PersonPicks(IRoster roster, ICurrentUser user, UnitMembers members)
{
    /// <summary>The person, or why not (a message for the field).</summary>
    public async Task<(PersonInfo? Person, string? Problem)> OfUnitAsync(long personId, Unit unit, CancellationToken ct)
    {
        if (await roster.FindAsync(personId, ct) is not { } person || !await user.MayReadPersonAsync(personId, ct)) return (null, References.NoPerson(personId));
        var of = await members.UnitOfAsync(person.OrganizationId, ct);
        if (of is null || (of.Id != unit.Id && of.TownId != unit.Id))
            return (null, Text.Of($"{person.Name}不是{unit.Name}的党员。", $"{person.Name} is not a member of {unit.Name}."));
        return (person, null);
    }
}
