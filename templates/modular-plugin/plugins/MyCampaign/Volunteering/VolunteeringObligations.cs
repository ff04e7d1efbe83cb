using System.Runtime.CompilerServices;

namespace Modular.Plugins.MyCampaign.Volunteering;

/// <summary>
/// Who owes what by when, for the host's calendars, reminders and compliance rollups: every party branch owes one
/// volunteer service a month of the campaign, due the month's due day (<see cref="VolunteeringRule.DueOn"/>). The month's
/// first activity meets it, at noon of the day it was held, so that the host's on-time or late verdict is the rule's.
/// </summary>
public sealed class VolunteeringObligations(MyCampaignCampaign campaign, IOrganizationDirectory directory, MyCampaignDbContext db) : IObligationProvider
{
    public static readonly ObligationType Monthly = new("my-campaign.volunteering", new("每月党员志愿服务", "Monthly volunteer service"));

    public IReadOnlyList<ObligationType> Types { get; } = [Monthly];

    /// <summary>From the first month's due day to the last one's: the host keeps every obligation of the campaign.</summary>
    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rule = await campaign.RulesAsync(cancellationToken);
        var months = rule.Months;
        return months.Count == 0 ? null : new ObligationSpan(rule.DueOn(months[0]), rule.DueOn(months[^1]));
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rule = await campaign.RulesAsync(cancellationToken);
        var months = rule.Months.Where(m => rule.DueOn(m) >= from && rule.DueOn(m) <= to).ToList();
        if (months.Count == 0) yield break;
        var branches = (await directory.TreeAsync(cancellationToken)).All.Where(o => o.Kind == OrganizationKind.Branch).ToList();
        var (first, end) = (months[0], months[^1].AddMonths(1));
        var firstOfMonth = (await db.VolunteerActivities.Where(a => a.HeldOn >= first && a.HeldOn < end)
                .OrderBy(a => a.HeldOn).ThenBy(a => a.Id).ToListAsync(cancellationToken))
            .GroupBy(a => (a.OrganizationId, VolunteeringRule.MonthOf(a.HeldOn))).ToDictionary(g => g.Key, g => g.First());
        foreach (var month in months)
            foreach (var branch in branches)
            {
                var due = new ObligationDue(Monthly.Key, ObligedKind.Organization, branch.Id, month, rule.DueOn(month));
                yield return firstOfMonth.TryGetValue((branch.Id, month), out var held)
                    ? due with { MetAt = MetAt(held.HeldOn, jurisdiction), RecordRef = RecordRef(held.Id) }
                    : due;
            }
    }

    /// <summary>An activity is recorded by its day: it meets the month at noon of that day where the jurisdiction is.</summary>
    public static DateTimeOffset MetAt(DateOnly heldOn, IJurisdiction jurisdiction) => jurisdiction.InstantOf(heldOn.ToDateTime(new TimeOnly(12, 0)));

    public static string RecordRef(long activityId) => $"volunteering:{activityId}";
}
