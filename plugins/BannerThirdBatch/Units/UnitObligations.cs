using System.Runtime.CompilerServices;

namespace Modular.Plugins.BannerThirdBatch.Units;

/// <summary>
/// Each unit that chose its start owes the whole campaign by its own last day (concentrated phase plus consolidation), for the
/// host's calendars, reminders and compliance; met the day it reports finishing (noon where the jurisdiction is).
/// </summary>
public sealed class UnitObligations(ScheduleService schedules, ThirdBatchUnits units) : IObligationProvider
{
    public static readonly ObligationType Finish = new("banner-third-batch.finish", new("完成第三批学习实践活动", "Complete the third-batch campaign"));

    public IReadOnlyList<ObligationType> Types { get; } = [Finish];

    public async Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var ends = new List<DateOnly>();
        await foreach (var due in DuesAsync(jurisdiction, cancellationToken)) ends.Add(due.DueOn);
        return ends.Count == 0 ? null : new ObligationSpan(ends.Min(), ends.Max());
    }

    public async IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var due in DuesAsync(jurisdiction, cancellationToken))
            if (due.DueOn >= from && due.DueOn <= to) yield return due;
    }

    private async IAsyncEnumerable<ObligationDue> DuesAsync(IJurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken ct)
    {
        var all = await schedules.SchedulesAsync(ct);
        foreach (var unit in await units.AllAsync(ct))
        {
            if (!all.TryGetValue(unit.Id, out var schedule) || await schedules.TimelineAsync(unit, ct) is not { } timeline) continue;
            var due = new ObligationDue(Finish.Key, ObligedKind.Organization, unit.Id, schedule.Start, timeline.End);
            yield return schedule.FinishedOn is { } on
                ? due with { MetAt = jurisdiction.InstantOf(on.ToDateTime(new TimeOnly(12, 0))), RecordRef = RecordRef(unit.Id) }
                : due;
        }
    }

    public static string RecordRef(long unitId) => $"unit:{unitId}";
}
