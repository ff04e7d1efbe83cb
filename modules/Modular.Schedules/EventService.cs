using Microsoft.EntityFrameworkCore;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;

namespace Modular.Schedules;

internal sealed record EventInput(string? Title, string? Kind, long? OrganizationId, DateTimeOffset? StartsAt, decimal? Hours, long? CampaignId = null);
internal sealed record AttendanceInput(long PersonId, decimal? Hours);
internal sealed record AttendanceTotal(long PersonId, int Events, decimal Hours);

/// <summary>Meetings, trainings and lectures; who attended for how long; hours per person.</summary>
internal sealed class EventService(SchedulesDbContext db, IOrganizationDirectory organizations, IRoster roster, IJurisdictionContext jurisdiction, TimeProvider clock)
{
    public static IReadOnlyList<string> Kinds => EventCategories.All;

    /// <summary>The latest 500 events (the office's page).</summary>
    public async Task<IReadOnlyList<ScheduledEvent>> ListAsync(long? organizationId = null, CancellationToken ct = default) =>
        await Matching(organizationId).Take(500).ToListAsync(ct);

    /// <summary>One page of the events, latest first, with how many there are (the API).</summary>
    public Task<ListPage<ScheduledEvent>> ListAsync(long? organizationId, PageRequest page, CancellationToken ct = default) =>
        Matching(organizationId).ToListPageAsync(page, ct);

    private IQueryable<ScheduledEvent> Matching(long? organizationId) =>
        db.Events.Where(e => organizationId == null || e.OrganizationId == organizationId).OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id);

    public Task<ScheduledEvent?> FindAsync(long id, CancellationToken ct = default) => db.Events.SingleOrDefaultAsync(e => e.Id == id, ct);

    public async Task<(ScheduledEvent? Event, ValidationErrors Errors)> CreateAsync(EventInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add("title", Text.Of("请填写标题。", "Enter a title."));
        else if (Limits.TooLong(input.Title.Trim(), Limits.Line) is { } tooLong) errors.Add("title", tooLong);
        if (input.Kind is null || !Kinds.Contains(input.Kind)) errors.Add("kind", Text.Of("请选择类型。", "Choose a kind."));
        if (input.OrganizationId is not { } organizationId) errors.Add("organizationId", Text.Of("请填写组织。", "Enter the organization."));
        else if (await organizations.OrganizationProblemAsync(organizationId, ct) is { } noOrganization) errors.Add("organizationId", noOrganization);
        if (input.StartsAt is null) errors.Add("startsAt", Text.Of("请填写时间。", "Enter the time."));
        if (input.Hours is not { } h || h <= 0 || h > 1000) errors.Add("hours", Text.Of("学时应大于 0。", "Hours must be above 0."));
        if (input.CampaignId is { } c && !await db.Campaigns.AnyAsync(x => x.Id == c, ct)) errors.Add("campaignId", Text.Of("没有这个活动。", "No such campaign."));
        if (!errors.IsValid) return (null, errors);
        var ev = new ScheduledEvent
        {
            Title = input.Title!.Trim(), Kind = input.Kind!, OrganizationId = input.OrganizationId!.Value,
            StartsAt = input.StartsAt!.Value.ToUniversalTime(), HeldOn = jurisdiction.Required.DayOf(input.StartsAt!.Value), RecordedAt = clock.GetUtcNow(), Hours = input.Hours!.Value, CampaignId = input.CampaignId,
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync(ct);
        return (ev, errors);
    }

    /// <summary>Records (or corrects) a person's attendance; hours default to the event's.</summary>
    public async Task<EditResult> SetAttendanceAsync(long eventId, AttendanceInput input, CancellationToken ct = default)
    {
        var ev = await FindAsync(eventId, ct);
        if (ev is null) return EditResult.Invalid("eventId", Text.Of("没有这个活动。", "No such event."));
        if (await roster.PersonProblemAsync(input.PersonId, ct) is { } noPerson) return EditResult.Invalid("personId", noPerson);
        var hours = input.Hours ?? ev.Hours;
        if (hours < 0 || hours > ev.Hours) return EditResult.Invalid("hours", Text.Of($"学时应在 0 到 {ev.Hours} 之间。", $"Hours must be between 0 and {ev.Hours}."));
        var row = await db.Attendance.AsTracking().SingleOrDefaultAsync(a => a.EventId == eventId && a.PersonId == input.PersonId, ct);
        if (row is null) db.Attendance.Add(new Attendance { EventId = eventId, PersonId = input.PersonId, Hours = hours });
        else row.Hours = hours;
        await db.SaveChangesAsync(ct);
        return EditResult.Ok;
    }

    public async Task<bool> RemoveAttendanceAsync(long eventId, long personId, CancellationToken ct = default) =>
        await db.Attendance.Where(a => a.EventId == eventId && a.PersonId == personId).ExecuteDeleteAsync(ct) > 0;

    public async Task<IReadOnlyList<Attendance>> AttendanceAsync(long eventId, CancellationToken ct = default) =>
        await db.Attendance.Where(a => a.EventId == eventId).OrderBy(a => a.PersonId).ToListAsync(ct);

    /// <summary>One page of the events and hours per person, optionally for events starting in [since, until), with how many people there are.</summary>
    public async Task<ListPage<AttendanceTotal>> TotalsAsync(PageRequest page, long? personId = null, DateTimeOffset? since = null, DateTimeOffset? until = null, CancellationToken ct = default)
    {
        var rows = await db.Attendance
            .Where(a => a.Attended && (personId == null || a.PersonId == personId)
                        && db.Events.Any(e => e.Id == a.EventId && (since == null || e.StartsAt >= since) && (until == null || e.StartsAt < until)))
            .GroupBy(a => a.PersonId)
            .Select(g => new { PersonId = g.Key, Events = g.Count(), Hours = g.Sum(x => x.Hours) })
            .OrderBy(t => t.PersonId)
            .ToListPageAsync(page, ct);
        return rows.Map(r => new AttendanceTotal(r.PersonId, r.Events, r.Hours));
    }
}
