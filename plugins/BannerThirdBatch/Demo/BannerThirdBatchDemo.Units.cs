using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Demo;

public sealed partial class BannerThirdBatchDemo
{
    /// <summary>
    /// The start each unit chose, counted back from today so the mix holds whatever the day: the first towns started about ten
    /// months ago (done, or overrun for one that never reported), the next ones seven (consolidating), the last one starts next
    /// month; gacha and communities a month after their town, one in three choosing a five-month concentrated phase.
    /// </summary>
    public static DateOnly StartOf(DateOnly today, int townIndex) => new DateOnly(today.Year, today.Month, 1).AddMonths(townIndex switch
    {
        0 or 1 or 2 => -10,
        3 or 4 => -7,
        5 => -5,
        _ => 1,
    });

    private static IEnumerable<DemoAct> ScheduleActs(IDemoSeeding demo, IReadOnlyList<Unit> units, CancellationToken ct)
    {
        var towns = units.Where(u => u.Kind == UnitKind.Town).ToList();
        foreach (var (town, t) in towns.Select((u, i) => (u, i)))
        {
            var start = StartOf(demo.Today, t);
            var decided = start.AddDays(-10) < demo.Today ? start.AddDays(-10) : demo.Today;
            // Towns 0 and 1 report finishing at their end; town 2 does not (overrun).
            DateOnly? finished = t < 2 ? start.AddMonths(8).AddDays(-3) : null;
            yield return Schedule(demo, decided, town, new ScheduleInput(start), ct);
            if (finished is { } f && f <= demo.Today) yield return Schedule(demo, f, town, new ScheduleInput(start, FinishedOn: f, Version: 1), ct);
            foreach (var (unit, g) in units.Where(u => u.TownId == town.Id).Select((u, i) => (u, i)))
            {
                var own = start.AddMonths(1);
                var chosen = g % 3 == 2 ? own.AddMonths(5) : (DateOnly?)null;
                yield return Schedule(demo, decided, unit, new ScheduleInput(own, chosen), ct);
                var end = own.AddMonths(chosen is null ? 6 : 7);
                if (t < 2 && end.AddDays(-2) <= demo.Today && g % 4 != 3)
                    yield return Schedule(demo, end.AddDays(-2), unit, new ScheduleInput(own, chosen, end.AddDays(-2), Version: 1), ct);
            }
        }
    }

    private static DemoAct Schedule(IDemoSeeding demo, DateOnly day, Unit unit, ScheduleInput input, CancellationToken ct) =>
        new(demo.LocalInstant(day, new TimeOnly(9, 0)), Office, $"启动时间 {unit.Name} {input.Start:yyyy-MM-dd}",
            async services => (await services.GetRequiredService<ScheduleService>().SaveAsync(unit.Id, input, ct)) is { Succeeded: false } refused
                ? refused.Message ?? string.Join(" ", refused.Errors.SelectMany(e => e.Value)) : null);
}
