using Modular.Sdk.Blocks;

namespace Modular.Sdk.Scheduling;

/// <summary>
/// A unit's own start on a plan where each unit chooses it (the third-batch plan): the start, the ends it chose for
/// phases that allow it, the day it reported finishing, and the version read. <paramref name="Version"/> null creates.
/// </summary>
public sealed record UnitScheduleInput(long OrganizationId, DateOnly? Start, IReadOnlyDictionary<string, DateOnly>? ChosenEnds = null,
    DateOnly? FinishedOn = null, int? Version = null);

/// <summary>A unit's stored schedule; <see cref="Timeline"/> lays it out with the phases it was checked against.</summary>
public sealed record UnitSchedule(long OrganizationId, DateOnly Start, IReadOnlyDictionary<string, DateOnly> ChosenEnds, DateOnly? FinishedOn,
    DateTimeOffset RecordedAt, string? RecordedBy, int Version)
{
    public UnitTimeline Timeline(IReadOnlyList<PhasePlan> phases) => UnitTimeline.Plan(Start, phases, ChosenEnds).Value!;

    public TimelineState StateOn(IReadOnlyList<PhasePlan> phases, DateOnly today) => Timeline(phases).StateOn(today, FinishedOn);
}

/// <summary>
/// Where each unit keeps its own start and chosen phase ends, per plugin and kind of plan (<see cref="BlockKind"/>):
/// checked with <see cref="UnitTimeline.Plan"/> against the phases the caller gives for that unit (a town's 6 months,
/// a gacha's at least 4), versioned, one per unit. The plugin's service decides who may set it.
/// </summary>
public interface IUnitSchedules
{
    Task<Result<UnitSchedule>> SaveAsync(BlockKind kind, IReadOnlyList<PhasePlan> phases, UnitScheduleInput input, CancellationToken cancellationToken = default);

    Task<UnitSchedule?> FindAsync(BlockKind kind, long organizationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UnitSchedule>> ListAsync(BlockKind kind, CancellationToken cancellationToken = default);
}
