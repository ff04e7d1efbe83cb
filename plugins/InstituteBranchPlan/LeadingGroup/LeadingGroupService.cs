namespace Modular.Plugins.InstituteBranchPlan.LeadingGroup;

/// <summary>A group as a form or the API sends it: the leader, the deputies, the members, and the version read (0 for a first save).</summary>
public sealed record LeadingGroupInput(long? LeaderId, IReadOnlyList<long>? DeputyIds, IReadOnlyList<long>? MemberIds, int Version);

public sealed record SeatView(long PersonId, string Name, GroupRole Role, string RoleName);

/// <summary>A branch's group: recorded (with its version), or proposed from the roster's officers until the branch records one.</summary>
public sealed record LeadingGroupView(long OrganizationId, string Organization, bool Recorded, int Version, IReadOnlyList<SeatView> Seats, string? SavedBy, DateTimeOffset? SavedAt);

/// <summary>Reading and recording the branches' leading groups, for the API, the page and the demo alike.</summary>
public sealed class LeadingGroupService(InstituteBranchPlanDbContext db, IOrganizationDirectory directory, IRoster roster, ICurrentUser user,
    BranchOffice office, InstituteBranchPlanCampaign campaign)
{
    public async Task<Result<LeadingGroupView>> GetAsync(long branchId, CancellationToken ct)
    {
        if (await office.FindReadableBranchAsync(branchId, ct) is not { } branch)
            return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        var names = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branchId }, ct)).ToDictionary(p => p.Id, p => p.Name);
        var record = await db.LeadingGroups.Include(g => g.Seats).SingleOrDefaultAsync(g => g.OrganizationId == branchId, ct);
        var seats = record is not null
            ? record.Seats.Select(s => (s.PersonId, s.Role)).OrderBy(s => s.Role).ToList()
            : LeadingGroupRule.Proposed(await directory.OfficersAsync(branchId, ct));
        return Result.Ok(new LeadingGroupView(branch.Id, branch.Name, record is not null, record?.Version ?? 0,
            [.. seats.Select(s => new SeatView(s.PersonId, names.GetValueOrDefault(s.PersonId, $"#{s.PersonId}"), s.Role, LeadingGroupRule.RoleName(s.Role).ToString()))],
            record?.SavedBy, record?.SavedAt));
    }

    /// <summary>Records the whole group at once (those who run the branch may); a save from a stale version is a conflict.</summary>
    public async Task<Result<LeadingGroupView>> SaveAsync(long branchId, LeadingGroupInput input, CancellationToken ct)
    {
        if (await office.FindReadableBranchAsync(branchId, ct) is null)
            return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        if (!await office.MayRunAsync(branchId, ct))
            return Refuse.Forbidden(Text.Of("只有本支部的领导小组、支部书记或上级可以确定领导小组。", "Only the branch's leading group, its officers or those above set the group."));
        var people = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branchId }, ct)).Select(p => p.Id).ToHashSet();
        var (deputies, members) = (input.DeputyIds ?? [], input.MemberIds ?? []);
        var errors = LeadingGroupRule.Problems(input.LeaderId, deputies, members, people);
        if (errors.Count > 0) return Refuse.Fields(errors);

        var record = await db.LeadingGroups.AsTracking().Include(g => g.Seats).SingleOrDefaultAsync(g => g.OrganizationId == branchId, ct);
        if ((record?.Version ?? 0) != input.Version) return Refuse.Conflict();
        if (record is null) db.LeadingGroups.Add(record = new LeadingGroupRecord { OrganizationId = branchId });
        record.Seats.Clear();
        record.Seats.Add(new LeadingGroupSeat { OrganizationId = branchId, PersonId = input.LeaderId!.Value, Role = GroupRole.Leader });
        record.Seats.AddRange(deputies.Select(p => new LeadingGroupSeat { OrganizationId = branchId, PersonId = p, Role = GroupRole.Deputy }));
        record.Seats.AddRange(members.Select(p => new LeadingGroupSeat { OrganizationId = branchId, PersonId = p, Role = GroupRole.Member }));
        record.Version++;
        record.SavedBy = user.DisplayName;
        record.SavedAt = campaign.Now;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return await GetAsync(branchId, ct);
    }
}
