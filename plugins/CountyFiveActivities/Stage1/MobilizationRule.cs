namespace Modular.Plugins.CountyFiveActivities.Stage1;

/// <summary>
/// “各党委召开动员大会要在县委召开动员大会后7日内完成”, as the SDK's calendar reads it: a deadline counted from the
/// county committee's meeting once it is recorded; nothing is due before that.
/// </summary>
public static class MobilizationRule
{
    /// <summary>The event the committees' deadline counts from.</summary>
    public const string CountyMeeting = "county-mobilization-meeting";

    /// <summary>The deadline rule for <paramref name="days"/> (the setting <c>mobilization.committeeDays</c>, 7 in the document).</summary>
    public static string CommitteeDeadline(int days) => $"{days} days after event {CountyMeeting}";

    /// <summary>The last day a committee may hold its meeting, once the county's is known.</summary>
    public static DateOnly? CommitteeDue(CampaignCalendar calendar, DateOnly? countyMeeting, int days) =>
        countyMeeting is null ? null : calendar.WithEvent(CountyMeeting, countyMeeting).Due(CommitteeDeadline(days));

    /// <summary>Not due until the county has met; then pending, done or late by the committee's day, missed once the days are over.</summary>
    public static DueState Status(CampaignCalendar calendar, DateOnly? countyMeeting, DateOnly? committeeMeeting, DateOnly today, int days) =>
        countyMeeting is null ? DueState.NotDue : DueStates.Of(CommitteeDue(calendar, countyMeeting, days), committeeMeeting, today);
}
