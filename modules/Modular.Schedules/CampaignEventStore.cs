using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Core;
using Modular.Sdk.Data;
using Modular.Sdk.Scheduling;

namespace Modular.Schedules;

/// <summary>
/// The SDK's events with attendance (<see cref="ICampaignEvents"/>) on the schedules tables the office's own events use,
/// so a plugin's education event shows on the calendars and its hours add up with everyone else's.
/// </summary>
internal sealed class CampaignEventStore(SchedulesDbContext db, IOrganizationDirectory organizations, IRoster roster,
    IJurisdictionContext jurisdiction, TimeProvider clock) : ICampaignEvents
{
    /// <summary>Events start at the local noon of the day they are held on when the plugin gives only the day.</summary>
    private static readonly TimeOnly Noon = new(12, 0);

    public async Task<Result<CampaignEvent>> CreateAsync(EventDraft draft, IReadOnlyList<AttendanceEntry> attendance, CancellationToken ct = default)
    {
        if (await ProblemAsync(draft, attendance, ct) is { } refused) return refused;
        var ev = new ScheduledEvent { Title = draft.Title, Kind = draft.Category };
        Apply(ev, draft);
        ReplaceAttendance(ev, attendance);
        db.Events.Add(ev);
        return await db.TrySaveAsync(ct) ? Result.Ok(ToModel(ev)) : Refuse.Conflict(SlotTaken(draft));
    }

    public async Task<Result<CampaignEvent>> UpdateAsync(long id, int version, EventDraft draft, IReadOnlyList<AttendanceEntry>? attendance, CancellationToken ct = default)
    {
        var ev = await TrackedAsync(draft.Source, id, ct);
        if (ev is null) return Refuse.NotFound(Text.Of("没有这个活动。", "No such event."));
        if (ev.Version != version) return Refuse.Conflict();
        if (await ProblemAsync(draft, attendance ?? [], ct) is { } refused) return refused;
        Apply(ev, draft);
        if (attendance is not null) ReplaceAttendance(ev, attendance);
        ev.Version++;
        return await db.TrySaveAsync(ct) ? Result.Ok(ToModel(ev)) : Refuse.Conflict();
    }

    public async Task<Result<CampaignEvent>> SetAttendanceAsync(long id, int? version, IReadOnlyList<AttendanceEntry> attendance, CancellationToken ct = default)
    {
        var ev = await db.Events.AsTracking().Include(e => e.Attendance).SingleOrDefaultAsync(e => e.Id == id && e.Source != null, ct);
        if (ev is null) return Refuse.NotFound(Text.Of("没有这个活动。", "No such event."));
        if (version is { } v && ev.Version != v) return Refuse.Conflict();
        if (await AttendanceProblemAsync(ev.Hours, attendance, ct) is { } refused) return refused;
        ReplaceAttendance(ev, attendance);
        ev.Version++;
        return await db.TrySaveAsync(ct) ? Result.Ok(ToModel(ev)) : Refuse.Conflict();
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct = default) =>
        await db.Events.Where(e => e.Id == id && e.Source != null).ExecuteDeleteAsync(ct) > 0;

    public async Task<CampaignEvent?> FindAsync(string source, long id, CancellationToken ct = default) =>
        await db.Events.Include(e => e.Attendance).SingleOrDefaultAsync(e => e.Id == id && e.Source == source, ct) is { } ev ? ToModel(ev) : null;

    public async Task<CampaignEvent?> FindInSlotAsync(string source, long organizationId, string slot, CancellationToken ct = default) =>
        await db.Events.Include(e => e.Attendance).SingleOrDefaultAsync(e => e.Source == source && e.OrganizationId == organizationId && e.Slot == slot, ct) is { } ev
            ? ToModel(ev) : null;

    public async Task<IReadOnlyList<CampaignEvent>> ListAsync(EventQuery query, CancellationToken ct = default) =>
        [.. (await Matching(query).Include(e => e.Attendance).AsSplitQuery().ToListAsync(ct)).Select(ToModel)];

    public async Task<IReadOnlyList<EventTally>> TalliesAsync(EventQuery query, CancellationToken ct = default) =>
        [.. (await Newest(WithHeadcounts(query)).ToListAsync(ct)).Select(r => new EventTally(r.Event.Id, r.Event.OrganizationId, r.Event.Title, r.Event.HeldOn,
            r.Event.Hours, r.Event.Place, r.Event.Slot, r.Event.Details, r.Event.RecordedAt, r.Event.Version, r.Expected, r.Attended) { Tags = r.Event.Tags })];

    public async Task<IReadOnlyList<EventHeadcount>> HeadcountsAsync(EventQuery query, CancellationToken ct = default) =>
        await Newest(WithHeadcounts(query))
            .Select(r => new EventHeadcount(r.Event.Id, r.Event.OrganizationId, r.Expected, r.Attended) { Tags = r.Event.Tags })
            .ToListAsync(ct);

    private sealed class Headcounted
    {
        public required ScheduledEvent Event { get; init; }
        public int Expected { get; init; }
        public int Attended { get; init; }
    }

    // Each matching event's headcounts counted beside it (a lateral join): one look-up in attendance's key per event, which
    // stays fast under the generic plan PostgreSQL gives a statement prepared and run many times. A grouped pass over all the
    // events' attendance joined back to them was planned, once generic, as a nested loop over the grouped rows (an institute's
    // 480 sessions: 15 ms, where the lateral join takes 4).
    private IQueryable<Headcounted> WithHeadcounts(EventQuery query) =>
        from e in Matching(query)
        from c in db.Attendance.Where(a => a.EventId == e.Id).GroupBy(a => a.EventId)
            .Select(g => new { Expected = g.Count(), Attended = g.Count(a => a.Attended) }).DefaultIfEmpty()
        select new Headcounted { Event = e, Expected = (int?)c!.Expected ?? 0, Attended = (int?)c!.Attended ?? 0 }; // none for an event without attendance

    /// <summary>The order of <see cref="Matching"/>, which a join need not keep.</summary>
    private static IQueryable<Headcounted> Newest(IQueryable<Headcounted> rows) =>
        rows.OrderByDescending(r => r.Event.HeldOn).ThenByDescending(r => r.Event.Id);

    public async Task<IReadOnlyDictionary<long, int>> CountsByOrganizationAsync(EventQuery query, CancellationToken ct = default) =>
        await Matching(query).GroupBy(e => e.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<long>>> AttendeesAsync(EventQuery query, CancellationToken ct = default)
    {
        var events = Matching(query).Select(e => e.Id);
        var rows = await db.Attendance.Where(a => a.Attended && events.Contains(a.EventId)).Select(a => new { a.EventId, a.PersonId }).ToListAsync(ct);
        return rows.GroupBy(r => r.EventId).ToDictionary(g => g.Key, g => (IReadOnlyList<long>)[.. g.Select(r => r.PersonId)]);
    }

    public async Task<IReadOnlySet<long>> AttendedAnyAsync(EventQuery query, IReadOnlyCollection<long>? personIds = null, CancellationToken ct = default)
    {
        var events = Matching(query).Select(e => e.Id);
        var ids = personIds?.ToList();
        return (await db.Attendance.Where(a => a.Attended && events.Contains(a.EventId) && (ids == null || ids.Contains(a.PersonId)))
            .Select(a => a.PersonId).Distinct().ToListAsync(ct)).ToHashSet();
    }

    public async Task<IReadOnlyDictionary<long, int>> AttendeeHeadcountsAsync(EventQuery query, CancellationToken ct = default)
    {
        var events = Matching(query).Select(e => e.Id);
        var attendees = db.Attendance.Where(a => a.Attended && events.Contains(a.EventId)).Select(a => a.PersonId);
        return await db.RosterMembers.Where(m => attendees.Contains(m.PersonId))
            .GroupBy(m => m.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    public async Task<IReadOnlyList<PersonHours>> HoursAsync(IReadOnlyCollection<string> sources, DateOnly? from, DateOnly? to,
        IReadOnlyCollection<long>? personIds = null, CancellationToken ct = default)
    {
        var list = sources.ToList();
        var ids = personIds?.ToList();
        var rows = await db.Attendance
            .Where(a => a.Attended && (ids == null || ids.Contains(a.PersonId)))
            .Join(db.Events.Where(e => e.Source != null && list.Contains(e.Source) && (from == null || e.HeldOn >= from) && (to == null || e.HeldOn <= to)),
                a => a.EventId, e => e.Id, (a, e) => new { a.PersonId, e.Source, a.Hours, e.HeldOn })
            .GroupBy(x => new { x.PersonId, x.Source })
            .Select(g => new { g.Key.PersonId, g.Key.Source, Events = g.Count(), Hours = g.Sum(x => x.Hours), First = g.Min(x => x.HeldOn), Last = g.Max(x => x.HeldOn) })
            .ToListAsync(ct);
        return [.. rows.Select(r => new PersonHours(r.PersonId, r.Source!, r.Events, r.Hours, r.First, r.Last))];
    }

    public async Task<IReadOnlyList<FirstAttendanceMonth>> FirstAttendancesAsync(string source, DateOnly to, CancellationToken ct = default)
    {
        var firsts = db.Attendance.Where(a => a.Attended)
            .Join(db.Events.Where(e => e.Source == source && e.HeldOn <= to), a => a.EventId, e => e.Id, (a, e) => new { a.PersonId, e.HeldOn })
            .GroupBy(x => x.PersonId)
            .Select(g => new { PersonId = g.Key, First = g.Min(x => x.HeldOn) });
        var rows = await firsts.Join(db.RosterMembers, f => f.PersonId, m => m.PersonId, (f, m) => new { m.OrganizationId, f.First.Year, f.First.Month })
            .GroupBy(x => new { x.OrganizationId, x.Year, x.Month })
            .Select(g => new { g.Key.OrganizationId, g.Key.Year, g.Key.Month, People = g.Count() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new FirstAttendanceMonth(r.OrganizationId, r.Year, r.Month, r.People))];
    }

    private IQueryable<ScheduledEvent> Matching(EventQuery q)
    {
        var organizationIds = q.OrganizationIds?.ToList();
        return WithDetail(q.Detail).Where(e => e.Source == q.Source
                && (organizationIds == null || organizationIds.Contains(e.OrganizationId))
                && (q.Slot == null || e.Slot == q.Slot)
                && (q.AttendedBy == null || e.Attendance.Any(a => a.PersonId == q.AttendedBy && a.Attended))
                && (q.From == null || e.HeldOn >= q.From) && (q.To == null || e.HeldOn <= q.To))
            .OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.Id);
    }

    // The details are a jsonb column mapped through a converter, which LINQ cannot look into: the filter is written in SQL
    // (composed with the rest of the query and the jurisdiction's filter). An absent detail is "none of them".
    private IQueryable<ScheduledEvent> WithDetail(EventDetailFilter? detail)
    {
        if (detail is null) return db.Events;
        var values = detail.Values.ToArray();
        return detail.Except
            ? db.Events.FromSql($"select * from schedules.events where coalesce(details ->> {detail.Key} <> all({values}), true)")
            : db.Events.FromSql($"select * from schedules.events where details ->> {detail.Key} = any({values})");
    }

    private Task<ScheduledEvent?> TrackedAsync(string source, long id, CancellationToken ct) =>
        db.Events.AsTracking().Include(e => e.Attendance).SingleOrDefaultAsync(e => e.Id == id && e.Source == source, ct);

    private static string SlotTaken(EventDraft draft) => draft.Slot is null
        ? Text.Of("记录已被他人修改，请刷新后重试。", "The record was changed meanwhile; reload and retry.")
        : Text.Of("该组织的这项活动已由他人登记，请刷新后修改。", "Someone else recorded this organization's event meanwhile; reload and edit it.");

    /// <summary>The data checks, whoever calls: a known category and organization, text within limits, people on the roster.</summary>
    private async Task<Refusal?> ProblemAsync(EventDraft draft, IReadOnlyList<AttendanceEntry> attendance, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(draft.Source)) throw new ArgumentException("An event needs its plugin's source.", nameof(draft));
        if (!EventCategories.All.Contains(draft.Category)) throw new ArgumentException($"Unknown category \"{draft.Category}\".", nameof(draft));
        if (string.IsNullOrWhiteSpace(draft.Title)) return Refuse.Field("title", Text.Of("请填写标题。", "Enter a title."));
        if (Limits.TooLong(draft.Title, Limits.Line) is { } longTitle) return Refuse.Field("title", longTitle);
        if (draft.Place is { } place && Limits.TooLong(place, Limits.Line) is { } longPlace) return Refuse.Field("place", longPlace);
        if (draft.Summary is { } summary && Limits.TooLong(summary, Limits.Body) is { } longSummary) return Refuse.Field("summary", longSummary);
        if (draft.Hours is <= 0 or > 1000) return Refuse.Field("hours", Text.Of("学时应大于 0、不超过 1000。", "Hours must be above 0 and at most 1000."));
        if (await organizations.OrganizationProblemAsync(draft.OrganizationId, ct) is { } noOrganization) return Refuse.Field("organizationId", noOrganization);
        return await AttendanceProblemAsync(draft.Hours, attendance, ct);
    }

    private async Task<Refusal?> AttendanceProblemAsync(decimal eventHours, IReadOnlyList<AttendanceEntry> attendance, CancellationToken ct)
    {
        if (attendance.GroupBy(a => a.PersonId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return Refuse.Field("attendance", Text.Of($"人员 #{twice.Key} 重复登记。", $"Person #{twice.Key} is listed twice."));
        if (attendance.FirstOrDefault(a => a.Hours is { } h && (h < 0 || h > eventHours)) is { } wrongHours)
            return Refuse.Field("attendance", Text.Of($"人员 #{wrongHours.PersonId} 的学时应在 0 到 {eventHours} 之间。", $"Person #{wrongHours.PersonId}: hours must be between 0 and {eventHours}."));
        if (attendance.FirstOrDefault(a => a.AbsenceReason is { } r && Limits.TooLong(r, Limits.Line) is not null) is { } longReason)
            return Refuse.Field("attendance", Limits.TooLong(longReason.AbsenceReason!, Limits.Line)!);
        var found = await roster.FindManyAsync(attendance.Select(a => a.PersonId), ct);
        if (attendance.FirstOrDefault(a => !found.ContainsKey(a.PersonId)) is { } stranger)
            return Refuse.Field("attendance", Text.Of($"人员 #{stranger.PersonId} 不在本辖区名册中。", $"Person #{stranger.PersonId} is not on this jurisdiction's roster."));
        return null;
    }

    private void Apply(ScheduledEvent ev, EventDraft draft)
    {
        var zone = jurisdiction.Required;
        ev.Source = draft.Source;
        ev.Kind = draft.Category;
        ev.Slot = draft.Slot;
        ev.OrganizationId = draft.OrganizationId;
        ev.Title = draft.Title.Trim();
        ev.HeldOn = draft.HeldOn;
        ev.StartsAt = zone.InstantOf(draft.HeldOn.ToDateTime(Noon)).ToUniversalTime();
        ev.Hours = draft.Hours;
        ev.Place = draft.Place?.Trim();
        ev.Summary = string.IsNullOrWhiteSpace(draft.Summary) ? null : draft.Summary.Trim();
        ev.Tags = [.. draft.Tags ?? []];
        ev.Details = draft.Details is null ? [] : new(draft.Details);
        ev.RecordedAt = clock.GetUtcNow();
        ev.RecordedBy = draft.RecordedBy;
    }

    /// <summary>The list is the whole attendance: lines not in it go, lines in it are updated or added. Absent people have no hours.</summary>
    private static void ReplaceAttendance(ScheduledEvent ev, IReadOnlyList<AttendanceEntry> attendance)
    {
        var wanted = attendance.ToDictionary(a => a.PersonId);
        ev.Attendance.RemoveAll(a => !wanted.ContainsKey(a.PersonId));
        foreach (var entry in attendance)
        {
            var line = ev.Attendance.FirstOrDefault(a => a.PersonId == entry.PersonId);
            if (line is null) ev.Attendance.Add(line = new Attendance { PersonId = entry.PersonId });
            line.Attended = entry.Attended;
            line.AbsenceReason = entry.Attended ? null : entry.AbsenceReason?.Trim();
            line.Hours = entry.Attended ? entry.Hours ?? ev.Hours : 0;
        }
    }

    private static CampaignEvent ToModel(ScheduledEvent e) => new(
        e.Id, e.Source ?? "", e.Kind, e.OrganizationId, e.Title, e.HeldOn, e.Hours, e.Place, e.Summary, e.Tags, e.Details, e.Slot,
        e.RecordedAt, e.RecordedBy, e.Version,
        [.. e.Attendance.OrderBy(a => a.PersonId).Select(a => new AttendanceEntry(a.PersonId, a.Attended, a.AbsenceReason, a.Hours))]);
}
