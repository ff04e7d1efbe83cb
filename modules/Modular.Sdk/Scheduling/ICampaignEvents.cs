namespace Modular.Sdk.Scheduling;

/// <summary>
/// What a plugin records for one of its events (an education event, a training session, a study meeting).
/// <paramref name="Source"/> is the plugin's kind of record (<c>six-ones.education</c>); <paramref name="Category"/> one of
/// <see cref="EventCategories"/>, how the calendars show it. With a <paramref name="Slot"/>, the organization holds at
/// most one event of the source per slot (one education event a year): a second is a conflict.
/// <paramref name="Tags"/> are the plugin's labels (the contents covered); <paramref name="Details"/> its other fields.
/// </summary>
public sealed record EventDraft(
    string Source, string Category, long OrganizationId, string Title, DateOnly HeldOn, decimal Hours,
    string? Place = null, string? Summary = null, IReadOnlyList<string>? Tags = null,
    IReadOnlyDictionary<string, string>? Details = null, string? Slot = null, string? RecordedBy = null);

/// <summary>How the calendars group events, whoever recorded them.</summary>
public static class EventCategories
{
    public const string Meeting = "meeting", Training = "training", Lecture = "lecture", Study = "study", Other = "other";
    public static readonly IReadOnlyList<string> All = [Meeting, Training, Lecture, Study, Other];

    public static string Label(string category) => category switch
    {
        Meeting => Text.Of("会议", "Meeting"),
        Training => Text.Of("培训", "Training"),
        Lecture => Text.Of("党课/讲座", "Lecture"),
        Study => Text.Of("学习", "Study"),
        _ => Text.Of("其他", "Other"),
    };
}

/// <summary>One person expected at an event: attended (for the event's hours unless given), or absent with the reason.</summary>
public sealed record AttendanceEntry(long PersonId, bool Attended = true, string? AbsenceReason = null, decimal? Hours = null);

/// <summary>An event as stored, with its attendance (by person id).</summary>
public sealed record CampaignEvent(
    long Id, string Source, string Category, long OrganizationId, string Title, DateOnly HeldOn, decimal Hours,
    string? Place, string? Summary, IReadOnlyList<string> Tags, IReadOnlyDictionary<string, string> Details, string? Slot,
    DateTimeOffset RecordedAt, string? RecordedBy, int Version, IReadOnlyList<AttendanceEntry> Attendance)
{
    public int Expected => Attendance.Count;
    public int Attended => Attendance.Count(a => a.Attended);
    public string? Detail(string key) => Details.TryGetValue(key, out var value) ? value : null;
}

/// <summary>An event's line on a list: who holds it, when, and how many were expected and came — without the names.</summary>
public sealed record EventTally(long Id, long OrganizationId, string Title, DateOnly HeldOn, decimal Hours, string? Place, string? Slot,
    IReadOnlyDictionary<string, string> Details, DateTimeOffset RecordedAt, int Version, int Expected, int Attended)
{
    /// <summary>The plugin's labels of the event (the contents covered), as <see cref="CampaignEvent.Tags"/>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Detail(string key) => Details.TryGetValue(key, out var value) ? value : null;
}

/// <summary>
/// Events by one of the plugin's details (<see cref="EventDraft.Details"/>): those whose <paramref name="Key"/> is one of
/// <paramref name="Values"/>; with <paramref name="Except"/>, those whose <paramref name="Key"/> is none of them or absent.
/// </summary>
public sealed record EventDetailFilter(string Key, IReadOnlyCollection<string> Values, bool Except = false);

/// <summary>An event's headcount (<see cref="EventTally"/> without its title, place, details and times): who was expected, who attended.</summary>
public sealed record EventHeadcount(long Id, long OrganizationId, int Expected, int Attended)
{
    /// <summary>The plugin's labels of the event (the contents covered), as <see cref="CampaignEvent.Tags"/>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>Which events: one source, optionally some organizations, a slot, held within [From, To], attended by a person, a detail.</summary>
public sealed record EventQuery(string Source)
{
    public long? AttendedBy { get; init; }
    /// <summary>Only the events whose detail matches (a plugin's kind of session, say).</summary>
    public EventDetailFilter? Detail { get; init; }
    public IReadOnlyCollection<long>? OrganizationIds { get; init; }
    public string? Slot { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>A person's attended events and hours, per source (a plugin's kind of record).</summary>
public sealed record PersonHours(long PersonId, string Source, int Events, decimal Hours, DateOnly FirstOn, DateOnly LastOn);

/// <summary>
/// <paramref name="People"/> members of the organization (where the roster has them now) whose first attended event of a
/// source was held in <paramref name="Year"/>-<paramref name="Month"/>.
/// </summary>
public sealed record FirstAttendanceMonth(long OrganizationId, int Year, int Month, int People);

/// <summary>
/// Events with attendance and hours, one store for the host and every plugin. The plugin's service checks who may
/// act (this store only checks the data: the organization and people exist in the jurisdiction, hours within the
/// event's). Saves are versioned: an update from a stale version is a conflict (409), never a silent overwrite.
/// </summary>
public interface ICampaignEvents
{
    /// <summary>Records a new event with its attendance (empty until known).</summary>
    Task<Result<CampaignEvent>> CreateAsync(EventDraft draft, IReadOnlyList<AttendanceEntry> attendance, CancellationToken cancellationToken = default);

