namespace Modular.Plugins.PartyGroupStudy.LeadingGroup;

/// <summary>The group as a form or the API sends it: leader, deputies, members, the office's director, and the version read (0 for a first save).</summary>
public sealed record LeadingGroupInput(long? LeaderId, IReadOnlyList<long>? DeputyIds, IReadOnlyList<long>? MemberIds, string? DirectorName, long? DirectorPersonId, int Version);

public sealed record SeatView(long PersonId, string Name, GroupRole Role, string RoleName, IReadOnlyList<UnitView> Units);

public sealed record UnitView(long Id, long PersonId, string Name, UnitRelation Relation, string RelationName);

/// <summary>The group: recorded (with its version), or proposed from the roster until the office records it; each member's units.</summary>
public sealed record LeadingGroupView(long? OrganizationId, string Organization, bool Recorded, int Version, IReadOnlyList<SeatView> Seats,
    string? DirectorName, long? DirectorPersonId, string? SavedBy, DateTimeOffset? SavedAt);

/// <summary>A unit a member oversees, as the form or the API sends it.</summary>
public sealed record UnitInput(long? PersonId, string? Name, UnitRelation Relation);

/// <summary>Reading and recording the leading group and its members' units, for the API, the pages and the demo alike.</summary>
public sealed class LeadingGroupService(PartyGroupStudyDbContext db, GroupOffice office, ILeadingBodies bodies)
{
    public async Task<Result<LeadingGroupView>> GetAsync(CancellationToken ct)
    {
        if (!await office.MayReadGroupAsync(ct)) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以查看。", "Only the party group's members and the office may read this."));
        return Result.Ok(await ViewAsync(ct));
    }

    private async Task<LeadingGroupView> ViewAsync(CancellationToken ct)
    {
        var group = await office.GroupAsync(ct);
        var record = await office.RecordAsync(ct);
        var director = (await office.OfficeAsync(ct))?.Head;
        var units = (await db.MemberUnits.OrderBy(u => u.Relation).ThenBy(u => u.Id).ToListAsync(ct)).ToLookup(u => u.PersonId);
        var seats = (await office.ParticipantsAsync(ct)).Select(p => new SeatView(p.PersonId, p.Name, p.Role, LeadingGroupRule.RoleName(p.Role).ToString(),
            [.. units[p.PersonId].Select(View)])).ToList();
        return new LeadingGroupView(group?.Id, group?.Name ?? "", record is not null, record?.Version ?? 0, seats,
            director?.Name, director?.PersonId, record?.SavedBy, record?.SavedAt);
    }

    /// <summary>Records the whole group at once (the office may); a save from a stale version is a conflict.</summary>
    public async Task<Result<LeadingGroupView>> SaveAsync(LeadingGroupInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await office.GroupAsync(ct) is not { } group)
            return Refuse.Field("organizationId", Text.Of("本辖区还没有党组织：请先导入组织和党员名册。", "The jurisdiction has no organization yet: import the organizations and the roster first."));
        var people = (await office.GroupPeopleAsync(ct)).Select(p => p.Id).ToHashSet();
        var deputies = (input.DeputyIds ?? []).ToList();
        var members = (input.MemberIds ?? []).ToList();
        var director = Entered.Text(input.DirectorName);
        var errors = LeadingGroupRule.Problems(input.LeaderId, deputies, members, people, director);
        if (Limits.TooLong(director, Limits.Line) is { } tooLong) errors["directorName"] = [tooLong];
        if (input.DirectorPersonId is { } d && !people.Contains(d) && !errors.ContainsKey("directorName"))
            errors["directorPersonId"] = [Text.Of("办公室主任的账号须关联党组名册中的人员；不在名册中的，只填姓名。", "Link the director only to someone on the party group's roster; otherwise give the name only.")];
        if (errors.Count > 0) return Refuse.Fields(errors);

