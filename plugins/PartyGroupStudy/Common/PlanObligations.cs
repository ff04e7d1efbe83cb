using System.Runtime.CompilerServices;
using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Common;

/// <summary>
/// Every item's steps (<see cref="IPlanSteps"/>) as the core's obligations, for its calendars, reminders and compliance: a
/// member's step is the person's, the group's step the party group organization's; met at noon of the day it was done, so
/// the core's on-time or late verdict is the plan's.
/// </summary>
public sealed class PlanObligations(IEnumerable<IPlanSteps> items, PartyGroupStudyCampaign campaign, GroupOffice office) : IObligationProvider
{
    public IReadOnlyList<ObligationType> Types { get; } = [.. items.SelectMany(i => i.Types)];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken) =>
        (await campaign.RulesAsync(cancellationToken)).Span;

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rules = await campaign.RulesAsync(cancellationToken);
        if (await office.GroupAsync(cancellationToken) is not { } group) yield break;
        var participants = await office.ParticipantsAsync(cancellationToken);
        foreach (var item in items)
            foreach (var step in await item.StepsAsync(rules, participants, cancellationToken))
                if (step.Due >= from && step.Due <= to)
                    yield return new ObligationDue(step.TypeKey, step.PersonId is null ? ObligedKind.Organization : ObligedKind.Person, step.PersonId ?? group.Id, step.Period ?? rules.Start, step.Due)
                    {
                        MetAt = step.DoneOn is { } done ? jurisdiction.InstantOf(done.ToDateTime(new TimeOnly(12, 0))) : null,
                    };
    }
}
