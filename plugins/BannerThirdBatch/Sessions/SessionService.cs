using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Sessions;

/// <summary>
/// A session as the form or the API sends it: its unit (null, or the banner's root organization, for a banner-wide one, which
/// only the office records), kind, title, day, hours, place, summary, the people who attended; the version read when correcting.
/// </summary>
public sealed record SessionInput(long? UnitId, SessionKind? Kind, string? Title, DateOnly? HeldOn, decimal? Hours, string? Place = null, string? Summary = null,
    IReadOnlyList<long>? Attendees = null, int? Version = null);

public sealed record AttendeeView(long PersonId, string Name);

public sealed record SessionView(long Id, long OrganizationId, string Organization, bool BannerWide, SessionKind Kind, string KindName, string Title, DateOnly HeldOn,
    decimal Hours, string? Place, string? Summary, IReadOnlyList<AttendeeView> Attendees, string? RecordedBy, int Version);

/// <summary>A unit's training and study: its branch secretaries trained of all, its members who attended a study session of all, sessions held per kind.</summary>
public sealed record UnitSessionsView(long UnitId, string Unit, UnitFigure Secretaries, UnitFigure Study, IReadOnlyDictionary<SessionKind, int> Held);

/// <summary>A branch secretary and the first secretary training they attended (null: not yet).</summary>
public sealed record SecretaryView(long PersonId, string Name, string Branch, long UnitId, string Unit, DateOnly? TrainedOn, string? Training);

public sealed record SessionsOverview(IReadOnlyList<UnitSessionsView> Units, IReadOnlyList<SecretaryView> Secretaries, IReadOnlyList<SessionView> Sessions);

/// <summary>The columns the sessions list sorts by.</summary>
public enum SessionSort { Day, Kind, Attended }

/// <summary>The sessions list's filters (a unit — its own and the banner's —, a kind, a month <c>yyyy-MM</c>) and order.</summary>
public sealed record SessionQuery(long? UnitId = null, SessionKind? Kind = null, string? Month = null, SessionSort Sort = SessionSort.Day, bool Desc = true);

/// <summary>
/// 二(三)–(四) 培训学习: sessions with attendance kept in the SDK's campaign events (so they show on the calendars), recorded by the
/// unit's officers, those above it or the office (banner-wide ones by the office); each unit's secretaries trained and members studied.
/// </summary>
public sealed class SessionService(ICampaignEvents events, ThirdBatchUnits units, UnitMembers members, IRoster roster, ICurrentUser user, BannerThirdBatchCampaign campaign)
{
    private const string KindKey = "kind";

    public static string NoSession(long id) => Text.Of($"没有编号为 {id} 的培训学习活动。", $"There is no session {id}.");

    public static readonly string OnlyOffice = Text.Of("全旗性的培训学习由旗领导小组办公室登记。", "The banner office records banner-wide sessions.");

    public static SessionKind KindOf(CampaignEvent e) => KindOf(e.Detail(KindKey));

    private static SessionKind KindOf(string? detail) => Enum.TryParse<SessionKind>(detail, out var kind) ? kind : SessionKind.Lecture;

