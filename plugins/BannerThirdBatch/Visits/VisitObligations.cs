using System.Runtime.CompilerServices;
using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Visits;

/// <summary>
/// Each unit that chose its start is visited by guidance at least once in its concentrated phase, due the phase's last day, for the
/// host's calendars, reminders and compliance; met by the first visit in the phase.
/// </summary>
public sealed class VisitObligations(ScheduleService schedules, ThirdBatchUnits units, BannerThirdBatchDbContext db) : UnitDuesProvider
{
    public static readonly ObligationType Guidance = new("banner-third-batch.guidance", new("集中学习实践阶段接受指导检查", "Guidance visit in the concentrated phase"));

    public override IReadOnlyList<ObligationType> Types { get; } = [Guidance];

    protected override async IAsyncEnumerable<ObligationDue> DuesAsync(IJurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken ct)
    {
        var visits = await db.GuidanceVisits.AsNoTracking().Select(v => new { v.Id, v.UnitId, v.VisitedOn }).ToListAsync(ct);
        foreach (var unit in await units.AllAsync(ct))
        {
            if (await schedules.TimelineAsync(unit, ct) is not { } timeline) continue;
            var phase = timeline.Phases[0];
            var due = new ObligationDue(Guidance.Key, ObligedKind.Organization, unit.Id, timeline.Start, phase.End);
            var first = visits.Where(v => v.UnitId == unit.Id && v.VisitedOn >= phase.Start && v.VisitedOn <= phase.End).OrderBy(v => v.VisitedOn).ThenBy(v => v.Id).FirstOrDefault();
            yield return first is null ? due
                : due with { MetAt = NoonOf(first.VisitedOn, jurisdiction), RecordRef = RecordRef(first.Id) };
        }
    }

    public static string RecordRef(long visitId) => $"visit:{visitId}";
}
