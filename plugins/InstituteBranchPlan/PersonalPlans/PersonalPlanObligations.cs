using System.Runtime.CompilerServices;

namespace Modular.Plugins.InstituteBranchPlan.PersonalPlans;

/// <summary>
/// Every member owes a personal plan by the due day (<see cref="InstituteRules.PersonalPlansDue"/>), for the host's
/// calendars, reminders and compliance. The plan handed in meets it at the moment it was first handed in.
/// </summary>
public sealed class PersonalPlanObligations(InstituteBranchPlanCampaign campaign, IRoster roster, IPledges pledges) : IObligationProvider
{
    public static readonly ObligationType Plan = new("institute-branch-plan.personal-plan", new("提出个人打算", "Hand in the personal plan"));

    public IReadOnlyList<ObligationType> Types { get; } = [Plan];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        return new ObligationSpan(rules.PersonalPlansDue, rules.PersonalPlansDue);
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        if (rules.PersonalPlansDue < from || rules.PersonalPlansDue > to) yield break;
        var plans = (await pledges.ListAsync(PersonalPlanRule.Kind, rules.PeriodKey, cancellationToken: cancellationToken)).ToDictionary(p => p.OwnerId);
        foreach (var member in await roster.MembersAsync(new RosterQuery(), cancellationToken))
        {
            var due = new ObligationDue(Plan.Key, ObligedKind.Person, member.Id, rules.Start, rules.PersonalPlansDue);
            yield return plans.TryGetValue(member.Id, out var plan) ? due with { MetAt = plan.SubmittedAt, RecordRef = PersonalPlanService.RecordRef(plan.Id) } : due;
        }
    }
}
