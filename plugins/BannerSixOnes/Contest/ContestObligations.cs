using System.Runtime.CompilerServices;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>
/// <c>six-ones.contest</c>: every member owes taking part in each published contest, period = the contest day,
/// due = the last day of its answering window; met when the member started their attempt.
/// </summary>
public sealed class ContestObligations(SixOnesDbContext db, IRoster roster, SixOnesCampaign campaign) : IObligationProvider
{
    public const string TypeKey = "six-ones.contest";

    public IReadOnlyList<ObligationType> Types { get; } = [new(TypeKey, new("党的知识竞赛", "Party knowledge contest"))];

    /// <summary>Contests are held within the campaign.</summary>
    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        return new ObligationSpan(rules.CampaignStart, rules.CampaignEnd);
    }

    public static DateOnly DueOn(KnowledgeContest contest, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(ContestCalendar.ToLocal(contest.ClosesAt.AddTicks(-1), zone));

    public static string RecordRef(ContestAttempt attempt) => $"contest-attempt:{attempt.Id}";

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var contests = await db.Contests.AsNoTracking().Where(c => c.PublishedAt != null && c.Date >= from && c.Date <= to).ToListAsync(cancellationToken);
        if (contests.Count == 0) yield break;
        var members = await roster.MembersAsync(new RosterQuery { IncludeOutgoing = false }, cancellationToken);
        foreach (var contest in contests)
        {
            var attempts = await db.Attempts.AsNoTracking().Where(a => a.ContestId == contest.Id).ToDictionaryAsync(a => a.PersonId, cancellationToken);
            foreach (var member in members)
            {
                var attempt = attempts.GetValueOrDefault(member.Id);
                yield return new ObligationDue(TypeKey, ObligedKind.Person, member.Id, contest.Date, DueOn(contest, jurisdiction.TimeZone))
                {
                    MetAt = attempt?.StartedAt,
                    RecordRef = attempt is null ? null : RecordRef(attempt),
                };
            }
        }
    }
}