    /// <summary>Corrects an event read at <paramref name="version"/>; <paramref name="attendance"/> null leaves it as it was.</summary>
    Task<Result<CampaignEvent>> UpdateAsync(long id, int version, EventDraft draft, IReadOnlyList<AttendanceEntry>? attendance, CancellationToken cancellationToken = default);

    /// <summary>Replaces the attendance (the whole list: anyone not in it is no longer expected); a version, when given, must match.</summary>
    Task<Result<CampaignEvent>> SetAttendanceAsync(long id, int? version, IReadOnlyList<AttendanceEntry> attendance, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The event of the source with this id (null when it is another source's or does not exist).</summary>
    Task<CampaignEvent?> FindAsync(string source, long id, CancellationToken cancellationToken = default);

    /// <summary>The organization's event in a slot (its one education event of the year).</summary>
    Task<CampaignEvent?> FindInSlotAsync(string source, long organizationId, string slot, CancellationToken cancellationToken = default);

    /// <summary>The events with their attendance, latest first.</summary>
    Task<IReadOnlyList<CampaignEvent>> ListAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>The events with attendance counts only, latest first (lists and dashboards).</summary>
    Task<IReadOnlyList<EventTally>> TalliesAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The matching events' headcounts and labels, newest first, without the rest of each event: figures that sum who
    /// attended and check which contents were covered. (The default reads <see cref="TalliesAsync"/>; the host's store
    /// selects the columns.)
    /// </summary>
    async Task<IReadOnlyList<EventHeadcount>> HeadcountsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        [.. (await TalliesAsync(query, cancellationToken)).Select(e => new EventHeadcount(e.Id, e.OrganizationId, e.Expected, e.Attended) { Tags = e.Tags })];

    /// <summary>
    /// How many events match, per organization that held any: the figures that count sessions, counted in SQL without each
    /// event's attendance. (The default counts <see cref="TalliesAsync"/>; the host's store groups in the database.)
    /// </summary>
    async Task<IReadOnlyDictionary<long, int>> CountsByOrganizationAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        (await TalliesAsync(query, cancellationToken)).GroupBy(e => e.OrganizationId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Who attended each matching event (those marked attended; absences left out), by event id; events nobody attended are
    /// left out: coverage figures that need the people of many events, read without the events' other rows. (The default
    /// reads <see cref="ListAsync"/>; the host's store reads the two columns.)
    /// </summary>
    async Task<IReadOnlyDictionary<long, IReadOnlyList<long>>> AttendeesAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        (await ListAsync(query, cancellationToken)).Where(e => e.Attendance.Any(a => a.Attended))
            .ToDictionary(e => e.Id, e => (IReadOnlyList<long>)[.. e.Attendance.Where(a => a.Attended).Select(a => a.PersonId)]);

    /// <summary>
    /// Who attended at least one matching event (marked attended), among <paramref name="personIds"/> when given: "trained at
    /// least once" without each event's attendance. (The default reads <see cref="AttendeesAsync"/>; the host's store reads
    /// the distinct people in the database.)
    /// </summary>
    async Task<IReadOnlySet<long>> AttendedAnyAsync(EventQuery query, IReadOnlyCollection<long>? personIds = null, CancellationToken cancellationToken = default)
    {
        var attended = (await AttendeesAsync(query, cancellationToken)).Values.SelectMany(people => people).ToHashSet();
        if (personIds is not null) attended.IntersectWith(personIds);
        return attended;
    }

    /// <summary>
    /// Per organization, how many of its members (where the roster has them now) attended at least one matching event:
    /// coverage figures ("members who studied, per unit") counted in SQL, without a line per person or per attendance.
    /// People no longer on the roster are not counted; organizations with none are left out.
    /// </summary>
    Task<IReadOnlyDictionary<long, int>> AttendeeHeadcountsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Per person, the events of the sources they attended and the hours, held within [from, to]; all people when <paramref name="personIds"/> is null.</summary>
    Task<IReadOnlyList<PersonHours>> HoursAsync(IReadOnlyCollection<string> sources, DateOnly? from, DateOnly? to,
        IReadOnlyCollection<long>? personIds = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per organization and month, how many of its members first attended an event of the source, held up to
    /// <paramref name="to"/>: coverage figures (trained at least once) counted in SQL, without a line per person.
    /// People no longer on the roster are not counted.
    /// </summary>
    Task<IReadOnlyList<FirstAttendanceMonth>> FirstAttendancesAsync(string source, DateOnly to, CancellationToken cancellationToken = default);
}
