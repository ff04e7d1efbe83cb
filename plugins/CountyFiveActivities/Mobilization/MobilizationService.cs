using System.Runtime.CompilerServices;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Mobilization;

/// <summary>
/// A meeting as recorded: whose day, the people there, a note, who presided and deployed it (<paramref name="DeployedByPersonId"/>, a
/// person on the roster); <paramref name="Version"/> the version read, when editing.
/// </summary>
public sealed record MeetingInput(DateOnly? HeldOn, int? Attendees, string? Note, int? Version, long? DeployedByPersonId = null);

/// <summary>A meeting as recorded: whose, when, at which version.</summary>
public sealed record MeetingRecorded(long OrganizationId, DateOnly HeldOn, int Version);

/// <summary>A party committee's meeting against the county's: the day it is due by, the day it was held, its state.</summary>
public sealed record CommitteeRow(long OrganizationId, string Name, string? TopLevel, DateOnly? HeldOn, DateOnly? DueOn, DueState Status, int? Version)
{
    /// <summary>Who deployed the meeting (null until recorded) and how that stands against the committee's secretary.</summary>
    public DeploymentView? Deployment { get; init; }
}

/// <summary>Who deployed a meeting, the organization's secretary, and the verdict (<see cref="DeploymentRule"/>); <see cref="Flagged"/> when someone else deployed.</summary>
public sealed record DeploymentView(long? DeployedByPersonId, string? DeployedBy, long? SecretaryPersonId, string? Secretary, Deployment State)
{
    public string StateName => DeploymentRule.Name(State).ToString();
    public bool Flagged => DeploymentRule.Flagged(State);
}

/// <summary>The county's meeting (with its version), the days the committees have after it, and every committee the caller sees.</summary>
public sealed record MobilizationOverview(DateOnly? CountyMeeting, int? CountyVersion, int Days, IReadOnlyList<CommitteeRow> Committees)
{
    /// <summary>Who deployed the county's meeting against the county committee's secretary (null until it is held).</summary>
    public DeploymentView? CountyDeployment { get; init; }
}

/// <summary>Recording the mobilization meetings, for the API, the page's forms and the demo alike.</summary>
public sealed class MobilizationService(CountyDbContext db, ICurrentUser user, IOrganizationDirectory directory, IRoster roster, CountyCampaign campaign)
{
    /// <summary>The county's meeting is the county office's to record.</summary>
    public bool MayRecordCounty => user.IsJurisdictionAdmin;

    /// <summary>县委发动大会: the county office records it on the county committee.</summary>
    public async Task<Result<MeetingRecorded>> RecordCountyAsync(MeetingInput input, CancellationToken ct)
    {
        if (!MayRecordCounty)
            return Refuse.Forbidden(Text.Of("只有县创先争优活动领导小组办公室可以记录县委发动大会。", "Only the county office records the county's mobilization meeting."));
        if (input.HeldOn is not { } heldOn) return Refuse.Field("heldOn", Text.Of("请填写县委发动大会日期。", "Give the day of the county's meeting."));
        if ((await directory.TreeAsync(ct)).Root is not { } root)
            return Refuse.Field("organizationId", Text.Of("本县尚无党组织，请先建立县委。", "The county has no organizations yet; create the county committee first."));
        return await SaveAsync(root.Id, heldOn, input, ct);
    }

