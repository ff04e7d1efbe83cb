namespace Modular.Plugins.InstituteBranchPlan.LeadingGroup;

/// <summary>A group as a form or the API sends it: the leader, the deputies, the members, and the version read (0 for a first save).</summary>
public sealed record LeadingGroupInput(long? LeaderId, IReadOnlyList<long>? DeputyIds, IReadOnlyList<long>? MemberIds, int Version);

public sealed record SeatView(long PersonId, string Name, GroupRole Role, string RoleName);

/// <summary>A branch's group: recorded (with its version), or proposed from the roster's officers until the branch records one.</summary>
public sealed record LeadingGroupView(long OrganizationId, string Organization, bool Recorded, int Version, IReadOnlyList<SeatView> Seats, string? SavedBy, DateTimeOffset? SavedAt);

/// <summary>Reading and recording the branches' leading groups, for the API, the page and the demo alike.</summary>
public sealed class LeadingGroupService(ILeadingBodies bodies, IOrganizationDirectory directory, IRoster roster, BranchOffice office)
{
    public async Task<Result<LeadingGroupView>> GetAsync(long branchId, CancellationToken ct)
    {
        if (await office.FindReadableBranchAsync(branchId, ct) is not { } branch)
            return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        var names = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branchId }, ct)).ToDictionary(p => p.Id, p => p.Name);
        var record = await bodies.GetAsync(LeadingGroupRecords.Kind, branchId, LeadingBodyType.LeadingGroup, ct);
        var seats = record is not null
            ? record.Seats.Where(s => s.PersonId is not null).Select(s => (PersonId: s.PersonId!.Value, Role: LeadingGroupRecords.FromBlock(s.Role))).OrderBy(s => s.Role).ToList()
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

        // The block keeps the group: one whole save from the version read (stale: 409), who and when.
        LeadingBodySeat[] seats = [new(input.LeaderId!.Value, LeadingBodyRole.Leader), .. deputies.Select(p => new LeadingBodySeat(p, LeadingBodyRole.Deputy)),
            .. members.Select(p => new LeadingBodySeat(p, LeadingBodyRole.Member))];
        var saved = await bodies.SaveAsync(new(LeadingGroupRecords.Kind, branchId, LeadingBodyType.LeadingGroup, seats, input.Version), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        return await GetAsync(branchId, ct);
    }
}
