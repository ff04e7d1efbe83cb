namespace Modular.Plugins.CountyFiveActivities.PartySpirit;

/// <summary>
/// 党性教育 (实施方案 二(二)1): “各级党组织要在“七一”前，集中一周时间，组织党员进行一次党性分析，在职党员要撰写党性分析报告，
/// 并组织群众对党员进行评议。” The week is at most <c>partySpirit.weekDays</c> (7) days and ends before 七一
/// (<c>partySpirit.before</c>: on or before 06-30); a report is accepted after 七一 and counted late; the public's
/// evaluation is one anonymous round a year that closes on the last day before 七一.
/// </summary>
public static class PartySpiritRule
{
    /// <summary>The days a concentrated week spans, both ends counted.</summary>
    public static int Days(DateOnly starts, DateOnly ends) => ends.DayNumber - starts.DayNumber + 1;

    /// <summary>A week no longer than the setting allows (“集中一周时间”).</summary>
    public static bool FitsTheWeek(DateOnly starts, DateOnly ends, CountyRules rules) => Days(starts, ends) <= rules.PartySpiritWeekDays;

    /// <summary>A week or a report of this day counts as done before 七一.</summary>
    public static bool OnTime(DateOnly day, CountyRules rules) => rules.BeforePartySpiritDeadline(day);

    /// <summary>The year's key for the reports and the evaluation round: the year of 七一.</summary>
    public static string Period(CountyRules rules) => rules.PartySpiritBefore.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The evaluation's subject key of a member.</summary>
    public static string Subject(long personId) => $"person:{personId}";

    /// <summary>The member a subject key names, or null.</summary>
    public static long? PersonOf(string subjectKey) =>
        subjectKey.StartsWith("person:", StringComparison.Ordinal) && long.TryParse(subjectKey["person:".Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
