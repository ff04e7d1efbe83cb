namespace Modular.Plugins.CountyFiveActivities.PartySpirit;

/// <summary>
/// 党性教育 (实施方案 二(二)1): “各级党组织要在“七一”前，集中一周时间，组织党员进行一次党性分析，在职党员要撰写党性分析报告，
/// 并组织群众对党员进行评议。” The week is at most <c>partySpirit.weekDays</c> (7) days and ends before 七一
/// (<c>partySpirit.before</c>: on or before 06-30); a report is accepted after 七一 and counted late; the public's
/// evaluation is one anonymous round a year per party organization (its members the subjects), open to members with an account
/// and to the public with a one-time code, that closes on the last day before 七一: an answer after it is refused.
/// </summary>
public static class PartySpiritRule
{
    /// <summary>
    /// 在职党员要撰写党性分析报告: a member owes the report unless the roster says they have retired or do not work; a member whose
    /// 在职状态 the roster does not give owes it too (the office sees how many such members there are and completes the roster).
    /// </summary>
    public static bool OwesReport(PersonInfo member) => OwingStatuses.Contains(member.Employment);

    /// <summary>The 在职状态 that owe the report (<see cref="OwesReport"/>), as a list SQL can test a roster member's status against.</summary>
    public static readonly EmploymentStatus[] OwingStatuses = [EmploymentStatus.Serving, EmploymentStatus.Unspecified];

    /// <summary>The days a concentrated week spans, both ends counted.</summary>
    public static int Days(DateOnly starts, DateOnly ends) => ends.DayNumber - starts.DayNumber + 1;

    /// <summary>A week no longer than the setting allows (“集中一周时间”).</summary>
    public static bool FitsTheWeek(DateOnly starts, DateOnly ends, CountyRules rules) => Days(starts, ends) <= rules.PartySpiritWeekDays;

    /// <summary>A week or a report of this day counts as done before 七一.</summary>
    public static bool OnTime(DateOnly day, CountyRules rules) => rules.BeforePartySpiritDeadline(day);

    /// <summary>
    /// <see cref="OnTime"/> as an instant, for SQL: a report submitted before it (the first moment of 七一 in the county's time
    /// zone) was submitted on a day that is on time.
    /// </summary>
    public static DateTimeOffset OnTimeBefore(CountyRules rules, TimeZoneInfo zone) => LocalTimes.StartOf(rules.PartySpiritBefore, zone);

    /// <summary>The year's key for the reports and the evaluation round: the year of 七一.</summary>
    public static string Period(CountyRules rules) => rules.PartySpiritBefore.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The evaluation's subject key of a member.</summary>
    public static string Subject(long personId) => $"person:{personId}";

    /// <summary>The member a subject key names, or null.</summary>
    public static long? PersonOf(string subjectKey) =>
        subjectKey.StartsWith("person:", StringComparison.Ordinal) && long.TryParse(subjectKey["person:".Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The most codes handed out at once.</summary>
    public const int MaxCodes = 2000;

    /// <summary>The public evaluation takes answers up to the last day before 七一 (the same day the reports fall due).</summary>
    public static bool EvaluationClosed(DateOnly today, CountyRules rules) => today > rules.PartySpiritLastDay;

    /// <summary>An organization's round of the year: <c>2010:42</c>.</summary>
    public static string RoundKey(CountyRules rules, long organizationId) => $"{Period(rules)}:{organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The organization a round of this year is for, or null (another year's, or the one county-wide round of earlier versions).</summary>
    public static long? OrganizationOf(string roundKey, CountyRules rules) =>
        roundKey.StartsWith(Period(rules) + ":", StringComparison.Ordinal) && long.TryParse(roundKey[(Period(rules).Length + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>A round of this year: an organization's, or the one county-wide round (<c>2010</c>) earlier versions opened.</summary>
    public static bool OfYear(string roundKey, CountyRules rules) => roundKey == Period(rules) || OrganizationOf(roundKey, rules) is not null;
}
