namespace Modular.Sdk.Scheduling;

/// <summary>
/// A phase a unit runs from its own start (the third-batch plan: sumu/town organs concentrate for 6 months, gacha
/// and community organizations for at least 4, then everyone consolidates for 2). <paramref name="Months"/> is the
/// plan's length; <paramref name="MinMonths"/>, when set, lets the unit choose its own end no earlier than that.
/// </summary>
public sealed record PhasePlan(string Key, LocalizedText Name, int Months, int? MinMonths = null);

/// <summary>One phase with its dates for one unit.</summary>
public sealed record UnitPhase(string Key, LocalizedText Name, DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

/// <summary>Where a unit stands on its own timeline.</summary>
public enum TimelineState
{
    NotStarted,
    /// <summary>In one of its phases (<see cref="UnitTimeline.PhaseOn"/> says which).</summary>
    Running,
    /// <summary>Reported finished on or before its last day.</summary>
    Finished,
    /// <summary>Past its last day and not reported finished (超期).</summary>
    Overrun,
}

/// <summary>
/// A unit's phases laid end to end from the day it chose to start. A phase of N months ends on the same day N
/// months later, clamped to the month's end (08-31 + 6 months = 02-28, or 02-29 in a leap year); the next starts
/// the day after. Pure: dates in, dates out.
/// </summary>
public sealed class UnitTimeline
{
    private UnitTimeline(IReadOnlyList<UnitPhase> phases) => Phases = phases;

    public IReadOnlyList<UnitPhase> Phases { get; }
    public DateOnly Start => Phases[0].Start;
    public DateOnly End => Phases[^1].End;

    /// <summary>
    /// The unit's phases from <paramref name="start"/>; <paramref name="chosenEnds"/> holds the last day a unit chose for
    /// a phase whose plan allows it (<see cref="PhasePlan.MinMonths"/>). A chosen end earlier than the minimum, or for a
    /// phase of fixed length, is refused with the field <c>end.{key}</c>.
    /// </summary>
    public static Result<UnitTimeline> Plan(DateOnly start, IReadOnlyList<PhasePlan> plan, IReadOnlyDictionary<string, DateOnly>? chosenEnds = null)
    {
        if (plan.Count == 0) throw new ArgumentException("A timeline has at least one phase.", nameof(plan));
        var phases = new List<UnitPhase>();
        var from = start;
        foreach (var phase in plan)
        {
            var end = from.AddMonths(phase.Months);
            if (chosenEnds is not null && chosenEnds.TryGetValue(phase.Key, out var chosen))
            {
                if (phase.MinMonths is not { } min)
                    return Refuse.Field($"end.{phase.Key}", Text.Of($"“{phase.Name.ZhCn}”固定为{phase.Months}个月，不能另定结束日期。",
                        $"“{phase.Name.En}” lasts {phase.Months} months; its end cannot be chosen."));
                var earliest = from.AddMonths(min);
                if (chosen < earliest)
                    return Refuse.Field($"end.{phase.Key}", Text.Of($"“{phase.Name.ZhCn}”不少于{min}个月：最早于 {earliest:yyyy-MM-dd} 结束，不能是 {chosen:yyyy-MM-dd}。",
                        $"“{phase.Name.En}” lasts at least {min} months: it ends on {earliest:yyyy-MM-dd} at the earliest, not {chosen:yyyy-MM-dd}."));
                end = chosen;
            }
            phases.Add(new UnitPhase(phase.Key, phase.Name, from, end));
            from = end.AddDays(1);
        }
        return Result.Ok(new UnitTimeline(phases));
    }

    /// <summary>The phase a day falls in; null before the start and after the end.</summary>
    public UnitPhase? PhaseOn(DateOnly day) => Phases.FirstOrDefault(p => p.Contains(day));

    /// <summary>Not started before its start; running through its last day; then finished if reported by then, else overrun.</summary>
    public TimelineState StateOn(DateOnly today, DateOnly? finishedOn = null) =>
        finishedOn is { } f && f <= End ? TimelineState.Finished
        : today < Start ? TimelineState.NotStarted
        : today <= End ? TimelineState.Running
        : TimelineState.Overrun;
}
