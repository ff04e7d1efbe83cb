using System.Linq.Expressions;
using Modular.Plugins.CountyFiveActivities.Commendation;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.FourFinds;
using Modular.Plugins.CountyFiveActivities.Grading;
using Modular.Plugins.CountyFiveActivities.Mobilization;
using Modular.Plugins.CountyFiveActivities.PartySpirit;

namespace Modular.Plugins.CountyFiveActivities.Dashboards;

/// <summary>The stage-by-stage figures of a group of organizations (a township's subtree, a sector, the county).</summary>
public sealed record Figures(
    int Organizations, int Members,
    int Committees, int CommitteeMeetingsOnTime, int CommitteeMeetingsLate,
    int PlansReceived, int PlansSubmitted, int PledgesPublished,
    int PartySpiritReportsOnTime, int PartySpiritReportsLate,
    int DedicationActivities, int MemberPosts,
    int Services, decimal ServiceHours,
    int Badges, int DemonstrationUnitsRecognized,
    int NominationsApproved, int NominationsInProgress,
    int OrganizationFourFinds, int MemberFourFinds,
    int Scored, int Advanced, int Middle, int Lagging, int FiveGoods)
{
    public static decimal Share(int part, int whole) => SharesRule.Share(part, whole);
    public decimal PlansShare => Share(PlansReceived, Organizations);
    /// <summary>The members who owe a party-spirit report (在职党员, and those whose status the roster does not give).</summary>
    public int ReportsOwed { get; init; }
    /// <summary>组织集中学习 (stage 1): the sessions these organizations held.</summary>
    public int CentralStudySessions { get; init; }
    /// <summary>树立先进典型 (stage 3): the members and organizations of these set up as typical models.</summary>
    public int TypicalModels { get; init; }
    /// <summary>展示成果 (stage 4): the exhibitions, seminars and exchange meetings these organizations hold (held or planned).</summary>
    public int ShowcaseEvents { get; init; }
    public decimal ReportsShare => Share(PartySpiritReportsOnTime + PartySpiritReportsLate, ReportsOwed);
    public decimal MemberFourFindsShare => Share(MemberFourFinds, Members);
    /// <summary>Of every party organization of the group, scored or not (an unscored one is not yet five-goods): as <see cref="ScoresQuery.FiveGoodsShareAsync"/>.</summary>
    public decimal FiveGoodsShare => Share(FiveGoods, Organizations);
}

/// <summary>
/// One member at the bottom of the drill-down: their party-spirit report (on time, late, or none yet: null), whether they owe one
/// (serving members do; retired ones and those not working do not), and their four finds.
/// </summary>
public sealed record MemberFigures(long PersonId, string Name, bool? ReportOnTime, bool FourFinds)
{
    public bool OwesReport { get; init; } = true;
}

