namespace Modular.Plugins.CountyFiveActivities.Mobilization;

/// <summary>
/// 进行发动部署 (实施方案 二(一)1): “逐级召开发动大会。各党委召开发动大会要在县委召开发动大会后7日内完成”, as the SDK's
/// calendar reads it: a deadline counted from the county committee's meeting once it is recorded; nothing is due
/// before that. The 7 is the setting <c>mobilization.committeeDays</c> (<see cref="CountyRules.CommitteeMeetingDays"/>).
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

    /// <summary>A committee's meeting state in both languages: the page and the ledger (台账) take the reader's language.</summary>
    public static LocalizedText StatusName(DueState status) => status switch
    {
        DueState.NotDue => new("县委大会未召开", "County meeting not held yet"),
        DueState.Pending => new("期限内待召开", "Due, within the days"),
        DueState.Done => new("按时召开", "Held on time"),
        DueState.Late => new("逾期召开", "Held late"),
        _ => new("逾期未召开", "Overdue, not held"),
    };
}