    /// <summary>A party committee's own meeting: after the county's; on time when within the 7 days.</summary>
    public async Task<Result<MeetingRecorded>> RecordCommitteeAsync(long organizationId, MeetingInput input, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is null) return Refuse.NotFound(References.NoOrganization(organizationId));
        if (tree.CommitteesBelowRoot.All(c => c.Id != organizationId))
            return Refuse.Field("organizationId", Text.Of("只有党委召开发动大会。", "Only party committees hold a mobilization meeting."));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        if (input.HeldOn is not { } heldOn) return Refuse.Field("heldOn", Text.Of("请填写发动大会日期。", "Give the day of the meeting."));
        var county = await db.MobilizationMeetings.SingleOrDefaultAsync(m => m.OrganizationId == tree.Root!.Id, ct);
        if (county is null)
            return Refuse.Field("heldOn", Text.Of("县委发动大会尚未记录，各党委的发动大会在其后召开。", "The county's meeting is not recorded yet; the committees meet after it."));
        if (heldOn < county.HeldOn)
            return Refuse.Field("heldOn", Text.Of($"党委发动大会应在县委发动大会（{county.HeldOn:yyyy-MM-dd}）之后召开。", $"A committee meets after the county's meeting ({county.HeldOn:yyyy-MM-dd})."));
        return await SaveAsync(organizationId, heldOn, input, ct);
    }

    /// <summary>The committees (of these) whose meeting the user records: those they manage.</summary>
    public async Task<HashSet<long>> RecordableAsync(IEnumerable<long> committeeIds, CancellationToken ct)
    {
        var recordable = new HashSet<long>();
        foreach (var id in committeeIds)
            if (await user.ManagesOrganizationAsync(id, ct)) recordable.Add(id);
        return recordable;
    }

    private async Task<Result<MeetingRecorded>> SaveAsync(long organizationId, DateOnly heldOn, MeetingInput input, CancellationToken ct)
    {
        if (input.Attendees is < 0) return Refuse.Field("attendees", Text.Of("参会人数不能为负数。", "Attendees cannot be negative."));
        if (heldOn > campaign.Today) return Refuse.Field("heldOn", Text.Of("不能记录尚未召开的会议。", "A meeting not held yet cannot be recorded."));
        if (input.DeployedByPersonId is { } deployer && await roster.PersonProblemAsync(deployer, ct) is { } problem) return Refuse.Field("deployedByPersonId", problem);
        var row = await db.MobilizationMeetings.AsTracking().SingleOrDefaultAsync(m => m.OrganizationId == organizationId, ct);
        row = db.MobilizationMeetings.Edit(row, input.Version, () => new MobilizationMeeting { OrganizationId = organizationId });
        if (row is null) return Refuse.Conflict();
        row.HeldOn = heldOn;
        row.Attendees = input.Attendees;
        row.DeployedByPersonId = input.DeployedByPersonId;
        row.Note = Entered.Text(input.Note);
        row.RecordedBy = user.DisplayName;
        row.RecordedAt = campaign.Now;
        return await db.TrySaveAsync(ct) ? Result.Ok(new MeetingRecorded(row.OrganizationId, row.HeldOn, row.Version)) : Refuse.Conflict();
    }
}