/// <summary>
/// Loads the jurisdiction's figures once per request and sums them for any set of organizations: the
/// dashboards' rows (by township, by sector) and the summary reports' figures. The plugin's own records are
/// counted per organization in the database (a year of a county's services is hundreds of thousands of rows), and so are
/// the members and their reports, through the SDK's views (<see cref="PluginDbContext.RosterMembers"/>,
/// <see cref="PluginDbContext.CountedTextAuthors"/>); the rest the SDK gives (pledges, nominations, events) is read through it.
/// </summary>
public sealed class CampaignFigures(CountyDbContext db, IOrganizationDirectory directory, IRoster roster, IPledges pledges, INominations nominations,
    MobilizationQuery mobilization, ICampaignEvents events, CountyCampaign campaign)
{
    private Snapshot? _snapshot;

    /// <summary>An organization's own members and what they did: counted where the roster is (<see cref="PluginDbContext.RosterMembers"/>).</summary>
    private sealed record MemberCounts(int Members, int Owing, int ReportsOnTime, int ReportsLate, int FourFinds);

    private sealed record Snapshot(
        Dictionary<long, OrganizationInfo> Orgs, Dictionary<long, MemberCounts> Members, Dictionary<long, DueState> Meetings,
        Dictionary<long, FilingState> Filings, HashSet<long> PublishedPledges,
        Dictionary<long, int> Dedication, Dictionary<long, int> Posts, Dictionary<long, (int Count, decimal Hours)> Services, Dictionary<long, int> Badges,
        HashSet<long> Recognized, List<NominationInfo> Nominations, HashSet<long> OrgFinds, HashSet<long> PersonFinds, Dictionary<long, FiveGoodsScore> LatestScores)
    {
        public IReadOnlyDictionary<long, int> Study { get; init; } = new Dictionary<long, int>();
        public ILookup<long, long> Models { get; init; } = Array.Empty<long>().ToLookup(e => e);
        public IReadOnlyDictionary<long, int> Showcase { get; init; } = new Dictionary<long, int>();
    }

    private async Task<Snapshot> LoadAsync(CancellationToken ct)
    {
        if (_snapshot is not null) return _snapshot;
        var rules = await campaign.RulesAsync(ct);
        var orgs = (await directory.TreeAsync(ct)).All.ToDictionary(o => o.Id);
        var overview = await mobilization.OverviewAsync(ct);
        var finds = await db.FourFinds.Select(f => new { f.SubjectKind, f.SubjectId }).ToListAsync(ct);
        var scores = await db.FiveGoodsScores.ToListAsync(ct);
        return _snapshot = new(
            orgs, await MemberCountsAsync(PartySpiritRule.OnTimeBefore(rules, campaign.Jurisdiction.TimeZone), ct),
            overview.Committees.ToDictionary(c => c.OrganizationId, c => c.Status),
            await db.PlanFilings.Select(f => new { f.OrganizationId, f.State }).ToDictionaryAsync(f => f.OrganizationId, f => f.State, ct),
            [.. (await pledges.ListAsync(MobilizationFeature.PledgeKind, publishedOnly: true, cancellationToken: ct)).Select(p => p.OwnerId)],
            await CountsAsync(db.DedicationRecords, r => r.OrganizationId, ct),
            await CountsAsync(db.MemberPosts, p => p.OrganizationId, ct),
            await db.ServiceTotals.ToDictionaryAsync(t => t.OrganizationId, t => (t.Services, t.Hours), ct),
            await CountsAsync(db.Badges, b => b.OrganizationId, ct),
            [.. await db.DemonstrationUnits.Where(u => u.Recognized).Select(u => u.OrganizationId).ToListAsync(ct)],
            [.. (await nominations.ListAsync(pluginId: CountyStartup.PluginId, cancellationToken: ct)).Where(n => n.Kind == CommendationFeature.Kind.Kind)],
            [.. finds.Where(f => f.SubjectKind == FourFindsSubject.Organization).Select(f => f.SubjectId)],
            [.. finds.Where(f => f.SubjectKind == FourFindsSubject.Person).Select(f => f.SubjectId)],
            scores.GroupBy(s => s.OrganizationId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.AssessedOn).ThenBy(s => s.Id).Last()))
        {
            Study = await events.CountsByOrganizationAsync(new EventQuery(Modular.Plugins.CountyFiveActivities.Study.CentralStudyRule.Source), ct),
            Models = (await db.TypicalModels.Select(m => new { m.OrganizationId, m.Id }).ToListAsync(ct)).ToLookup(m => m.OrganizationId, m => m.Id),
            Showcase = await events.CountsByOrganizationAsync(new EventQuery(Modular.Plugins.CountyFiveActivities.Showcase.ShowcaseRule.Source), ct),
        };
    }

    // Per organization: its members, those who owe a party-spirit report and of them who wrote it on time or late (by their
    // first submission), and its members with four finds: one query joining the roster's members and the reports' authors,
    // not 50,000 members and 30,000 authors read into memory.
    private async Task<Dictionary<long, MemberCounts>> MemberCountsAsync(DateTimeOffset onTimeBefore, CancellationToken ct)
    {
        var owing = PartySpiritRule.OwingStatuses;
        var finds = db.FourFinds.Where(f => f.SubjectKind == FourFindsSubject.Person).Select(f => f.SubjectId);
        var members = from m in db.RosterMembers
                      join a in db.CountedTextAuthors(PartySpiritFeature.ReportKind) on m.PersonId equals a.AuthorPersonId into reports
                      from a in reports.DefaultIfEmpty()
                      select new { m.OrganizationId, Owes = owing.Contains(m.Employment), Reported = (DateTimeOffset?)a.FirstSubmittedAt, Finds = finds.Contains(m.PersonId) };
        return await members
            .Select(m => new { m.OrganizationId, m.Owes, OnTime = m.Reported < onTimeBefore, Late = m.Reported >= onTimeBefore, m.Finds })
            .GroupBy(m => m.OrganizationId)
            .Select(g => new { g.Key, Members = g.Count(), Owing = g.Count(m => m.Owes), OnTime = g.Count(m => m.Owes && m.OnTime), Late = g.Count(m => m.Owes && m.Late), Finds = g.Count(m => m.Finds) })
            .ToDictionaryAsync(g => g.Key, g => new MemberCounts(g.Members, g.Owing, g.OnTime, g.Late, g.Finds), ct);
    }

    // Rows per organization, counted by the database rather than loaded.
    private static async Task<Dictionary<long, int>> CountsAsync<T>(IQueryable<T> rows, Expression<Func<T, long>> organization, CancellationToken ct) =>
        await rows.GroupBy(organization).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>The figures of these organizations (each counted for its own members and records, not its subtree's).</summary>
    public async Task<Figures> ForAsync(IEnumerable<long> organizationIds, CancellationToken ct)
    {
        var s = await LoadAsync(ct);
        var ids = organizationIds.Where(s.Orgs.ContainsKey).ToHashSet();
        var party = ids.Where(id => OrganizationTree.IsPartyOrganization(s.Orgs[id])).ToList();
        var members = ids.Select(id => s.Members.GetValueOrDefault(id) ?? NoMembers).ToList();
        var meetings = ids.Where(s.Meetings.ContainsKey).Select(id => s.Meetings[id]).ToList();
        var latest = party.Where(s.LatestScores.ContainsKey).Select(id => s.LatestScores[id]).ToList();
        var nominationsHere = s.Nominations.Where(n => ids.Contains(n.StartOrganizationId)).ToList();
        return new(
            party.Count, members.Sum(m => m.Members),
            meetings.Count, meetings.Count(m => m == DueState.Done), meetings.Count(m => m is DueState.Late or DueState.Missed),
            party.Count(id => s.Filings.GetValueOrDefault(id) == FilingState.Received && s.Filings.ContainsKey(id)), party.Count(s.Filings.ContainsKey), party.Count(s.PublishedPledges.Contains),
            members.Sum(m => m.ReportsOnTime), members.Sum(m => m.ReportsLate),
            ids.Sum(s.Dedication.GetValueOrDefault), ids.Sum(s.Posts.GetValueOrDefault),
            ids.Sum(id => s.Services.GetValueOrDefault(id).Count), ids.Sum(id => s.Services.GetValueOrDefault(id).Hours),
            ids.Sum(s.Badges.GetValueOrDefault), party.Count(s.Recognized.Contains),
            nominationsHere.Count(n => n.Status == NominationStatus.Approved), nominationsHere.Count(n => n.Status == NominationStatus.InProgress),
            party.Count(s.OrgFinds.Contains), members.Sum(m => m.FourFinds),
            latest.Count, latest.Count(x => x.Grade == Grade.Advanced), latest.Count(x => x.Grade == Grade.Middle), latest.Count(x => x.Grade == Grade.Lagging), latest.Count(x => x.FiveGoods))
        {
            ReportsOwed = members.Sum(m => m.Owing),
            CentralStudySessions = ids.Sum(id => s.Study.GetValueOrDefault(id)), TypicalModels = ids.Sum(id => s.Models[id].Count()), ShowcaseEvents = ids.Sum(id => s.Showcase.GetValueOrDefault(id)),
        };
    }

    private static readonly MemberCounts NoMembers = new(0, 0, 0, 0, 0);

    /// <summary>The members of one organization (not its subtree), each with what the campaign asks of them: the bottom of the drill-down.</summary>
    public async Task<IReadOnlyList<MemberFigures>> MembersOfAsync(long organizationId, CancellationToken ct)
    {
        var s = await LoadAsync(ct);
        var own = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = organizationId }, ct)).Where(m => m.OrganizationId == organizationId).ToList();
        var rules = await campaign.RulesAsync(ct);
        var ids = own.Select(m => m.Id).ToList();
        var reported = await db.CountedTextAuthors(PartySpiritFeature.ReportKind).Where(a => ids.Contains(a.AuthorPersonId))
            .ToDictionaryAsync(a => a.AuthorPersonId, a => PartySpiritRule.OnTime(campaign.LocalDay(a.FirstSubmittedAt), rules), ct);
        return [.. own.OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new MemberFigures(m.Id, m.Name, reported.TryGetValue(m.Id, out var onTime) ? onTime : null, s.PersonFinds.Contains(m.Id))
            { OwesReport = PartySpiritRule.OwesReport(m) })];
    }
}
