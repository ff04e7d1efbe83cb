using System.Globalization;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.Study;

/// <summary>A member absent from a session, with the reason (严格考勤: no absence without one).</summary>
public sealed record AbsenceInput(long PersonId, string? Reason);

/// <summary>A required reading the session covered; <paramref name="PersonIds"/> the members who covered it (null: everyone present).</summary>
public sealed record ReadingCoverInput(string Title, IReadOnlyList<long>? PersonIds = null);

/// <summary>
/// A session as the branch records it: every member of the branch is expected; those in <paramref name="Absent"/> missed it
/// (with the reason), the rest attended. <paramref name="Version"/>: the version read, when correcting one (a stale one is 409).
/// </summary>
public sealed record StudySessionInput(long BranchId, StudyKind Kind, string? Title, DateOnly HeldOn, decimal PlannedHours, decimal ActualHours,
    string? Place = null, string? Summary = null, IReadOnlyList<AbsenceInput>? Absent = null, IReadOnlyList<ReadingCoverInput>? Readings = null, int Version = 0);

public sealed record ReadingListInput(IReadOnlyList<string>? Titles, int Version);

/// <summary>A branch's required readings: its own once saved (<paramref name="Recorded"/>), the document's until then.</summary>
public sealed record ReadingListView(long BranchId, string Branch, bool Recorded, int Version, IReadOnlyList<string> Titles, string? SavedBy, DateTimeOffset? SavedAt);

public sealed record AttendanceLine(long PersonId, string Name, bool Attended, string? AbsenceReason);
public sealed record CoveredReading(string Title, IReadOnlyList<long> PersonIds, IReadOnlyList<string> Names);

/// <summary>A session with its figures: attendance % (headcount against members), time % (studied against planned), flagged below a threshold.</summary>
public sealed record StudySessionView(long Id, long BranchId, string Branch, StudyKind Kind, string KindName, string Title, DateOnly HeldOn,
    decimal PlannedHours, decimal ActualHours, string? Place, string? Summary, int Expected, int Attended, int AttendancePercent, int TimePercent,
    bool AttendanceMet, bool TimeMet, IReadOnlyList<AttendanceLine> Attendance, IReadOnlyList<CoveredReading> Readings, int Version)
{
    public bool Flagged => !AttendanceMet || !TimeMet;
}

/// <summary>A required reading across the branch's sessions: covered or not, and by whom.</summary>
public sealed record ReadingCoverage(string Title, bool Covered, IReadOnlyList<string> By);

/// <summary>A member across the branch's sessions: attended, missed, hours, readings covered.</summary>
public sealed record MemberStudy(long PersonId, string Name, int Attended, int Missed, decimal Hours, int ReadingsCovered);

/// <summary>A branch's study this year: its readings, its sessions (latest first) and the figures.</summary>
public sealed record BranchStudy(long BranchId, string Branch, ReadingListView ReadingList, IReadOnlyList<StudySessionView> Sessions,
    IReadOnlyList<ReadingCoverage> Coverage, IReadOnlyList<MemberStudy> Members)
{
    public int ReadingsCovered => Coverage.Count(c => c.Covered);
    public int Flagged => Sessions.Count(s => s.Flagged);
    public int Expected => Sessions.Sum(s => s.Expected);
    public int Attended => Sessions.Sum(s => s.Attended);
    public decimal PlannedHours => Sessions.Sum(s => s.PlannedHours);
    public decimal ActualHours => Sessions.Sum(s => s.ActualHours);
}

/// <summary>A member's own study: the sessions they were expected at (attended or not) and the readings they covered.</summary>
public sealed record MyStudy(long PersonId, string Branch, IReadOnlyList<StudySessionView> Sessions, IReadOnlyList<string> RequiredReadings, IReadOnlyList<string> Covered)
{
    public int Attended => Sessions.Count(s => s.Attendance.Any(a => a.PersonId == PersonId && a.Attended));
}