        // The block keeps both bodies: the group from the version read (stale: 409), then its office with the director as
        // head from the office's own current version (only this save writes it). The version shown is the group's.
        LeadingBodySeat[] seats = [new(input.LeaderId!.Value, LeadingBodyRole.Leader), .. deputies.Select(p => new LeadingBodySeat(p, LeadingBodyRole.Deputy)),
            .. members.Select(p => new LeadingBodySeat(p, LeadingBodyRole.Member))];
        var saved = await bodies.SaveAsync(new(LeadingGroupRecords.Kind, group.Id, LeadingBodyType.LeadingGroup, seats, input.Version), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var officeBody = await bodies.GetAsync(LeadingGroupRecords.Kind, group.Id, LeadingBodyType.WorkingOffice, ct);
        var savedOffice = await bodies.SaveAsync(new(LeadingGroupRecords.Kind, group.Id, LeadingBodyType.WorkingOffice,
            [new(input.DirectorPersonId, LeadingBodyRole.Director, director)], officeBody?.Version ?? 0), ct);
        if (!savedOffice.Succeeded) return Refuse.As(savedOffice);
        office.Forget(); // the group just changed
        return Result.Ok(await ViewAsync(ct));
    }

    /// <summary>Adds a unit a member oversees: the office for anyone, a member for themselves; the same name once per member.</summary>
    public async Task<Result<UnitView>> AddUnitAsync(UnitInput input, CancellationToken ct)
    {
        var who = await office.HandInForAsync(input.PersonId, GroupOffice.OnlyOffice, ct);
        if (!who.Succeeded) return Refuse.As(who);
        var name = Entered.Text(input.Name);
        if (name is null) return Refuse.Field("name", Text.Of("请填写单位名称。", "Give the unit's name."));
        if (Limits.TooLong(name, Limits.Line) is { } tooLong) return Refuse.Field("name", tooLong);
        if (!Enum.IsDefined(input.Relation)) return Refuse.Field("relation", Text.Of("请选择分管或联系。", "Choose in charge or liaison."));
        var personId = who.Value!.PersonId;
        if (await db.MemberUnits.AnyAsync(u => u.PersonId == personId && u.Name == name, ct))
            return Refuse.Field("name", Text.Of($"“{name}”已在该成员的分管和联系单位中。", $"“{name}” is already one of the member's units."));
        var unit = new MemberUnit { PersonId = personId, Name = name, Relation = input.Relation };
        db.MemberUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        return Result.Created($"units/{unit.Id}", View(unit));
    }

    /// <summary>Takes a unit off a member's list (the office, or the member), unless a guidance visit to it is recorded.</summary>
    public async Task<Result<UnitView>> RemoveUnitAsync(long unitId, CancellationToken ct)
    {
        if (await db.MemberUnits.AsTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct) is not { } unit || !await office.MayReadParticipantAsync(unit.PersonId, ct))
            return Refuse.NotFound(NoUnit(unitId));
        var who = await office.HandInForAsync(unit.PersonId, GroupOffice.OnlyOffice, ct);
        if (!who.Succeeded) return Refuse.As(who);
        if (await db.GuidanceVisits.AnyAsync(v => v.UnitId == unitId, ct))
            return Refuse.Conflict(Text.Of("该单位已有指导记录，不能移除。", "Guidance visits to this unit are recorded; it cannot be removed."));
        db.MemberUnits.Remove(unit);
        await db.SaveChangesAsync(ct);
        return Result.Ok(View(unit));
    }

    /// <summary>The units the user may read: every member's for those who see all, their own for a member.</summary>
    public async Task<IReadOnlyList<UnitView>> UnitsAsync(CancellationToken ct)
    {
        var all = await db.MemberUnits.OrderBy(u => u.PersonId).ThenBy(u => u.Id).ToListAsync(ct);
        if (await office.MaySeeAllAsync(ct)) return [.. all.Select(View)];
        var me = await office.MeAsync(ct);
        return [.. all.Where(u => u.PersonId == me?.PersonId).Select(View)];
    }

    public static string NoUnit(long id) => Text.Of($"没有编号为 {id} 的分管或联系单位。", $"There is no unit {id}.");

    public static UnitView View(MemberUnit u) => new(u.Id, u.PersonId, u.Name, u.Relation, LeadingGroupRule.RelationName(u.Relation).ToString());
}
