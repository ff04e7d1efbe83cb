using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Data;

namespace Modular.BuildingBlocks;

/// <summary><see cref="ILeadingBodies"/> over <c>blocks.leading_bodies</c> and <c>leading_body_seats</c>.</summary>
internal sealed class LeadingBodyService(BlocksDbContext db, BlocksActor actor, IRoster roster, IOrganizationDirectory organizations, ICurrentUser user) : ILeadingBodies
{
    public static string MayNot => Text.Of("只有本组织的负责人、上级或本组织领导机构的成员可以确定领导机构和工作机构。",
        "Only the organization's officers, those above it or the members of its leading bodies may set its leading bodies.");

    public async Task<LeadingBodyInfo?> GetAsync(BlockKind kind, long organizationId, LeadingBodyType type, CancellationToken ct = default) =>
        (await Bodies(kind).Where(b => b.OrganizationId == organizationId && b.BodyType == type).SingleOrDefaultAsync(ct))?.ToInfo();

    public async Task<IReadOnlyList<LeadingBodyInfo>> ListAsync(BlockKind kind, LeadingBodyType? type = null, CancellationToken ct = default) =>
        [.. (await Bodies(kind).Where(b => type == null || b.BodyType == type).OrderBy(b => b.OrganizationId).ThenBy(b => b.BodyType).ToListAsync(ct)).Select(b => b.ToInfo())];

    public async Task<IReadOnlyList<LeadingBodyInfo>> SeatedAsync(BlockKind kind, long personId, CancellationToken ct = default) =>
        [.. (await Bodies(kind).Where(b => b.Seats.Any(s => s.PersonId == personId)).OrderBy(b => b.OrganizationId).ThenBy(b => b.BodyType).ToListAsync(ct))
            .Select(b => b.ToInfo())];

    public async Task<Result<LeadingBodyInfo>> SaveAsync(LeadingBodyInput input, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(input.Type)) return Refuse.Field("type", Text.Of("请选择领导小组或办公室。", "Choose the leading group or the office."));
        if (await organizations.OrganizationProblemAsync(input.OrganizationId, ct) is { } noOrganization) return Refuse.Field("organizationId", noOrganization);
        if (!await MaySetAsync(input.Kind, input.OrganizationId, ct)) return Refuse.Forbidden(MayNot);
        if (await SeatsProblemAsync(input.Type, input.Seats ?? [], ct) is { } problem) return Refuse.Field("seats", problem);

        var body = await db.LeadingBodies.AsTracking().Include(b => b.Seats)
            .SingleOrDefaultAsync(b => b.PluginId == input.Kind.PluginId && b.Kind == input.Kind.Kind && b.OrganizationId == input.OrganizationId && b.BodyType == input.Type, ct);
        if ((body?.Version ?? 0) != input.Version) return Refuse.Conflict();
        if (body is null)
            db.LeadingBodies.Add(body = new LeadingBody { PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, OrganizationId = input.OrganizationId, BodyType = input.Type, EstablishedAt = actor.Now });
        body.Seats.Clear();
        body.Seats.AddRange((input.Seats ?? []).Select((s, i) => new LeadingBodySeatRow
        {
            PluginId = body.PluginId, Kind = body.Kind, OrganizationId = body.OrganizationId, BodyType = body.BodyType, Position = i + 1,
            PersonId = s.PersonId, Name = s.PersonId is null ? s.Name!.Trim() : Entered.Text(s.Name), Role = s.Role,
            LiaisonOrganizationId = s.LiaisonOrganizationId, Note = Entered.Text(s.Note),
        }));
        body.Version++;
        body.SavedBy = user.DisplayName ?? actor.Name; // the name people know, as the plugins showed it
        body.SavedAt = actor.Now;
        return await db.TrySaveAsync(ct) ? Result.Ok(body.ToInfo()) : Refuse.Conflict(); // two first saves at once: the key keeps one
    }

    private IQueryable<LeadingBody> Bodies(BlockKind kind) =>
        db.LeadingBodies.Include(b => b.Seats).Where(b => b.PluginId == kind.PluginId && b.Kind == kind.Kind);

    // The office or an officer of the organization or above; or someone already seated in one of its bodies of this kind.
    private async Task<bool> MaySetAsync(BlockKind kind, long organizationId, CancellationToken ct)
    {
        if (await user.ManagesOrganizationAsync(organizationId, ct)) return true;
        return await user.PersonIdAsync(ct) is { } me
            && await db.LeadingBodySeats.AnyAsync(s => s.PluginId == kind.PluginId && s.Kind == kind.Kind && s.OrganizationId == organizationId && s.PersonId == me, ct);
    }

    private async Task<string?> SeatsProblemAsync(LeadingBodyType type, IReadOnlyList<LeadingBodySeat> seats, CancellationToken ct)
    {
        var (head, allowed) = type == LeadingBodyType.LeadingGroup
            ? (LeadingBodyRole.Leader, new[] { LeadingBodyRole.Leader, LeadingBodyRole.Deputy, LeadingBodyRole.Member })
            : (LeadingBodyRole.Director, new[] { LeadingBodyRole.Director, LeadingBodyRole.Deputy, LeadingBodyRole.Staff });
        var (typeZh, typeEn) = (LeadingBodyNames.Type(type).ZhCn, LeadingBodyNames.Type(type).En.ToLowerInvariant());
        if (seats.Any(s => !allowed.Contains(s.Role)))
            return Text.Of($"{typeZh}的职务只能是{string.Join("、", allowed.Select(r => LeadingBodyNames.Role(type, r).ZhCn))}。",
                $"A place in the {typeEn} is one of: {string.Join(", ", allowed.Select(r => LeadingBodyNames.Role(type, r).En))}.");
        if (seats.Count(s => s.Role == head) != 1)
            return Text.Of($"{typeZh}须有且只有一名{LeadingBodyNames.Role(type, head).ZhCn}。", $"The {typeEn} has exactly one {LeadingBodyNames.Role(type, head).En.ToLowerInvariant()}.");
        var people = seats.Where(s => s.PersonId is not null).Select(s => s.PersonId!.Value).ToList();
        if (people.Count != people.Distinct().Count()) return Text.Of("同一人在一个机构中只能担任一个职务。", "A person holds one place in a body.");
        foreach (var person in people)
            if (await roster.PersonProblemAsync(person, ct) is { } noPerson) return noPerson;
        foreach (var seat in seats)
        {
            if (seat.PersonId is null && string.IsNullOrWhiteSpace(seat.Name))
                return Text.Of("不在党员名册中的人员请填写姓名。", "Give the name of someone not on the roster.");
            if ((Limits.TooLong(seat.Name?.Trim(), Limits.Line) ?? Limits.TooLong(seat.Note?.Trim(), Limits.Line)) is { } tooLong) return tooLong;
            if (seat.LiaisonOrganizationId is { } liaison && await organizations.OrganizationProblemAsync(liaison, ct) is { } noLiaison) return noLiaison;
        }
        return null;
    }
}