    public async Task<Result<SessionView>> RecordAsync(SessionInput input, CancellationToken ct)
    {
        var built = await BuildAsync(input, ct);
        if (!built.Succeeded) return Refuse.As(built);
        var saved = await events.CreateAsync(built.Value!.Draft, built.Value.Attendance, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var view = await ViewAsync(saved.Value!, ct);
        return Result.Created($"sessions/{view.Id}", view);
    }

    public async Task<Result<SessionView>> UpdateAsync(long id, SessionInput input, CancellationToken ct)
    {
        if (await events.FindAsync(SessionRule.Source, id, ct) is not { } found || !await MayReadAsync(found.OrganizationId, ct)) return Refuse.NotFound(NoSession(id));
        var may = await MayRecordAsync(found.OrganizationId, "unitId", ct);
        if (!may.Succeeded) return Refuse.As(may);
        var built = await BuildAsync(input, ct);
        if (!built.Succeeded) return Refuse.As(built);
        if (input.Version is not { } version) return Refuse.Conflict();
        var saved = await events.UpdateAsync(id, version, built.Value!.Draft, built.Value.Attendance, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        return Result.Ok(await ViewAsync(saved.Value!, ct));
    }

    public async Task<Result<SessionView>> FindAsync(long id, CancellationToken ct) =>
        await events.FindAsync(SessionRule.Source, id, ct) is { } found && await MayReadAsync(found.OrganizationId, ct)
            ? Result.Ok(await ViewAsync(found, ct))
            : Refuse.NotFound(NoSession(id));

    private async Task<Result<(EventDraft Draft, IReadOnlyList<AttendanceEntry> Attendance)>> BuildAsync(SessionInput input, CancellationToken ct)
    {
        var root = (await units.TreeAsync(ct)).Root;
        var organizationId = input.UnitId ?? root?.Id;
        if (organizationId is not { } orgId) return Refuse.Field("unitId", Text.Of("请选择参学单位。", "Choose the participating unit."));
        var may = await MayRecordAsync(orgId, "unitId", ct);
        if (!may.Succeeded) return Refuse.As(may);
        var title = Entered.Text(input.Title);
        var attendees = input.Attendees ?? [];
        var errors = SessionRule.Problems(input.Kind, title, input.HeldOn, input.Hours, attendees, campaign.Today);
        if (Limits.TooLong(Entered.Text(input.Place), Limits.Line) is { } longPlace) errors["place"] = [longPlace];
        if (Limits.TooLong(Entered.Text(input.Summary), Limits.Body) is { } longSummary) errors["summary"] = [longSummary];
        if (!errors.ContainsKey("attendees"))
            foreach (var person in attendees)
                if (await roster.FindAsync(person, ct) is null || !await user.MayReadPersonAsync(person, ct)) { errors["attendees"] = [References.NoPerson(person)]; break; }
        if (errors.Count > 0) return Refuse.Fields(errors);
        var kind = input.Kind!.Value;
        var draft = new EventDraft(SessionRule.Source, SessionRule.Category(kind), orgId, title!, input.HeldOn!.Value, input.Hours!.Value, Entered.Text(input.Place),
            Entered.Text(input.Summary), Details: new Dictionary<string, string> { [KindKey] = kind.ToString() }, RecordedBy: user.DisplayName);
        return Result.Ok<(EventDraft, IReadOnlyList<AttendanceEntry>)>((draft, [.. attendees.Order().Select(p => new AttendanceEntry(p))]));
    }

    /// <summary>A unit's session: its officers, those above it or the office (a refusal of the field when it is none the user sees, else 403); the banner's: the office.</summary>
    private async Task<Result<long>> MayRecordAsync(long organizationId, string field, CancellationToken ct)
    {
        if ((await units.TreeAsync(ct)).Root?.Id == organizationId) return units.IsOffice ? Result.Ok(organizationId) : Refuse.Forbidden(OnlyOffice);
        var unit = await units.ForWorkAsync(organizationId, field, ct);
        return unit.Succeeded ? Result.Ok(organizationId) : Refuse.As(unit);
    }

    /// <summary>A unit's sessions: whoever sees the unit; the banner's: whoever sees any unit.</summary>
    private async Task<bool> MayReadAsync(long organizationId, CancellationToken ct) =>
        (await units.TreeAsync(ct)).Root?.Id == organizationId ? units.IsOffice || (await units.SeenAsync(ct)).Count > 0 : await units.ReadableAsync(organizationId, ct) is not null;

    /// <summary>The sessions the user may read (one unit's and the banner's when asked), each seen unit's coverage and its secretaries.</summary>
    public async Task<SessionsOverview> OverviewAsync(long? unitId, CancellationToken ct)
    {
        var seen = (await units.SeenAsync(ct)).Where(u => unitId is null || u.Id == unitId).ToList();
        var all = await events.ListAsync(new EventQuery(SessionRule.Source), ct);
        var visible = await VisibleAsync(all, seen, unitId, ct);
        var views = new List<SessionView>();
        foreach (var e in visible) views.Add(await ViewAsync(e, ct));

        var (unitViews, secretaries) = await CoverageOfAsync(seen, [.. all.Select(e => (e.Id, e.OrganizationId, KindOf(e)))],
            all.ToDictionary(e => e.Id, e => (IReadOnlyList<long>)[.. e.Attendance.Where(a => a.Attended).Select(a => a.PersonId)]), ct);
        var trained = FirstAttended(all.Where(e => KindOf(e) == SessionKind.SecretaryTraining));
        var secretaryViews = secretaries.Select(s => new SecretaryView(s.PersonId, s.Name, s.Branch, s.Unit.Id, s.Unit.Name,
            trained.TryGetValue(s.PersonId, out var t) ? t.On : null, trained.TryGetValue(s.PersonId, out var t2) ? t2.Title : null)).ToList();
        return new SessionsOverview(unitViews, secretaryViews, views);
    }

    /// <summary>
    /// Each seen unit's secretaries trained and members studied, and the sessions it held per kind, from every session's kind,
    /// place and attendees: attendance counts wherever the session was held (a gacha's secretary trained by the banner is trained).
    /// Secretaries, members and sessions are grouped by unit once, so the cost grows with the rows, not units × rows.
    /// </summary>
    private async Task<(List<UnitSessionsView> Units, List<UnitSecretary> Secretaries)> CoverageOfAsync(IReadOnlyList<Unit> seen,
        IReadOnlyList<(long Id, long OrganizationId, SessionKind Kind)> sessions, IReadOnlyDictionary<long, IReadOnlyList<long>> attendees, CancellationToken ct)
    {
        HashSet<long> AttendedAt(Func<SessionKind, bool> kind) =>
            [.. sessions.Where(e => kind(e.Kind)).SelectMany(e => attendees.TryGetValue(e.Id, out var people) ? people : [])];
        var trained = AttendedAt(k => k == SessionKind.SecretaryTraining);
        var studied = AttendedAt(SessionRule.StudyKinds.Contains);
        var seenIds = seen.Select(u => u.Id).ToHashSet();
        var secretaries = (await members.SecretariesAsync(ct)).Where(s => seenIds.Contains(s.Unit.Id)).ToList();
        var secretariesOf = secretaries.ToLookup(s => s.Unit.Id, s => s.PersonId);
        var membersOf = (await members.MembersAsync(ct)).Where(m => seenIds.Contains(m.Unit.Id)).ToLookup(m => m.Unit.Id, m => m.Person.Id);
        var heldBy = sessions.ToLookup(e => e.OrganizationId, e => e.Kind);
        var unitViews = seen.Select(u =>
        {
            var mySecretaries = secretariesOf[u.Id].Distinct().ToList();
            var myMembers = membersOf[u.Id].ToList();
            var kinds = heldBy[u.Id].ToList();
            var held = SessionRule.StudyKinds.Prepend(SessionKind.SecretaryTraining).ToDictionary(k => k, k => kinds.Count(x => x == k));
            return new UnitSessionsView(u.Id, u.Name, new UnitFigure(u.Id, u.Name, mySecretaries.Count(trained.Contains), mySecretaries.Count),
                new UnitFigure(u.Id, u.Name, myMembers.Count(studied.Contains), myMembers.Count), held);
        }).ToList();
        return (unitViews, secretaries);
    }

    // Secretary training, and the study kinds: every other session (a session of no known kind is a lecture, see KindOf).
    private static readonly EventDetailFilter Training = new(KindKey, [nameof(SessionKind.SecretaryTraining)]);
    private static readonly EventDetailFilter Study = Training with { Except = true };

    private async Task<List<CampaignEvent>> VisibleAsync(IReadOnlyList<CampaignEvent> all, IReadOnlyList<Unit> seen, long? unitId, CancellationToken ct)
    {
        var root = (await units.TreeAsync(ct)).Root?.Id;
        var visible = new List<CampaignEvent>();
        foreach (var e in all)
            if ((seen.Any(u => u.Id == e.OrganizationId) || e.OrganizationId == root && (seen.Count > 0 || units.IsOffice && unitId is null)) && await MayReadAsync(e.OrganizationId, ct))
                visible.Add(e);
        return visible;
    }

    /// <summary>
    /// One page of the sessions the user may read (a unit's: its own and the banner's), filtered by kind and month. The SDK's
    /// campaign events answer a whole list, so the page is cut here; only the page's sessions get their attendees' names.
    /// </summary>
    public async Task<Result<ListPage<SessionView>>> PageAsync(SessionQuery query, PageRequest page, CancellationToken ct)
    {
        if (!Listing.TryMonth(query.Month, out var month)) return Refuse.Field("month", Listing.BadMonth(query.Month));
        var seen = (await units.SeenAsync(ct)).Where(u => query.UnitId is null || u.Id == query.UnitId).ToList();
        var all = await events.ListAsync(new EventQuery(SessionRule.Source) { From = month?.From, To = month?.To }, ct);
        IEnumerable<CampaignEvent> rows = await VisibleAsync(all, seen, query.UnitId, ct);
        if (month is { } m) rows = rows.Where(e => e.HeldOn >= m.From && e.HeldOn <= m.To);
        if (query.Kind is { } kind) rows = rows.Where(e => KindOf(e) == kind);
        Func<CampaignEvent, object> key = query.Sort switch
        {
            SessionSort.Kind => e => KindOf(e),
            SessionSort.Attended => e => e.Attendance.Count(a => a.Attended),
            _ => e => e.HeldOn,
        };
        var sorted = query.Desc ? rows.OrderByDescending(key) : rows.OrderBy(key);
        var found = ListPage.Of([.. sorted.ThenByDescending(e => e.HeldOn).ThenByDescending(e => e.Id)], page);
        var views = new List<SessionView>();
        foreach (var e in found.Items) views.Add(await ViewAsync(e, ct));
        return Result.Ok(new ListPage<SessionView>(views, found.Total, found.Page, found.PageSize));
    }

    /// <summary>
    /// For the office's overview: each seen unit's branch secretaries who attended any secretary training (wherever held), of
    /// all its branch secretaries; the database answers which of the secretaries attended one.
    /// </summary>
    public async Task<IReadOnlyList<UnitFigure>> SecretaryCoverageAsync(CancellationToken ct)
    {
        var seen = await units.SeenAsync(ct);
        var seenIds = seen.Select(u => u.Id).ToHashSet();
        var secretariesOf = (await members.SecretariesAsync(ct)).Where(s => seenIds.Contains(s.Unit.Id)).ToLookup(s => s.Unit.Id, s => s.PersonId);
        var trained = await events.AttendedAnyAsync(new EventQuery(SessionRule.Source) { Detail = Training }, [.. secretariesOf.SelectMany(s => s).Distinct()], ct);
        return [.. seen.Select(u =>
        {
            var mine = secretariesOf[u.Id].Distinct().ToList();
            return new UnitFigure(u.Id, u.Name, mine.Count(trained.Contains), mine.Count);
        })];
    }

    /// <summary>
    /// For the office's overview: each seen unit's members who attended at least one study session (books, 根平, lectures), of
    /// all its members; both counted per organization in the database, then summed per unit.
    /// </summary>
    public async Task<IReadOnlyList<UnitFigure>> StudyCoverageAsync(CancellationToken ct)
    {
        var headcounts = await members.HeadcountsAsync(ct);
        var studied = await members.ByUnitAsync(await events.AttendeeHeadcountsAsync(new EventQuery(SessionRule.Source) { Detail = Study }, ct), ct);
        return [.. (await units.SeenAsync(ct)).Select(u => new UnitFigure(u.Id, u.Name, studied.GetValueOrDefault(u.Id), headcounts.GetValueOrDefault(u.Id)))];
    }

    private static Dictionary<long, (DateOnly On, string Title)> FirstAttended(IEnumerable<CampaignEvent> sessions) =>
        sessions.SelectMany(e => e.Attendance.Where(a => a.Attended).Select(a => (a.PersonId, e.HeldOn, e.Title)))
            .GroupBy(x => x.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(x => x.HeldOn).Select(x => (x.HeldOn, x.Title)).First());

    private async Task<SessionView> ViewAsync(CampaignEvent e, CancellationToken ct)
    {
        var tree = await units.TreeAsync(ct);
        var names = await roster.FindManyAsync(e.Attendance.Select(a => a.PersonId), ct);
        var kind = KindOf(e);
        return new SessionView(e.Id, e.OrganizationId, tree.NameOf(e.OrganizationId), tree.Root?.Id == e.OrganizationId, kind, SessionRule.KindName(kind).ToString(),
            e.Title, e.HeldOn, e.Hours, e.Place, e.Summary,
            [.. e.Attendance.Where(a => a.Attended).Select(a => new AttendeeView(a.PersonId, names.TryGetValue(a.PersonId, out var p) ? p.Name : $"#{a.PersonId}"))],
            e.RecordedBy, e.Version);
    }
}