/// <summary>
/// The committees' meetings against the county's: those the caller sees, for the API, the page, the dashboard and the ledger;
/// and every committee's, as the host's obligation (<see cref="MobilizationFeature.MeetingObligation"/>): due the county's day + 7 once
/// the county's meeting is recorded, met at noon of the day it was held, so the host's done/late verdict matches ours.
/// </summary>
public sealed class MobilizationQuery(CountyDbContext db, IOrganizationDirectory directory, IRoster roster, ICurrentUser user, CountyCampaign campaign) : ICountyObligation
{
    public async Task<MobilizationOverview> OverviewAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var meetings = await db.MobilizationMeetings.ToDictionaryAsync(m => m.OrganizationId, ct);
        var county = tree.Root is { } root ? meetings.GetValueOrDefault(root.Id) : null;
        var visible = user.VisibleOrganizations(tree);
        var secretaries = await SecretariesAsync(directory, ct);
        var names = await roster.FindManyAsync(meetings.Values.Select(m => m.DeployedByPersonId).OfType<long>().Concat(secretaries.Values).Distinct(), ct);
        DeploymentView? Deployed(MobilizationMeeting? m)
        {
            if (m is null) return null;
            var secretary = secretaries.TryGetValue(m.OrganizationId, out var s) ? s : (long?)null;
            return new(m.DeployedByPersonId, m.DeployedByPersonId is { } d ? names.GetValueOrDefault(d)?.Name : null,
                secretary, secretary is { } sid ? names.GetValueOrDefault(sid)?.Name : null, DeploymentRule.Of(secretary, m.DeployedByPersonId));
        }
        var rows = new List<CommitteeRow>();
        foreach (var c in tree.CommitteesBelowRoot.Where(c => visible.Contains(c.Id)))
        {
            var held = meetings.GetValueOrDefault(c.Id);
            var status = MobilizationRule.Status(rules.Calendar, county?.HeldOn, held?.HeldOn, campaign.Today, rules.CommitteeMeetingDays);
            rows.Add(new(c.Id, c.Name, tree.TopLevelOf(c.Id)?.Name, held?.HeldOn,
                county is null ? null : rules.CommitteeMeetingDue(county.HeldOn), status, held?.Version) { Deployment = Deployed(held) });
        }
        return new(county?.HeldOn, county?.Version, rules.CommitteeMeetingDays, rows) { CountyDeployment = Deployed(county) };
    }

    /// <summary>Each organization's secretary (书记) on the roster: its main responsible person.</summary>
    internal static async Task<Dictionary<long, long>> SecretariesAsync(IOrganizationDirectory directory, CancellationToken ct) =>
        (await directory.AllOfficersAsync(ct)).Where(o => o.Post == OfficerPost.Secretary)
            .GroupBy(o => o.OrganizationId).ToDictionary(g => g.Key, g => g.First().PersonId);

    /// <summary>
    /// The in-person obligation (<see cref="MobilizationFeature.InPersonObligation"/>): every meeting held (the county's and each
    /// committee's) owes its deployment by the organization's secretary, due the day it was held; only the secretary meets it.
    /// </summary>
    public async IAsyncEnumerable<ObligationDue> InPersonDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var secretaries = await SecretariesAsync(directory, ct);
        var committees = tree.CommitteesBelowRoot.Select(c => c.Id).ToHashSet();
        if (tree.Root is { } root) committees.Add(root.Id);
        foreach (var m in await db.MobilizationMeetings.Where(m => m.HeldOn >= from && m.HeldOn <= to).ToListAsync(ct))
        {
            if (!committees.Contains(m.OrganizationId)) continue;
            var inPerson = DeploymentRule.Of(secretaries.TryGetValue(m.OrganizationId, out var s) ? s : null, m.DeployedByPersonId) == Deployment.InPerson;
            yield return new ObligationDue(MobilizationFeature.InPersonObligation.Key, ObligedKind.Organization, m.OrganizationId, m.HeldOn, m.HeldOn)
            {
                MetAt = inPerson ? Noon(m.HeldOn, jurisdiction) : null, RecordRef = inPerson ? $"meeting:{m.OrganizationId}" : null,
            };
        }
    }

    ObligationType ICountyObligation.Type => MobilizationFeature.MeetingObligation;

    async IAsyncEnumerable<ObligationDue> ICountyObligation.DueAsync(IJurisdiction jurisdiction, CountyRules rules, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var meetings = await db.MobilizationMeetings.ToDictionaryAsync(m => m.OrganizationId, cancellationToken);
        var tree = await directory.TreeAsync(cancellationToken);
        if (tree.Root is not { } root || meetings.GetValueOrDefault(root.Id) is not { } county) yield break;
        var due = rules.CommitteeMeetingDue(county.HeldOn);
        if (due < from || due > to) yield break;
        foreach (var committee in tree.CommitteesBelowRoot)
        {
            var held = meetings.GetValueOrDefault(committee.Id);
            yield return new ObligationDue(MobilizationFeature.MeetingObligation.Key, ObligedKind.Organization, committee.Id, county.HeldOn, due)
            {
                MetAt = held is null ? null : Noon(held.HeldOn, jurisdiction), RecordRef = held is null ? null : $"meeting:{committee.Id}",
            };
        }
    }

    // A meeting is recorded by its day: count it as met at noon of that day where the county is.
    internal static DateTimeOffset Noon(DateOnly day, IJurisdiction jurisdiction)
    {
        var local = day.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(local, jurisdiction.TimeZone.GetUtcOffset(local));
    }
}

/// <summary>The in-person deployment as one of the plugin's obligations (<see cref="MobilizationFeature.InPersonObligation"/>).</summary>
public sealed class DeploymentQuery(MobilizationQuery meetings) : ICountyObligation
{
    public ObligationType Type => MobilizationFeature.InPersonObligation;

    public IAsyncEnumerable<ObligationDue> DueAsync(IJurisdiction jurisdiction, CountyRules rules, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        meetings.InPersonDueAsync(jurisdiction, from, to, cancellationToken);
}
