using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Training;

/// <summary>
/// Item 2: grassroots party committees schedule sessions and record who of their subtree attended — SDK events
/// (<see cref="ICampaignEvents"/>, source <see cref="Source"/>) — and coverage follows (<see cref="TrainingRules"/>).
/// The office and the committee's officers (or above) write.
/// </summary>
public sealed class TrainingService(
    ICampaignEvents events, SixOnesCampaign campaign, ICurrentUser user, IOrganizationDirectory directory, IRoster roster, IObligationRecords obligations)
{
    public const int MaxText = 200;
    public const string Source = "six-ones.training";
    private const string FieldKey = "field", IndustryKey = "industry";

    public async Task<CoverageOverview> CoverageAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var committees = TrainingRules.Committees(tree).Where(c => visible.Contains(c.Id)).ToList();
        var members = await roster.MembersAsync(new RosterQuery(), ct);
        var coverage = new TrainingCoverage(tree, members, await TrainedAsync(campaign.Today, ct), rules.TrainingGoalPercent);
        var sessions = await events.CountsByOrganizationAsync(new EventQuery(Source), ct);
        var inScope = new HashSet<long>();
        foreach (var c in committees) inScope.UnionWith(TrainingRules.OwnOrganizations(tree, c));
        return new CoverageOverview(rules.TrainingGoalPercent, rules.TrainingDue, campaign.Today,
            [.. committees.Select(c => coverage.For(c, sessions.GetValueOrDefault(c.Id)))],
            coverage.ByField(members.Where(m => inScope.Contains(m.OrganizationId))));
    }

    /// <summary>Each trained member's first session day, as of a day (sessions held on or before it).</summary>
    public async Task<Dictionary<long, DateOnly>> FirstTrainedAsync(DateOnly asOf, CancellationToken ct) =>
        (await events.HoursAsync([Source], null, asOf, null, ct)).ToDictionary(h => h.PersonId, h => h.FirstOn);

    private async Task<HashSet<long>> TrainedAsync(DateOnly asOf, CancellationToken ct) => [.. (await FirstTrainedAsync(asOf, ct)).Keys];

    /// <summary>Sessions of the committees the user oversees (or of one committee), newest first.</summary>
    public async Task<IReadOnlyList<SessionRow>> SessionsAsync(long? committeeId, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var query = new EventQuery(Source) { OrganizationIds = committeeId is { } c ? [c] : null };
        return [.. (await events.TalliesAsync(query, ct)).Where(s => visible.Contains(s.OrganizationId)).Select(s => Row(tree, s))];
    }

    public async Task<Result<SessionDetail>> SessionAsync(long id, CancellationToken ct)
    {
        if (await events.FindAsync(Source, id, ct) is not { } session) return NoSession;
        if (!await user.MaySeeOrganizationAsync(session.OrganizationId, ct)) return Refuse.Forbidden(Text.Of("无权查看该培训。", "Not yours to read."));
        return Result.Ok(await DetailAsync(session, ct));
    }

    public async Task<Result<SessionDetail>> SaveSessionAsync(long? id, SessionInput input, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        CampaignEvent? session = null;
        if (id is { } existingId)
        {
            session = await events.FindAsync(Source, existingId, ct);
            if (session is null) return NoSession;
            if (!await user.ManagesOrganizationAsync(session.OrganizationId, ct)) return NotYours;
        }
        var committeeId = session?.OrganizationId ?? input.CommitteeId;
        if (committeeId is not { } cid || tree.Find(cid) is not { } committee || !TrainingRules.IsRotatingCommittee(tree, committee))
            return Refuse.Field("committeeId", Text.Of("请选择举办培训的基层党委。", "Choose the grassroots party committee."));
        if (!user.IsSignedIn || !await user.ManagesOrganizationAsync(cid, ct)) return NotYours;
        if (Validate(input, rules) is { } refusal) return refusal;
        if (session is not null && session.Attended > 0 && input.HeldOn > campaign.Today)
            return Refuse.Field("heldOn", Text.Of("已登记参训人员的培训不能改到今天以后。", "Attendance is recorded: the date cannot move into the future."));

        var details = new Dictionary<string, string> { [FieldKey] = TrainingFields.Parse(input.Field)!.Value.ToString() };
        if (!string.IsNullOrWhiteSpace(input.Industry)) details[IndustryKey] = input.Industry.Trim();
        var draft = new EventDraft(Source, EventCategories.Training, cid, input.Title!.Trim(), input.HeldOn!.Value, input.Hours!.Value,
            input.Place!.Trim(), Details: details, RecordedBy: user.DisplayName);
        var saved = session is null
            ? await events.CreateAsync(draft, [], ct)
            : await events.UpdateAsync(session.Id, input.Version ?? -1, draft, null, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        if (session is not null) await SyncObligationsAsync([.. session.Attendance.Select(a => a.PersonId)], rules, ct);
        return Result.Ok(await DetailAsync(saved.Value!, ct));
    }

    public async Task<Result<bool>> DeleteSessionAsync(long id, int? version, CancellationToken ct)
    {
        if (await events.FindAsync(Source, id, ct) is not { } session) return Refuse.NotFound(NoSessionText);
        if (!await user.ManagesOrganizationAsync(session.OrganizationId, ct)) return Refuse.Forbidden(NotYoursText);
        if (version != session.Version || !await events.DeleteAsync(id, ct)) return Refuse.Conflict();
        await SyncObligationsAsync([.. session.Attendance.Select(a => a.PersonId)], await campaign.RulesAsync(ct), ct);
        return Result.Ok(true);
    }

    /// <summary>Replaces who attended: every one a member of the committee's subtree now, once the session has been held.</summary>
    public async Task<Result<SessionDetail>> SetAttendanceAsync(long id, AttendanceSetInput input, CancellationToken ct)
    {
        if (await events.FindAsync(Source, id, ct) is not { } session) return NoSession;
        if (!user.IsSignedIn || !await user.ManagesOrganizationAsync(session.OrganizationId, ct)) return NotYours;
        if (input.Version != session.Version) return Refuse.Conflict();
        if (session.HeldOn > campaign.Today)
            return Refuse.Field("personIds", Text.Of($"培训定于{session.HeldOn:yyyy-MM-dd}，举办后再登记参训人员。", "Record attendance once the session is held."));
        var ids = input.PersonIds ?? [];
        if (ids.Count != ids.Distinct().Count()) return Refuse.Field("personIds", Text.Of("参训人员重复。", "A person is listed twice."));
        var members = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = session.OrganizationId }, ct)).Select(m => m.Id).ToHashSet();
        if (ids.FirstOrDefault(p => !members.Contains(p)) is var stranger and not 0)
        {
            var tree = await directory.TreeAsync(ct);
            return Refuse.Field("personIds", Text.Of($"人员 #{stranger} 不是{tree.NameOf(session.OrganizationId)}所属党员，不能登记参训。", "Not a member of this committee."));
        }
        var saved = await events.SetAttendanceAsync(id, session.Version, [.. ids.Select(p => new AttendanceEntry(p))], ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        await SyncObligationsAsync([.. session.Attendance.Select(a => a.PersonId).Union(ids)], await campaign.RulesAsync(ct), ct);
        return Result.Ok(await DetailAsync(saved.Value!, ct));
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
        var attended = (await events.TalliesAsync(new EventQuery(Source) { AttendedBy = member.Id, To = today }, ct)).OrderBy(s => s.HeldOn).ThenBy(s => s.Id).ToList();
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

    private static string NoSessionText => Text.Of("没有这个培训班次。", "No such session.");
    private static Refusal NoSession => Refuse.NotFound(NoSessionText);
    private static string NotYoursText =>
        Text.Of("只有该基层党委（或上级）的负责人和旗创先争优办可以安排培训、登记参训。", "Only the committee's officers or the office may do this.");
    private static Refusal NotYours => Refuse.Forbidden(NotYoursText);

    private static Refusal? Validate(SessionInput input, SixOnesRules rules)
    {
        Refusal No(string field, string zh, string en) => Refuse.Field(field, Text.Of(zh, en));
        if (string.IsNullOrWhiteSpace(input.Title)) return No("title", "请填写培训主题。", "Title is required.");
        if (input.Title.Trim().Length > MaxText) return No("title", $"主题不超过{MaxText}字。", $"At most {MaxText} characters.");
        if (input.HeldOn is not { } held) return No("heldOn", "请填写培训日期。", "Date is required.");
        if (held.Year != rules.Year) return No("heldOn", $"培训日期应在{rules.Year}年内。", $"The date must fall in {rules.Year}.");
        if (string.IsNullOrWhiteSpace(input.Place)) return No("place", "请填写培训地点。", "Place is required.");
        if (input.Place.Trim().Length > MaxText) return No("place", $"地点不超过{MaxText}字。", $"At most {MaxText} characters.");
        if (input.Hours is not { } hours || hours <= 0 || hours > 200) return No("hours", "学时应大于0、不超过200。", "Hours must be over 0 and at most 200.");
        if (TrainingFields.Parse(input.Field) is null)
            return No("field", $"请选择领域（{string.Join("、", TrainingFields.Labels.Values)}）。", "Choose the field.");
        if (input.Industry is { } industry && industry.Trim().Length > MaxText) return No("industry", $"行业不超过{MaxText}字。", $"At most {MaxText} characters.");
        return null;
    }

    private async Task<SessionDetail> DetailAsync(CampaignEvent session, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var people = await roster.FindManyAsync(session.Attendance.Select(a => a.PersonId), ct);
        var attendees = session.Attendance.Select(a => people.TryGetValue(a.PersonId, out var p)
            ? new Attendee(a.PersonId, p.Name, tree.NameOf(p.OrganizationId))
            : new Attendee(a.PersonId, $"#{a.PersonId}", ""));
        var row = new SessionRow(session.Id, session.OrganizationId, tree.NameOf(session.OrganizationId), session.Title, session.HeldOn, session.Place ?? "",
            session.Hours, session.Detail(FieldKey) ?? "", TrainingFields.Label(session.Detail(FieldKey) ?? ""), session.Detail(IndustryKey), session.Attended, session.Version);
        return new SessionDetail(row, [.. attendees.OrderBy(a => a.Organization, StringComparer.Ordinal).ThenBy(a => a.PersonId)]);
    }

    private static SessionRow Row(OrganizationTree tree, EventTally s) =>
        new(s.Id, s.OrganizationId, tree.NameOf(s.OrganizationId), s.Title, s.HeldOn, s.Place ?? "", s.Hours,
            s.Detail(FieldKey) ?? "", TrainingFields.Label(s.Detail(FieldKey) ?? ""), s.Detail(IndustryKey), s.Attended, s.Version);

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
