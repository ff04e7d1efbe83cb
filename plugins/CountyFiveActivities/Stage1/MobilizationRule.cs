namespace Modular.Plugins.CountyFiveActivities.Stage1;

/// <summary>Where a party committee stands on “县委召开动员大会后7日内完成”.</summary>
public enum MeetingStatus
{
    /// <summary>The county has not held its meeting yet: nothing is due.</summary>
    NotDue,
    /// <summary>Not held, the 7 days are still running.</summary>
    Pending,
    OnTime,
    /// <summary>Held, but after the county's day + 7.</summary>
    Late,
    /// <summary>Not held and the 7 days are over.</summary>
    Overdue,
}

/// <summary>The 7-day rule, pure: the county's day, the committee's day (if held), today.</summary>
public static class MobilizationRule
{
    public static MeetingStatus Status(DateOnly? countyMeeting, DateOnly? committeeMeeting, DateOnly today, int days)
    {
        if (countyMeeting is not { } county) return MeetingStatus.NotDue;
        var due = county.AddDays(days);
        if (committeeMeeting is { } held) return held <= due ? MeetingStatus.OnTime : MeetingStatus.Late;
        return today <= due ? MeetingStatus.Pending : MeetingStatus.Overdue;
    }
}
