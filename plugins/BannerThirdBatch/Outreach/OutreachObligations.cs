using System.Runtime.CompilerServices;
using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Outreach;

/// <summary>
/// Each unit that chose its start and has outgoing members owes reaching every one of them by its start plus
/// <see cref="ThirdBatchRules.OutreachDueDays"/>; met (noon where the jurisdiction is) the day its last outgoing member was first reached.
/// </summary>
public sealed class OutreachObligations(OutreachService outreach, ScheduleService schedules, ThirdBatchUnits units, BannerThirdBatchCampaign campaign) : UnitDuesProvider
{
    public static readonly ObligationType Outreach = new("banner-third-batch.outreach", new("向每一名外出党员传达活动精神和要求", "Reach every outgoing member"));

    public override IReadOnlyList<ObligationType> Types { get; } = [Outreach];

    protected override async IAsyncEnumerable<ObligationDue> DuesAsync(IJurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var all = await schedules.SchedulesAsync(ct);
        var completion = await outreach.CompletionAsync(ct);
        foreach (var unit in await units.AllAsync(ct))
        {
            if (!all.TryGetValue(unit.Id, out var schedule) || !completion.TryGetValue(unit.Id, out var c) || c.Outgoing == 0) continue;
            var due = new ObligationDue(Outreach.Key, ObligedKind.Organization, unit.Id, schedule.Start, OutreachRule.DueOn(rules, schedule.Start));
            yield return c.CompletedOn is { } on
                ? due with { MetAt = NoonOf(on, jurisdiction), RecordRef = RecordRef(unit.Id) }
                : due;
        }
    }

    public static string RecordRef(long unitId) => $"outreach/unit:{unitId}";
}
