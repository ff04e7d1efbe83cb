using System.Runtime.CompilerServices;
using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Plans;

/// <summary>
/// Each unit that chose its start owes its implementation plan <see cref="ThirdBatchRules.PlanDueDays"/> days later (the host's
/// calendars, reminders and compliance); met when the level above approves it (定稿).
/// </summary>
public sealed class PlanObligations(ScheduleService schedules, ThirdBatchUnits units, PlanService plans, BannerThirdBatchCampaign campaign) : UnitDuesProvider
{
    public static readonly ObligationType Plan = new("banner-third-batch.plan", new("制定实施方案（经上级审定）", "Implementation plan approved by the level above"));

    public override IReadOnlyList<ObligationType> Types { get; } = [Plan];

    protected override async IAsyncEnumerable<ObligationDue> DuesAsync(IJurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken ct)
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
