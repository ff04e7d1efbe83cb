using Modular.Sdk;
using Microsoft.EntityFrameworkCore;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;
using Modular.Sdk.Scheduling;

namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>
/// Item 2: grassroots party committees schedule sessions and record who of their subtree attended;
/// coverage follows (<see cref="TrainingRules"/>). The office and the committee's officers (or above) write.
/// </summary>
public sealed class TrainingService(
    TrainingDbContext db, SixOnesCampaign campaign, ICurrentUser user, IOrganizationDirectory directory, IRoster roster, IObligationRecords obligations)
{
    public const int MaxText = 200;

    public async Task<CoverageOverview> CoverageAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var committees = TrainingRules.Committees(tree).Where(c => visible.Contains(c.Id)).ToList();
        var members = await roster.MembersAsync(new RosterQuery(), ct);
        var coverage = new TrainingCoverage(tree, members, await TrainedAsync(campaign.Today, ct), rules.TrainingGoalPercent);
        var sessions = await db.Sessions.GroupBy(s => s.CommitteeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var inScope = new HashSet<long>();
        foreach (var c in committees) inScope.UnionWith(tree.SubtreeIds(c.Id));
        return new CoverageOverview(rules.TrainingGoalPercent, rules.TrainingDue, campaign.Today,
            [.. committees.Select(c => coverage.For(c, sessions.GetValueOrDefault(c.Id)))],
            coverage.ByField(members.Where(m => inScope.Contains(m.OrganizationId))));
    }

    /// <summary>Each trained member's first session day, as of a day (sessions held on or before it).</summary>
    public async Task<Dictionary<long, DateOnly>> FirstTrainedAsync(DateOnly asOf, CancellationToken ct) =>
        await db.Attendance.Join(db.Sessions, a => a.SessionId, s => s.Id, (a, s) => new { a.PersonId, s.HeldOn })
            .Where(x => x.HeldOn <= asOf)
            .GroupBy(x => x.PersonId).Select(g => new { g.Key, First = g.Min(x => x.HeldOn) })
            .ToDictionaryAsync(x => x.Key, x => x.First, ct);

    private async Task<HashSet<long>> TrainedAsync(DateOnly asOf, CancellationToken ct) => [.. (await FirstTrainedAsync(asOf, ct)).Keys];

    /// <summary>Sessions of the committees the user oversees (or of one committee), newest first.</summary>
    public async Task<IReadOnlyList<SessionRow>> SessionsAsync(long? committeeId, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var query = db.Sessions.AsQueryable();
        if (committeeId is { } c) query = query.Where(s => s.CommitteeId == c);
        var rows = await query.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id)
            .Select(s => new { Session = s, Attended = s.Attendance.Count }).ToListAsync(ct);
        return [.. rows.Where(r => visible.Contains(r.Session.CommitteeId)).Select(r => Row(tree, r.Session, r.Attended))];
    }

    public async Task<Result<SessionDetail>> SessionAsync(long id, CancellationToken ct)
    {
        var session = await db.Sessions.Include(s => s.Attendance).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return Result<SessionDetail>.NotFound("没有这个培训班次。 No such session.");
        if (!await user.MaySeeOrganizationAsync(session.CommitteeId, ct)) return Result<SessionDetail>.Forbidden("无权查看该培训。 Not yours to read.");
        return Result<SessionDetail>.Ok(await DetailAsync(session, ct));
    }

    public async Task<Result<SessionDetail>> SaveSessionAsync(long? id, SessionInput input, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        TrainingSession? session = null;
        if (id is { } existingId)
        {
            session = await db.Sessions.AsTracking().Include(s => s.Attendance).SingleOrDefaultAsync(s => s.Id == existingId, ct);
            if (session is null) return Result<SessionDetail>.NotFound("没有这个培训班次。 No such session.");
            if (!await user.ManagesOrganizationAsync(session.CommitteeId, ct)) return Forbidden<SessionDetail>();
        }
        var committeeId = session?.CommitteeId ?? input.CommitteeId;
        if (committeeId is not { } cid || tree.Find(cid) is not { } committee || !TrainingRules.IsGrassrootsCommittee(committee))
            return Result<SessionDetail>.Refused("committeeId", "请选择举办培训的基层党委。 Choose the grassroots party committee.");
        if (!user.IsSignedIn || !await user.ManagesOrganizationAsync(cid, ct)) return Forbidden<SessionDetail>();
        if (Validate(input, rules) is { } refusal) return refusal;
        if (session is not null && session.Attendance.Count > 0 && input.HeldOn > campaign.Today)
            return Result<SessionDetail>.Refused("heldOn", "已登记参训人员的培训不能改到今天以后。 Attendance is recorded: the date cannot move into the future.");
        if (session is null)
            session = db.Sessions.Add(new TrainingSession { JurisdictionId = campaign.Jurisdiction.Id, CommitteeId = cid, Title = "", Place = "", Field = "" }).Entity;
        else
        {
            if (input.Version != session.Version) return Result<SessionDetail>.Conflict();
            db.Entry(session).Property(s => s.Version).OriginalValue = session.Version;
            session.Version++;
        }
        session.Title = input.Title!.Trim();
        session.HeldOn = input.HeldOn!.Value;
        session.Place = input.Place!.Trim();
        session.Hours = input.Hours!.Value;
        session.Field = TrainingFields.Parse(input.Field)!.Value.ToString();
        session.Industry = string.IsNullOrWhiteSpace(input.Industry) ? null : input.Industry.Trim();
        session.RecordedAt = campaign.Now;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Result<SessionDetail>.Conflict(); }
        if (id is not null) await SyncObligationsAsync([.. session.Attendance.Select(a => a.PersonId)], rules, ct);
        return Result<SessionDetail>.Ok(await DetailAsync(session, ct));
    }

    public async Task<Result<bool>> DeleteSessionAsync(long id, int? version, CancellationToken ct)
    {
        var session = await db.Sessions.AsTracking().Include(s => s.Attendance).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return Result<bool>.NotFound("没有这个培训班次。 No such session.");
        if (!await user.ManagesOrganizationAsync(session.CommitteeId, ct)) return Forbidden<bool>();
        if (version != session.Version) return Result<bool>.Conflict();
        var people = session.Attendance.Select(a => a.PersonId).ToList();
        db.Sessions.Remove(session);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Result<bool>.Conflict(); }
        await SyncObligationsAsync(people, await campaign.RulesAsync(ct), ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>Replaces who attended: every one a member of the committee's subtree now, once the session has been held.</summary>
    public async Task<Result<SessionDetail>> SetAttendanceAsync(long id, AttendanceSetInput input, CancellationToken ct)
    {
        var session = await db.Sessions.AsTracking().Include(s => s.Attendance).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return Result<SessionDetail>.NotFound("没有这个培训班次。 No such session.");
        if (!user.IsSignedIn || !await user.ManagesOrganizationAsync(session.CommitteeId, ct)) return Forbidden<SessionDetail>();
        if (input.Version != session.Version) return Result<SessionDetail>.Conflict();
        if (session.HeldOn > campaign.Today)
            return Result<SessionDetail>.Refused("personIds", $"培训定于{session.HeldOn:yyyy-MM-dd}，举办后再登记参训人员。 Record attendance once the session is held.");
        var ids = input.PersonIds ?? [];
        if (ids.Count != ids.Distinct().Count()) return Result<SessionDetail>.Refused("personIds", "参训人员重复。 A person is listed twice.");
        var members = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = session.CommitteeId }, ct)).Select(m => m.Id).ToHashSet();
        if (ids.FirstOrDefault(p => !members.Contains(p)) is var stranger and not 0)
        {
            var tree = await directory.TreeAsync(ct);
            return Result<SessionDetail>.Refused("personIds", $"人员 #{stranger} 不是{tree.NameOf(session.CommitteeId)}所属党员，不能登记参训。 Not a member of this committee.");
        }
        var before = session.Attendance.Select(a => a.PersonId).ToHashSet();
        session.Attendance.RemoveAll(a => !ids.Contains(a.PersonId));
        foreach (var p in ids.Where(p => !before.Contains(p)))
            session.Attendance.Add(new TrainingAttendance { JurisdictionId = session.JurisdictionId, PersonId = p });
        db.Entry(session).Property(s => s.Version).OriginalValue = session.Version;
        session.Version++;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Result<SessionDetail>.Conflict(); }
        await SyncObligationsAsync([.. before.Union(ids)], await campaign.RulesAsync(ct), ct);
        return Result<SessionDetail>.Ok(await DetailAsync(session, ct));
    }

    /// <summary>The caller's own line: the sessions they attended and where they stand against the goal.</summary>
    public async Task<Result<TrainingMemberView>> MineAsync(CancellationToken ct)
    {
        if (await user.PersonAsync(roster, ct) is not { } me) return Refuse.Forbidden(Text.Of("账号未关联党员名册。", "Your account is not linked to the roster."));
        return Result.Ok(await ForMemberAsync(me, await campaign.RulesAsync(ct), campaign.Today, ct));
    }

    /// <summary>The sessions the caller sees, by committee and day, as the ledger (台账) lists them.</summary>
    public async Task<LedgerDefinition> SessionsLedgerAsync(CancellationToken ct)
    {
        var details = new List<SessionDetail>();
        foreach (var s in (await SessionsAsync(null, ct)).OrderBy(s => s.Committee, StringComparer.Ordinal).ThenBy(s => s.HeldOn))
            if ((await SessionAsync(s.Id, ct)).Value is { } d) details.Add(d);
        return TrainingLedgers.Sessions((await campaign.RulesAsync(ct)).Year, details);
    }

    /// <summary>The coverage of the committees the caller sees, as the ledger (台账) lists it.</summary>
    public async Task<LedgerDefinition> CoverageLedgerAsync(CancellationToken ct) =>
        TrainingLedgers.Coverage((await campaign.RulesAsync(ct)).Year, await CoverageAsync(ct));

    public async Task<TrainingMemberView> ForMemberAsync(PersonInfo member, SixOnesRules rules, DateOnly today, CancellationToken ct)
    {
        var attended = await db.Attendance.Where(a => a.PersonId == member.Id)
            .Join(db.Sessions, a => a.SessionId, s => s.Id, (a, s) => new { s.Title, s.HeldOn })
            .Where(s => s.HeldOn <= today).OrderBy(s => s.HeldOn).ToListAsync(ct);
        var first = attended.FirstOrDefault();
        return new TrainingMemberView(first is not null, first?.HeldOn, first?.Title, attended.Count, rules.TrainingDue, first is null && today > rules.TrainingDue);
    }

    /// <summary>Members of the committee's subtree, for the attendance form.</summary>
    public async Task<IReadOnlyList<PersonInfo>> MembersOfAsync(long committeeId, CancellationToken ct) =>
        await roster.MembersAsync(new RosterQuery { SubtreeRootId = committeeId }, ct);

    /// <summary>Whether the user schedules the committee's sessions and records who attended: its officers (or those above) and the office.</summary>
    public Task<bool> MayEditAsync(long committeeId, CancellationToken ct) => user.ManagesOrganizationAsync(committeeId, ct);

    public async Task<IReadOnlyList<OrganizationInfo>> CommitteesManagedAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var result = new List<OrganizationInfo>();
        foreach (var c in TrainingRules.Committees(tree))
            if (await user.ManagesOrganizationAsync(c.Id, ct)) result.Add(c);
        return result;
    }

    private static Result<T> Forbidden<T>() =>
        Result<T>.Forbidden("只有该基层党委（或上级）的负责人和旗创先争优办可以安排培训、登记参训。 Only the committee's officers or the office may do this.");

    private static Result<SessionDetail>? Validate(SessionInput input, SixOnesRules rules)
    {
        Result<SessionDetail> No(string field, string message) => Result<SessionDetail>.Refused(field, message);
        if (string.IsNullOrWhiteSpace(input.Title)) return No("title", "请填写培训主题。 Title is required.");
        if (input.Title.Trim().Length > MaxText) return No("title", $"主题不超过{MaxText}字。 At most {MaxText} characters.");
        if (input.HeldOn is not { } held) return No("heldOn", "请填写培训日期。 Date is required.");
        if (held.Year != rules.Year) return No("heldOn", $"培训日期应在{rules.Year}年内。 The date must fall in {rules.Year}.");
        if (string.IsNullOrWhiteSpace(input.Place)) return No("place", "请填写培训地点。 Place is required.");
        if (input.Place.Trim().Length > MaxText) return No("place", $"地点不超过{MaxText}字。 At most {MaxText} characters.");
        if (input.Hours is not { } hours || hours <= 0 || hours > 200) return No("hours", "学时应大于0、不超过200。 Hours must be over 0 and at most 200.");
        if (TrainingFields.Parse(input.Field) is null)
            return No("field", $"请选择领域（{string.Join("、", TrainingFields.Labels.Values)}）。 Choose the field.");
        if (input.Industry is { } industry && industry.Trim().Length > MaxText) return No("industry", $"行业不超过{MaxText}字。 At most {MaxText} characters.");
        return null;
    }

    private async Task<SessionDetail> DetailAsync(TrainingSession session, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var attendees = new List<Attendee>();
        foreach (var a in session.Attendance)
        {
            var p = await roster.FindAsync(a.PersonId, ct);
            attendees.Add(new Attendee(a.PersonId, p?.Name ?? $"#{a.PersonId}", p is null ? "" : tree.NameOf(p.OrganizationId)));
        }
        return new SessionDetail(Row(tree, session, session.Attendance.Count),
            [.. attendees.OrderBy(a => a.Organization, StringComparer.Ordinal).ThenBy(a => a.PersonId)]);
    }

    private static SessionRow Row(OrganizationTree tree, TrainingSession s, int attended) =>
        new(s.Id, s.CommitteeId, tree.NameOf(s.CommitteeId), s.Title, s.HeldOn, s.Place, s.Hours, s.Field, TrainingFields.Label(s.Field), s.Industry, attended, s.Version);

    /// <summary>Tells the host's schedules whether each touched person is trained now (their first session day), or not any more.</summary>
    private async Task SyncObligationsAsync(IReadOnlyCollection<long> people, SixOnesRules rules, CancellationToken ct)
    {
        if (people.Count == 0) return;
        var first = await FirstTrainedAsync(DateOnly.MaxValue, ct);
        foreach (var p in people)
        {
            if (first.TryGetValue(p, out var day))
                await obligations.RecordAsync(TrainingObligations.TypeKey, ObligedKind.Person, p, rules.CampaignStart, $"training-person:{p}",
                    LocalNoon.Of(day, campaign.Jurisdiction.TimeZone), ct);
            else
                await obligations.ClearAsync(TrainingObligations.TypeKey, ObligedKind.Person, p, rules.CampaignStart, ct);
        }
    }
}
