using Modular.Sdk;
using Modular.Sdk.Scheduling;
namespace Modular.Schedules.Rules;

/// <summary>Computed, never typed in: 待完成 pending, 已完成 done, 逾期完成 late, 未完成 missed.</summary>
internal enum ObligationStatus { Pending, Done, Late, Missed }

/// <summary>
/// The status of an obligation from its due day, the day it was met and today, all calendar days in
/// the jurisdiction's time zone: the SDK's <see cref="DueStates.Of"/>, where an obligation whose due day
/// is not yet known counts as pending until met.
/// </summary>
internal static class ObligationStatusRules
{
    public static ObligationStatus Compute(DateOnly? dueOn, DateOnly? metOn, DateOnly today) =>
        DueStates.Of(dueOn, metOn, today) switch
        {
            DueState.Done => ObligationStatus.Done,
            DueState.Late => ObligationStatus.Late,
            DueState.Missed => ObligationStatus.Missed,
            _ => ObligationStatus.Pending,
        };

    public static ObligationStatus Compute(DateOnly? dueOn, DateTimeOffset? metAt, DateTimeOffset now, TimeZoneInfo zone) =>
        Compute(dueOn, metAt is { } m ? LocalDate(m, zone) : null, LocalDate(now, zone));

    /// <summary>The calendar day an instant falls on in a time zone (16:00 UTC is already the next day in Asia/Shanghai).</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => LocalTimes.DayOf(instant, zone);

    /// <summary>
    /// The same rule in SQL over a row aliased <c>o</c> with <c>due_on</c> and <c>met_on</c> (the local day
    /// of <c>met_at</c>, stored when the record is attached) and a parameter <c>@today</c>: 0 pending, 1 done, 2 late, 3 missed.
    /// </summary>
    public const string SqlExpression =
        "(case when o.met_on is not null then (case when o.due_on is null or o.met_on <= o.due_on then 1 else 2 end) " +
        "when o.due_on < @today then 3 else 0 end)";

    public static string Key(this ObligationStatus status) => status.ToString().ToLowerInvariant();
}
