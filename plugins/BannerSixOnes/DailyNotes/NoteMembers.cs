using Microsoft.Extensions.Logging;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>
/// In which organization each member's notes are counted (<c>six_ones.note_members</c>, migration 1700): the office's
/// figures read per-organization counters that triggers keep as notes are written, and a member's counted notes move
/// with them when they are transferred, as they would if the figures joined the roster on every read.
/// </summary>
public sealed class NoteMembers(SixOnesCampaign campaign, SixOnesDbContext db)
{
    /// <summary>Files members who have no row yet under their organization; a member already filed is left where they are (transfers move them).</summary>
    public Task FileAsync(IReadOnlyCollection<PersonInfo> members, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            insert into six_ones.note_members (jurisdiction_id, person_id, organization_id)
            select {campaign.Jurisdiction.Id}, person_id, organization_id
              from unnest({members.Select(m => m.Id).ToArray()}, {members.Select(m => m.OrganizationId).ToArray()}) as m(person_id, organization_id)
             order by person_id
            on conflict (jurisdiction_id, person_id) do nothing
            """, ct);

    /// <summary>Counts a filed member's notes (all of them) in another organization from now on: a transfer.</summary>
    public Task MoveAsync(long personId, long organizationId, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            update six_ones.note_members set organization_id = {organizationId}
             where jurisdiction_id = {campaign.Jurisdiction.Id} and person_id = {personId} and organization_id <> {organizationId}
            """, ct);

    /// <summary>
    /// Puts every filed member where the whole <paramref name="roster"/> has them now (the counters move by trigger);
    /// members gone from the roster are no longer counted anywhere. Returns how many rows changed.
    /// </summary>
    public async Task<int> FollowRosterAsync(IReadOnlyCollection<PersonInfo> roster, CancellationToken ct)
    {
        var j = campaign.Jurisdiction.Id;
        var persons = roster.Select(m => m.Id).ToArray();
        var moved = await db.Database.ExecuteSqlInterpolatedAsync($"""
            update six_ones.note_members m set organization_id = r.organization_id
              from unnest({persons}, {roster.Select(m => m.OrganizationId).ToArray()}) as r(person_id, organization_id)
             where m.jurisdiction_id = {j} and m.person_id = r.person_id and m.organization_id <> r.organization_id
            """, ct);
        return moved + await db.Database.ExecuteSqlInterpolatedAsync($"""
            delete from six_ones.note_members m where m.jurisdiction_id = {j} and not (m.person_id = any({persons}))
            """, ct);
    }
}

/// <summary>组织关系转接: a transferred member's notes are counted in their new organization from now on (the past ones too).</summary>
public sealed class NoteMembersFollowTransfers(NoteMembers members) : IIntegrationEventHandler<PersonTransferred>
{
    public Task HandleAsync(PersonTransferred transferred, CancellationToken ct) =>
        members.MoveAsync(transferred.PersonId, transferred.ToOrganizationId, ct);
}

/// <summary>
/// Every night, the filed members against the whole roster: an announcement missed (a handler that failed, a host that
/// stopped between the commit and the announcement) is put right by the next morning.
/// </summary>
public sealed class NoteMembersCheck(NoteMembers members, IRoster roster, ILogger<NoteMembersCheck> logger) : IScheduledJob
{
    public static readonly JobSchedule Schedule = JobSchedule.Daily(new TimeOnly(2, 30));

    public async Task RunAsync(JobRun run, CancellationToken ct)
    {
        var moved = await members.FollowRosterAsync(await roster.MembersAsync(new RosterQuery(), ct), ct);
        if (moved > 0) logger.LogWarning("{Count} members' notes were counted in the wrong organization in {Jurisdiction}; moved", moved, run.Jurisdiction.Code);
    }
}
