using System.Runtime.CompilerServices;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Study;

/// <summary>A session as recorded: the organization, topic, day, hours, form, the members who attended; <paramref name="Version"/> the version read, when correcting it.</summary>
public sealed record CentralStudyInput(long? OrganizationId, string? Topic, DateOnly? HeldOn, decimal? Hours, StudyForm? Form,
    IReadOnlyList<long>? AttendeePersonIds, string? Place = null, string? Summary = null, int? Version = null);

public sealed record StudyAttendee(long PersonId, string Name);

/// <summary>A session as read, with its attendees' names.</summary>
public sealed record CentralStudyView(long Id, long OrganizationId, string Organization, string Topic, DateOnly HeldOn, decimal Hours, StudyForm Form, string FormName,
    string? Place, string? Summary, IReadOnlyList<StudyAttendee> Attendees, string? RecordedBy, DateTimeOffset RecordedAt, int Version);

/// <summary>A party organization's centralized study in stage 1: its sessions, the members who attended any of them, and where it stands.</summary>
public sealed record CentralStudyRow(long OrganizationId, string Name, string? TopLevel, int Sessions, decimal Hours, int Members, int MembersAttended,
    DateOnly? LastHeldOn, DueState Status)
{
    public string StatusName => Status.Label();
}

/// <summary>The stage, the number owed per organization, every organization the caller sees and the sessions, latest first.</summary>
public sealed record CentralStudyOverview(DateOnly From, DateOnly To, int MinSessions, IReadOnlyList<CentralStudyRow> Organizations, IReadOnlyList<CentralStudyView> Sessions);

/// <summary>组织集中学习: whoever manages a party organization (or the county office) records its sessions in the SDK's campaign events. For the API, the page and the demo.</summary>
public sealed class CentralStudyService(ICampaignEvents events, IRoster roster, IOrganizationDirectory directory, ICurrentUser user, CountyCampaign campaign)
{
    private const string FormKey = "form";

    private static string NoSession(long id) => Text.Of($"没有编号为 {id} 的集中学习记录。", $"There is no centralized study session {id}.");

    public async Task<Result<CentralStudyView>> RecordAsync(CentralStudyInput input, CancellationToken ct)
    {
        var built = await BuildAsync(input, ct);
        if (!built.Succeeded) return Refuse.As(built);
        var (draft, attendance) = built.Value;
        var saved = await events.CreateAsync(draft, attendance, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var view = await ViewAsync(saved.Value!, ct);
        return Result.Created($"study/{view.Id}", view);
    }

    /// <summary>Corrects a session read at <see cref="CentralStudyInput.Version"/> (a stale one is 409); its organization stays.</summary>
    public async Task<Result<CentralStudyView>> UpdateAsync(long id, CentralStudyInput input, CancellationToken ct)
    {
        var found = await events.FindAsync(CentralStudyRule.Source, id, ct);
        if (found is null) return Refuse.NotFound(NoSession(id));
        if (!await user.ManagesOrganizationAsync(found.OrganizationId, ct))
            return await user.MaySeeOrganizationAsync(found.OrganizationId, ct) ? Refuse.Forbidden() : Refuse.NotFound(NoSession(id));
        if (input.Version is not { } version) return Refuse.Field("version", Text.Of("请带上读取时的版本号。", "Give the version you read."));
        var built = await BuildAsync(input with { OrganizationId = found.OrganizationId }, ct);
        if (!built.Succeeded) return Refuse.As(built);
        var (draft, attendance) = built.Value;
        var saved = await events.UpdateAsync(id, version, draft, attendance, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        return Result.Ok(await ViewAsync(saved.Value!, ct));
    }

    /// <summary>One session: whoever sees its organization (403 for the others of the jurisdiction).</summary>
    public async Task<Result<CentralStudyView>> FindAsync(long id, CancellationToken ct)
    {
        var found = await events.FindAsync(CentralStudyRule.Source, id, ct);
        if (found is null) return Refuse.NotFound(NoSession(id));
        if (!await user.MaySeeOrganizationAsync(found.OrganizationId, ct)) return Refuse.Forbidden();
        return Result.Ok(await ViewAsync(found, ct));
    }

    private async Task<Result<(EventDraft Draft, IReadOnlyList<AttendanceEntry> Attendance)>> BuildAsync(CentralStudyInput input, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (input.OrganizationId is not { } orgId) return Refuse.Field("organizationId", Text.Of("请选择党组织。", "Choose the organization."));
        if (tree.Find(orgId) is not { } org || !OrganizationTree.IsPartyOrganization(org))
            return Refuse.Field("organizationId", References.NoOrganization(orgId));
        if (!await user.ManagesOrganizationAsync(orgId, ct))
            return Refuse.Forbidden(Text.Of("集中学习由本党组织或上级党组织登记。", "The organization or a level above records its study."));
        var rules = await campaign.RulesAsync(ct);
        var topic = Entered.Text(input.Topic);
        var errors = CentralStudyRule.Problems(rules, topic, input.HeldOn, input.Hours, input.Form, input.AttendeePersonIds);
        if (!errors.ContainsKey("heldOn") && input.HeldOn > campaign.Today)
            errors["heldOn"] = [Text.Of("只登记已举行的学习：日期不能晚于今天。", "Record sessions held: the day cannot be after today.")];
        if (Limits.TooLong(Entered.Text(input.Place), Limits.Line) is { } place) errors["place"] = [place];
        if (Limits.TooLong(Entered.Text(input.Summary), Limits.Note) is { } summary) errors["summary"] = [summary];
        if (!errors.ContainsKey("attendeePersonIds"))
        {
            var members = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = orgId }, ct)).Select(m => m.Id).ToHashSet();
            if (input.AttendeePersonIds!.FirstOrDefault(p => !members.Contains(p)) is > 0 and var stranger)
                errors["attendeePersonIds"] = [Text.Of($"人员 #{stranger} 不是 {org.Name} 的党员。", $"Person #{stranger} is not a member of {org.Name}.")];
        }
        if (errors.Count > 0) return Refuse.Fields(errors);
        var draft = new EventDraft(CentralStudyRule.Source, EventCategories.Study, orgId, topic!, input.HeldOn!.Value, input.Hours!.Value,
            Entered.Text(input.Place), Entered.Text(input.Summary), Details: new Dictionary<string, string> { [FormKey] = input.Form!.Value.ToString() }, RecordedBy: user.DisplayName);
        IReadOnlyList<AttendanceEntry> attendance = [.. input.AttendeePersonIds!.Order().Select(p => new AttendanceEntry(p))];
        return Result.Ok<(EventDraft, IReadOnlyList<AttendanceEntry>)>((draft, attendance));
    }

    private async Task<CentralStudyView> ViewAsync(CampaignEvent e, CancellationToken ct)
    {
        var names = await roster.FindManyAsync(e.Attendance.Select(a => a.PersonId), ct);
        return View(e, await directory.TreeAsync(ct), id => names.GetValueOrDefault(id)?.Name);
    }

    internal static CentralStudyView View(CampaignEvent e, OrganizationTree tree, Func<long, string?> name)
    {
        var form = Enum.TryParse<StudyForm>(e.Detail(FormKey), out var f) ? f : StudyForm.Other;
        return new(e.Id, e.OrganizationId, tree.NameOf(e.OrganizationId), e.Title, e.HeldOn, e.Hours, form, CentralStudyRule.FormName(form), e.Place, e.Summary,
            [.. e.Attendance.Where(a => a.Attended).Select(a => new StudyAttendee(a.PersonId, name(a.PersonId) ?? $"#{a.PersonId}")).OrderBy(a => a.Name, StringComparer.Ordinal)],
            e.RecordedBy, e.RecordedAt, e.Version);
    }
}