/// <summary>三严三保 study: the branch (its leading group) records sessions and keeps its required readings; members read their own.</summary>
public sealed class StudyService(ICampaignEvents events, InstituteBranchPlanDbContext db, IRoster roster, IOrganizationDirectory directory, ICurrentUser user,
    BranchOffice office, InstituteBranchPlanCampaign campaign)
{
    private const string KindKey = "kind", PlannedKey = "plannedHours", CoveredPrefix = "covered:";

    private static string NoSession(long id) => Text.Of($"没有编号为 {id} 的学习记录。", $"There is no study session {id}.");
    private static string OnlyBranch => Text.Of("只有本支部的领导小组、支部书记或上级可以登记学习。", "Only the branch's leading group, its officers or those above record its study.");

    public static string RecordRef(long id) => $"study/{id}";

    /// <summary>The branch's required readings (the document's until it saves its own).</summary>
    public async Task<Result<ReadingListView>> ReadingsAsync(long branchId, CancellationToken ct)
    {
        if (await office.FindReadableBranchAsync(branchId, ct) is not { } branch) return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        return Result.Ok(await ReadingListAsync(branch, ct));
    }

    private async Task<ReadingListView> ReadingListAsync(OrganizationInfo branch, CancellationToken ct)
    {
        var list = await db.StudyReadings.SingleOrDefaultAsync(r => r.OrganizationId == branch.Id, ct);
        return new ReadingListView(branch.Id, branch.Name, list is not null, list?.Version ?? 0, list?.Titles ?? [.. StudyRule.DocumentReadings], list?.SavedBy, list?.SavedAt);
    }

    /// <summary>Saves the branch's required readings at the version read (0 the first time; a stale one is 409).</summary>
    public async Task<Result<ReadingListView>> SaveReadingsAsync(long branchId, ReadingListInput input, CancellationToken ct)
    {
        if (await office.FindReadableBranchAsync(branchId, ct) is not { } branch) return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        if (!await office.MayRunAsync(branchId, ct)) return Refuse.Forbidden(OnlyBranch);
        var titles = (input.Titles ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        var errors = StudyRule.ReadingProblems(titles);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var list = await db.StudyReadings.AsTracking().SingleOrDefaultAsync(r => r.OrganizationId == branchId, ct);
        if ((list?.Version ?? 0) != input.Version) return Refuse.Conflict();
        if (list is null) db.StudyReadings.Add(list = new StudyReadingList { OrganizationId = branchId });
        list.Titles = titles;
        list.Version++;
        list.SavedBy = user.DisplayName;
        list.SavedAt = campaign.Now;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Ok(await ReadingListAsync(branch, ct));
    }

    /// <summary>Records a session (or the mobilization meeting) with its attendance, time and readings.</summary>
    public async Task<Result<StudySessionView>> RecordAsync(StudySessionInput input, CancellationToken ct)
    {
        var built = await BuildAsync(input, ct);
        if (!built.Succeeded) return Refuse.As(built);
        var (draft, attendance, branch) = built.Value!;
        var saved = await events.CreateAsync(draft, attendance, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var view = await ViewAsync(saved.Value!, branch, ct);
        return Result.Created(RecordRef(view.Id), view);
    }

    /// <summary>Corrects a session read at <see cref="StudySessionInput.Version"/> (a stale version is 409).</summary>
    public async Task<Result<StudySessionView>> UpdateAsync(long id, StudySessionInput input, CancellationToken ct)
    {
        var found = await events.FindAsync(StudyRule.Source, id, ct);
        if (found is null || await office.FindReadableBranchAsync(found.OrganizationId, ct) is null) return Refuse.NotFound(NoSession(id));
        if (input.BranchId != found.OrganizationId) input = input with { BranchId = found.OrganizationId };
        var built = await BuildAsync(input, ct);
        if (!built.Succeeded) return Refuse.As(built);
        var (draft, attendance, branch) = built.Value!;
        var saved = await events.UpdateAsync(id, input.Version, draft, attendance, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        return Result.Ok(await ViewAsync(saved.Value!, branch, ct));
    }

    public async Task<Result<StudySessionView>> FindAsync(long id, CancellationToken ct)
    {
        var found = await events.FindAsync(StudyRule.Source, id, ct);
        if (found is null || await office.FindReadableBranchAsync(found.OrganizationId, ct) is not { } branch) return Refuse.NotFound(NoSession(id));
        return Result.Ok(await ViewAsync(found, branch, ct));
    }

    private async Task<Result<(EventDraft Draft, IReadOnlyList<AttendanceEntry> Attendance, OrganizationInfo Branch)>> BuildAsync(StudySessionInput input, CancellationToken ct)
    {
        if (await office.FindReadableBranchAsync(input.BranchId, ct) is not { } branch) return Refuse.NotFound(BranchOffice.NoBranch(input.BranchId));
        if (!await office.MayRunAsync(branch.Id, ct)) return Refuse.Forbidden(OnlyBranch);
        var rules = await campaign.RulesAsync(ct);
        var members = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branch.Id }, ct)).Select(m => m.Id).ToHashSet();
        var readingList = await ReadingListAsync(branch, ct);
        var absent = (input.Absent ?? []).Select(a => (a.PersonId, Reason: Entered.Text(a.Reason))).ToList();
        var readings = (input.Readings ?? []).Where(r => !string.IsNullOrWhiteSpace(r.Title)).Select(r => r with { Title = r.Title.Trim() }).ToList();
        var title = Entered.Text(input.Title);
        var errors = StudyRule.Problems(rules, title, input.HeldOn, input.PlannedHours, input.ActualHours, [.. readings.Select(r => r.Title)], readingList.Titles, absent, members);
        if (!errors.ContainsKey("heldOn") && input.HeldOn > campaign.Today)
            errors["heldOn"] = [Text.Of("只登记已举行的学习：日期不能晚于今天。", "Record sessions held: the day cannot be after today.")];
        var present = members.Except(absent.Select(a => a.PersonId)).ToHashSet();
        if (!errors.ContainsKey("readings") && readings.GroupBy(r => r.Title).Any(g => g.Count() > 1))
            errors["readings"] = [Text.Of("同一篇目列了两次。", "A reading is listed twice.")];
        if (!errors.ContainsKey("readings") && readings.SelectMany(r => r.PersonIds ?? []).FirstOrDefault(p => !present.Contains(p)) is > 0 and var absentReader)
            errors["readings"] = [Text.Of($"人员 #{absentReader} 未到会，不能记为学习了该篇目。", $"Person #{absentReader} was not there and cannot have covered a reading.")];
        if (errors.Count > 0) return Refuse.Fields(errors);

        var details = new Dictionary<string, string>
        {
            [KindKey] = input.Kind.ToString(),
            [PlannedKey] = input.PlannedHours.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var r in readings)
            details[CoveredPrefix + r.Title] = string.Join(',', (r.PersonIds is { Count: > 0 } ids ? ids.Distinct() : present.Order()).Select(p => p.ToString(CultureInfo.InvariantCulture)));
        var draft = new EventDraft(StudyRule.Source, input.Kind == StudyKind.Mobilization ? EventCategories.Meeting : EventCategories.Study, branch.Id, title!, input.HeldOn,
            input.ActualHours, Entered.Text(input.Place), Entered.Text(input.Summary), [.. readings.Select(r => r.Title)], details, RecordedBy: user.DisplayName);
        var reasons = absent.ToDictionary(a => a.PersonId, a => a.Reason);
        IReadOnlyList<AttendanceEntry> attendance = [.. members.Order().Select(m => reasons.TryGetValue(m, out var reason)
            ? new AttendanceEntry(m, false, reason) : new AttendanceEntry(m))];
        return Result.Ok<(EventDraft, IReadOnlyList<AttendanceEntry>, OrganizationInfo)>((draft, attendance, branch));
    }

    private async Task<StudySessionView> ViewAsync(CampaignEvent e, OrganizationInfo branch, CancellationToken ct)
    {
        var names = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branch.Id }, ct)).ToDictionary(m => m.Id, m => m.Name);
        return View(e, branch, await campaign.RulesAsync(ct), names);
    }

    private static StudySessionView View(CampaignEvent e, OrganizationInfo branch, InstituteRules rules, IReadOnlyDictionary<long, string> names)
    {
        var kind = Enum.TryParse<StudyKind>(e.Detail(KindKey), out var k) ? k : StudyKind.Session;
        var planned = decimal.TryParse(e.Detail(PlannedKey), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : e.Hours;
        string Name(long id) => names.TryGetValue(id, out var n) ? n : $"#{id}";
        var covered = e.Tags.Select(t =>
        {
            var ids = (e.Detail(CoveredPrefix + t) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToList();
            return new CoveredReading(t, ids, [.. ids.Select(Name)]);
        }).ToList();
        return new StudySessionView(e.Id, branch.Id, branch.Name, kind, StudyRule.KindName(kind).ToString(), e.Title, e.HeldOn, planned, e.Hours, e.Place, e.Summary,
            e.Expected, e.Attended, StudyRule.Percent(e.Attended, e.Expected), StudyRule.Percent(e.Hours, planned),
            StudyRule.AttendanceMet(rules, e.Attended, e.Expected), StudyRule.TimeMet(rules, e.Hours, planned),
            [.. e.Attendance.Select(a => new AttendanceLine(a.PersonId, Name(a.PersonId), a.Attended, a.AbsenceReason)).OrderBy(a => a.Attended).ThenBy(a => a.Name, StringComparer.Ordinal)],
            covered, e.Version);
    }

    /// <summary>Each branch the user sees: its readings, this year's sessions with their figures, the readings covered and by whom, every member's line.</summary>
    public async Task<IReadOnlyList<BranchStudy>> BranchesAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var result = new List<BranchStudy>();
        foreach (var branch in await office.BranchesSeenAsync(ct))
            result.Add(await BranchAsync(branch, rules, ct));
        return result;
    }

    private async Task<BranchStudy> BranchAsync(OrganizationInfo branch, InstituteRules rules, CancellationToken ct)
    {
        var members = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branch.Id }, ct)).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var names = members.ToDictionary(m => m.Id, m => m.Name);
        var list = await ReadingListAsync(branch, ct);
        var held = await events.ListAsync(new EventQuery(StudyRule.Source) { OrganizationIds = [branch.Id], From = new DateOnly(rules.Year, 1, 1), To = new DateOnly(rules.Year, 12, 31) }, ct);
        var sessions = held.Select(e => View(e, branch, rules, names)).ToList();
        var readers = list.Titles.ToDictionary(t => t, t => sessions.SelectMany(s => s.Readings).Where(r => r.Title == t).SelectMany(r => r.PersonIds).ToHashSet());
        var coverage = list.Titles.Select(t => new ReadingCoverage(t, sessions.Any(s => s.Readings.Any(r => r.Title == t)),
            [.. readers[t].Select(p => names.TryGetValue(p, out var n) ? n : $"#{p}").Order(StringComparer.Ordinal)])).ToList();
        var lines = members.Select(m =>
        {
            var mine = sessions.Select(s => s.Attendance.FirstOrDefault(a => a.PersonId == m.Id) is { } a ? (s, a) : default).Where(x => x.a is not null).ToList();
            return new MemberStudy(m.Id, m.Name, mine.Count(x => x.a.Attended), mine.Count(x => !x.a.Attended), mine.Where(x => x.a.Attended).Sum(x => x.s.ActualHours),
                readers.Count(r => r.Value.Contains(m.Id)));
        }).ToList();
        return new BranchStudy(branch.Id, branch.Name, list, sessions, coverage, lines);
    }

    /// <summary>The signed-in member's sessions this year (attended or not) and the readings they covered.</summary>
    public async Task<MyStudy?> MineAsync(CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) is not { } me || await roster.FindAsync(me, ct) is not { } person) return null;
        if (BranchOffice.BranchOf(await directory.TreeAsync(ct), person.OrganizationId) is not { } branch) return null;
        var study = await BranchAsync(branch, await campaign.RulesAsync(ct), ct);
        var mine = study.Sessions.Where(s => s.Attendance.Any(a => a.PersonId == me)).ToList();
        return new MyStudy(me, branch.Name, mine, study.ReadingList.Titles,
            [.. study.ReadingList.Titles.Where(t => mine.Any(s => s.Readings.Any(r => r.Title == t && r.PersonIds.Contains(me))))]);
    }
}
