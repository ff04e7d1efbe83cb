using System.Runtime.CompilerServices;
using Modular.Plugins.CountyFiveActivities.Activities;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;

namespace Modular.Plugins.CountyFiveActivities.Obligations;

/// <summary>
/// “Who owes what by when” for the host's calendars, reminders and compliance rollups, with the
/// plugin's own records as the truth of what is met:
/// every party committee's mobilization meeting (county's day + 7, once the county's is recorded);
/// every party organization's implementation plan filing (by the end of stage 1);
/// every member's party-spirit analysis report (the day before partySpirit.before, “七一前”).
/// </summary>
public sealed class CountyObligations(CountyDbContext db, IOrganizationDirectory directory, IRoster roster, ICountedTexts texts, CountyCampaign campaign) : IObligationProvider
{
    public const string CommitteeMeeting = "county5-committee-meeting";
    public const string PlanFiling = "county5-plan-filing";
    public const string PartySpiritReport = "county5-party-spirit-report";

    public IReadOnlyList<ObligationType> Types { get; } =
    [
        new(CommitteeMeeting, new("党委召开发动大会（县委大会后7日内）", "Committee mobilization meeting")),
        new(PlanFiling, new("实施方案报上一级备案", "Implementation plan filed")),
        new(PartySpiritReport, new("党性分析报告（七一前）", "Party-spirit analysis report")),
    ];

    /// <summary>The four stages: every obligation above falls due within them.</summary>
    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        return new ObligationSpan(rules.Stages[0].Start, rules.Stages[^1].End);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        var meetings = await db.MobilizationMeetings.ToDictionaryAsync(m => m.OrganizationId, cancellationToken);
        var tree = await directory.TreeAsync(cancellationToken);
        if (tree.Root is { } root && meetings.GetValueOrDefault(root.Id) is { } county && InRange(rules.CommitteeMeetingDue(county.HeldOn)))
            foreach (var committee in tree.CommitteesBelowRoot)
            {
                var held = meetings.GetValueOrDefault(committee.Id);
                yield return new ObligationDue(CommitteeMeeting, ObligedKind.Organization, committee.Id, county.HeldOn, rules.CommitteeMeetingDue(county.HeldOn))
                {
                    MetAt = held is null ? null : Noon(held.HeldOn, jurisdiction), RecordRef = held is null ? null : $"meeting:{committee.Id}",
                };
            }

        var stage1 = rules.Stages[0];
        if (InRange(stage1.End))
        {
            var filings = await db.PlanFilings.ToDictionaryAsync(f => f.OrganizationId, cancellationToken);
            foreach (var org in tree.All.Where(OrganizationTree.IsPartyOrganization))
            {
                var f = filings.GetValueOrDefault(org.Id);
                yield return new ObligationDue(PlanFiling, ObligedKind.Organization, org.Id, stage1.Start, stage1.End)
                {
                    MetAt = f?.SubmittedAt, RecordRef = f is null ? null : $"plan:{org.Id}",
                };
            }
        }

        var reportDue = rules.PartySpiritLastDay;
        if (InRange(reportDue))
        {
            var reports = (await texts.ListAsync(new CountedTextQuery(PartySpiritFeature.ReportKind), cancellationToken)).ToDictionary(t => t.AuthorPersonId);
            foreach (var member in await roster.MembersAsync(new RosterQuery(), cancellationToken))
            {
                var r = reports.GetValueOrDefault(member.Id);
                yield return new ObligationDue(PartySpiritReport, ObligedKind.Person, member.Id, rules.Stages[1].Start, reportDue)
                {
                    MetAt = r?.SubmittedAt, RecordRef = r is null ? null : $"text:{r.Id}",
                };
            }
        }

        bool InRange(DateOnly day) => day >= from && day <= to;
    }

    // A meeting is recorded by its day: count it as met at noon of that day where the county is.
    private static DateTimeOffset Noon(DateOnly day, IJurisdiction jurisdiction)
    {
        var local = day.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(local, jurisdiction.TimeZone.GetUtcOffset(local));
    }
}