/// <summary>
/// The sessions per organization, for the API, the page, the ledger and the dashboard; and the host's obligation
/// (<see cref="CentralStudyFeature.Obligation"/>): every party organization owes <c>study.minSessions</c> sessions by the end of
/// stage 1, met at noon of the day of the last one it needed.
/// </summary>
public sealed class CentralStudyQuery(ICampaignEvents events, IRoster roster, IOrganizationDirectory directory, ICurrentUser user, CountyCampaign campaign) : ICountyObligation
{
    public async Task<CentralStudyOverview> OverviewAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var stage = CentralStudyRule.Stage(rules);
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var all = await events.ListAsync(new EventQuery(CentralStudyRule.Source), ct);
        var seen = all.Where(e => visible.Contains(e.OrganizationId)).ToList();
        var people = await roster.MembersAsync(new RosterQuery(), ct);
        var names = people.ToDictionary(p => p.Id, p => p.Name);
        var rows = new List<CentralStudyRow>();
        foreach (var org in tree.All.Where(o => OrganizationTree.IsPartyOrganization(o) && visible.Contains(o.Id)))
        {
            var mine = seen.Where(e => e.OrganizationId == org.Id).ToList();
            var subtree = tree.SubtreeIds(org.Id).ToHashSet();
            var members = people.Where(p => subtree.Contains(p.OrganizationId)).Select(p => p.Id).ToHashSet();
            var attended = mine.SelectMany(e => e.Attendance.Where(a => a.Attended).Select(a => a.PersonId)).Where(members.Contains).Distinct().Count();
            rows.Add(new(org.Id, org.Name, tree.TopLevelOf(org.Id)?.Name, mine.Count, mine.Sum(e => e.Hours), members.Count, attended,
                mine.Count == 0 ? null : mine.Max(e => e.HeldOn), CentralStudyRule.Status(rules, [.. mine.Select(e => e.HeldOn)], campaign.Today)));
        }
        return new(stage.Start, stage.End, rules.CentralStudyMinSessions, rows,
            [.. seen.OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.Id).Select(e => CentralStudyService.View(e, tree, id => names.GetValueOrDefault(id)))]);
    }

    ObligationType ICountyObligation.Type => CentralStudyFeature.Obligation;

    async IAsyncEnumerable<ObligationDue> ICountyObligation.DueAsync(IJurisdiction jurisdiction, CountyRules rules, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stage = CentralStudyRule.Stage(rules);
        if (rules.CentralStudyMinSessions <= 0 || stage.End < from || stage.End > to) yield break;
        var tree = await directory.TreeAsync(cancellationToken);
        var days = (await events.ListAsync(new EventQuery(CentralStudyRule.Source), cancellationToken)).ToLookup(e => e.OrganizationId, e => (e.HeldOn, e.Id));
        foreach (var org in tree.All.Where(OrganizationTree.IsPartyOrganization))
        {
            var held = days[org.Id].OrderBy(d => d.HeldOn).ThenBy(d => d.Id).ToList();
            var enough = held.Count >= rules.CentralStudyMinSessions ? held[rules.CentralStudyMinSessions - 1] : default((DateOnly HeldOn, long Id)?);
            yield return new ObligationDue(CentralStudyFeature.Obligation.Key, ObligedKind.Organization, org.Id, stage.Start, stage.End)
            {
                MetAt = enough is { } e ? Mobilization.MobilizationQuery.Noon(e.HeldOn, jurisdiction) : null,
                RecordRef = enough is { } r ? $"study/{r.Id}" : null,
            };
        }
    }
}
