using System.Runtime.CompilerServices;

namespace Modular.Plugins.InstituteBranchPlan.PartySpirit;

/// <summary>
/// Every member owes one party-spirit analysis a year by <see cref="InstituteRules.AnalysisDue"/> (the document names no
/// day: by default the year's end), for the host's calendars, reminders and compliance; met when first handed in.
/// </summary>
public sealed class PartySpiritObligations(InstituteBranchPlanCampaign campaign, IRoster roster, InstituteBranchPlanDbContext db) : IObligationProvider
{
    public static readonly ObligationType Analysis = new("institute-branch-plan.party-spirit-analysis", new("进行一次党性分析", "Make the party-spirit analysis"));

    public IReadOnlyList<ObligationType> Types { get; } = [Analysis];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        return new ObligationSpan(rules.AnalysisDue, rules.AnalysisDue);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        if (rules.AnalysisDue < from || rules.AnalysisDue > to) yield break;
        var analyses = (await db.PartySpiritAnalyses.Where(a => a.Year == rules.Year).ToListAsync(cancellationToken)).ToDictionary(a => a.PersonId);
        foreach (var member in await roster.MembersAsync(new RosterQuery(), cancellationToken))
        {
            var due = new ObligationDue(Analysis.Key, ObligedKind.Person, member.Id, rules.Start, rules.AnalysisDue);
            yield return analyses.TryGetValue(member.Id, out var a) ? due with { MetAt = a.HandedInAt, RecordRef = PartySpiritService.RecordRef(a.Id) } : due;
        }
    }
}
