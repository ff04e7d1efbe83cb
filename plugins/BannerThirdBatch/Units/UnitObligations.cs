using System.Runtime.CompilerServices;
using Modular.Plugins.BannerThirdBatch.Common;

namespace Modular.Plugins.BannerThirdBatch.Units;

/// <summary>
/// Each unit that chose its start owes the whole campaign by its own last day (concentrated phase plus consolidation), for the
/// host's calendars, reminders and compliance; met the day it reports finishing (noon where the jurisdiction is).
/// </summary>
public sealed class UnitObligations(ScheduleService schedules, ThirdBatchUnits units) : UnitDuesProvider
{
    public static readonly ObligationType Finish = new("banner-third-batch.finish", new("完成第三批学习实践活动", "Complete the third-batch campaign"));

    public override IReadOnlyList<ObligationType> Types { get; } = [Finish];

    protected override async IAsyncEnumerable<ObligationDue> DuesAsync(IJurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken ct)
    {
        var all = await schedules.SchedulesAsync(ct);
        foreach (var unit in await units.AllAsync(ct))
        {
            if (!all.TryGetValue(unit.Id, out var schedule) || await schedules.TimelineAsync(unit, ct) is not { } timeline) continue;
            var due = new ObligationDue(Finish.Key, ObligedKind.Organization, unit.Id, schedule.Start, timeline.End);
            yield return schedule.FinishedOn is { } on
                ? due with { MetAt = NoonOf(on, jurisdiction), RecordRef = RecordRef(unit.Id) }
                : due;
        }
    }

    public static string RecordRef(long unitId) => $"unit:{unitId}";
}
