using System.Runtime.CompilerServices;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Plans;

/// <summary>
/// Each unit that chose its start owes its implementation plan <see cref="ThirdBatchRules.PlanDueDays"/> days later (the host's
/// calendars, reminders and compliance); met when the level above approves it (定稿).
/// </summary>
public sealed class PlanObligations(ScheduleService schedules, ThirdBatchUnits units, PlanService plans, BannerThirdBatchCampaign campaign) : IObligationProvider
{
    public static readonly ObligationType Plan = new("banner-third-batch.plan", new("制定实施方案（经上级审定）", "Implementation plan approved by the level above"));

    public IReadOnlyList<ObligationType> Types { get; } = [Plan];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var dues = new List<DateOnly>();
        await foreach (var due in DuesAsync(cancellationToken)) dues.Add(due.DueOn);
        return dues.Count == 0 ? null : new ObligationSpan(dues.Min(), dues.Max());
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var due in DuesAsync(cancellationToken))
            if (due.DueOn >= from && due.DueOn <= to) yield return due;
    }

    private async IAsyncEnumerable<ObligationDue> DuesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var all = await schedules.SchedulesAsync(ct);
        var (_, approved) = await plans.DocumentsAsync(ct);
        foreach (var unit in await units.AllAsync(ct))
        {
            if (!all.TryGetValue(unit.Id, out var schedule)) continue;
            var due = new ObligationDue(Plan.Key, ObligedKind.Organization, unit.Id, schedule.Start, PlanRule.Due(rules, schedule.Start));
            yield return approved.GetValueOrDefault(unit.Id) is { Final: true, FinalizedAt: { } at } plan
                ? due with { MetAt = at, RecordRef = RecordRef(plan.Id) }
                : due;
        }
    }

    public static string RecordRef(long documentId) => $"plan:{documentId}";
}
