namespace Modular.Sdk.Scheduling;

/// <summary>
/// Where something owed by a day stands — computed, never typed in. The one status of every plugin's
/// obligations, meetings, events and items (the host's obligations use the same rule).
/// </summary>
public enum DueState
{
    /// <summary>Nothing is due yet: the day it counts from is not known (the county has not held its meeting).</summary>
    NotDue,
    /// <summary>Not done, and the due day has not passed (待完成).</summary>
    Pending,
    /// <summary>Done on or before the due day (按时完成).</summary>
    Done,
    /// <summary>Done after the due day (逾期完成).</summary>
    Late,
    /// <summary>Not done, and the due day has passed (逾期未完成).</summary>
    Missed,
}

/// <summary>The rule behind <see cref="DueState"/>, all days in the jurisdiction's calendar.</summary>
public static class DueStates
{
    /// <summary>
    /// Done on or before <paramref name="due"/> is done, after it late; not done is pending up to and including the
    /// due day, then missed. Without a due day: not due until done (and done, once done).
    /// </summary>
    public static DueState Of(DateOnly? due, DateOnly? doneOn, DateOnly today) =>
        doneOn is { } done ? (due is null || done <= due ? DueState.Done : DueState.Late)
        : due is not { } d ? DueState.NotDue
        : today > d ? DueState.Missed : DueState.Pending;

    /// <summary>Done or late: the work exists.</summary>
    public static bool IsDone(this DueState state) => state is DueState.Done or DueState.Late;

    /// <summary>Late or missed: the pages colour it.</summary>
    public static bool IsBehind(this DueState state) => state is DueState.Late or DueState.Missed;

    public static string Label(this DueState state) => state switch
    {
        DueState.NotDue => Text.Of("未到期", "Not due"),
        DueState.Pending => Text.Of("待完成", "Pending"),
        DueState.Done => Text.Of("按时完成", "Done on time"),
        DueState.Late => Text.Of("逾期完成", "Done late"),
        _ => Text.Of("逾期未完成", "Missed"),
    };

    /// <summary>The CSS class the host's stylesheet colours each state with.</summary>
    public static string CssClass(this DueState state) => "due-" + state.ToString().ToLowerInvariant();
}
