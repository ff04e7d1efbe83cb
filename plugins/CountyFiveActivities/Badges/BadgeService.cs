using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Badges;

/// <summary>A badge to assign: its kind, its name, the member who holds it, since when.</summary>
public sealed record BadgeInput(BadgeKind? Kind, string? Name, long? PersonId, DateOnly? AssignedOn, string? Note);

/// <summary>A badge on the public list, with the member's and organization's names.</summary>
public sealed record BadgeRow(long Id, BadgeKind Kind, string KindName, string Name, long PersonId, string PersonName, long OrganizationId, string OrganizationName, DateOnly AssignedOn, string? Note);

/// <summary>The public list (公示): every badge of the jurisdiction with the member's and organization's names.</summary>
public sealed class BadgeList(CountyDbContext db, IRoster roster, IOrganizationDirectory directory)
{
    public async Task<IReadOnlyList<BadgeRow>> RowsAsync(CancellationToken ct)
    {
        var names = (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(m => m.Id, m => m.Name);
        var tree = await directory.TreeAsync(ct);
        return [.. (await db.Badges.ToListAsync(ct)).OrderBy(b => (int)b.Kind).ThenBy(b => b.Id).Select(b => new BadgeRow(
            b.Id, b.Kind, BadgeRule.KindName(b.Kind), b.Name, b.PersonId, names.GetValueOrDefault(b.PersonId) ?? "", b.OrganizationId, tree.Find(b.OrganizationId)?.Name ?? "", b.AssignedOn, b.Note))];
    }
}

/// <summary>亮牌: the member's organization (or above) assigns a post, household, zone, vehicle, unit or base to a member, or takes it back. For the API and the demo.</summary>
public sealed class BadgeService(CountyDbContext db, IRoster roster, ICurrentUser user, CountyCampaign campaign)
{
    public async Task<Result<Badge>> AssignAsync(BadgeInput input, CancellationToken ct)
    {
        if (input.Kind is not { } kind) return Refuse.Field("kind", Text.Of("请选择亮牌类型。", "Choose the kind of badge."));
        if (Entered.Text(input.Name) is not { } name) return Refuse.Field("name", Text.Of("请填写岗、户、区、车、单位或基地的名称。", "Give the name of the post, household, zone, vehicle, unit or base."));
        if (input.PersonId is not { } personId || await roster.FindAsync(personId, ct) is not { } person)
            return Refuse.Field("personId", Text.Of("请选择承担的党员。", "Choose the member who holds it."));
        if (!await user.ManagesOrganizationAsync(person.OrganizationId, ct))
            return Refuse.Forbidden(Text.Of("亮牌示范岗位由党组织设置。", "The member's organization assigns badges."));
        var row = new Badge { Kind = kind, Name = name, PersonId = personId, OrganizationId = person.OrganizationId, AssignedOn = input.AssignedOn ?? campaign.Today, Note = Entered.Text(input.Note) };
        db.Badges.Add(row);
        return await db.TrySaveAsync(ct) ? Result.Created($"badges/{row.Id}", row) : Refuse.Conflict();
    }

    /// <summary>Takes a badge back: whoever manages the member's organization.</summary>
    public async Task<Result<bool>> RemoveAsync(long id, CancellationToken ct)
    {
        var row = await db.Badges.AsTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (row is null) return Refuse.NotFound(Text.Of("未找到该亮牌记录。", "No such badge."));
        if (!await user.ManagesOrganizationAsync(row.OrganizationId, ct)) return Refuse.Forbidden();
        db.Badges.Remove(row);
        return await db.TrySaveAsync(ct) ? Result.Ok(true) : Refuse.Conflict();
    }
}
