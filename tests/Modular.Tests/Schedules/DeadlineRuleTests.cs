using Modular.Schedules.Rules;
using Modular.Sdk.Scheduling;

namespace Modular.Tests.Schedules;

/// <summary>The deadline rule language, parsed and resolved without a database, at every boundary.</summary>
public sealed class DeadlineRuleTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static CampaignFacts Facts(string start = "2011-05-05", string end = "2011-12-31",
        Dictionary<string, DateOnly?>? events = null, Dictionary<string, string>? settings = null) =>
        new(D(start), D(end), events ?? [], new Dictionary<string, (DateOnly, DateOnly)>
        {
            ["广泛发动，安排部署"] = (D("2011-05-05"), D("2011-05-31")),
            ["全面争创"] = (D("2011-06-01"), D("2011-10-31")),
        }, settings ?? []);

    private static DateOnly? One(string rule, CampaignFacts facts) => DeadlineResolver.ResolveDate(DeadlineRule.Parse(rule), facts);

    [Theory]
    [InlineData("07-01", "2011-07-01")]            // before July 1, in the campaign's year
    [InlineData("2011-09-14", "2011-09-14")]       // a full date
    [InlineData("start", "2011-05-05")]
    [InlineData("end", "2011-12-31")]
    [InlineData("end - 1 day", "2011-12-30")]
    [InlineData("start + 2 weeks", "2011-05-19")]
    [InlineData("start + 1 year", "2012-05-05")]
    [InlineData("stage 全面争创 end", "2011-10-31")]
    [InlineData("stage:广泛发动，安排部署 start", "2011-05-05")]
    [InlineData("stage 全面争创 start + 7 days", "2011-06-08")]
    [InlineData("  START   +   6   MONTHS ", "2011-11-05")]
    [InlineData("3 days before end", "2011-12-28")]
    public void Absolute_and_relative_rules_resolve_to_their_day(string rule, string expected) =>
        Assert.Equal(D(expected), One(rule, Facts()));

    [Theory]
    [InlineData("2011-08-31", "2012-02-29")] // leap year: clamps to Feb 29
    [InlineData("2010-08-31", "2011-02-28")] // common year: clamps to Feb 28
    [InlineData("2011-03-31", "2011-09-30")] // 30-day month
    [InlineData("2011-01-31", "2011-07-31")]
    [InlineData("2011-09-30", "2012-03-30")] // not pushed to the month's end
    public void Six_months_after_the_start_clamps_to_the_end_of_a_shorter_month(string start, string expected) =>
        Assert.Equal(D(expected), One("start + 6 months", Facts(start, "2013-12-31")));

    [Fact]
    public void A_rule_on_an_unrecorded_event_is_not_yet_known_and_resolves_once_the_event_is_recorded()
    {
        const string rule = "7 days after event county-mobilization-meeting";
        Assert.Null(One(rule, Facts()));
        Assert.Equal(D("2011-07-05"), One(rule, Facts(events: new() { ["county-mobilization-meeting"] = D("2011-06-28") }))); // across a month end
        Assert.Equal(D("2012-01-04"), One(rule, Facts(events: new() { ["county-mobilization-meeting"] = D("2011-12-28") }))); // across a year end
        Assert.Null(One(rule, Facts(events: new() { ["county-mobilization-meeting"] = null }))); // named but not held yet
        Assert.Equal(D("2011-07-05"), One("event:county-mobilization-meeting + 7 days", Facts(events: new() { ["county-mobilization-meeting"] = D("2011-06-28") })));
        Assert.Null(One("stage 没有这个阶段 end", Facts()));
    }

    [Fact]
    public void A_rule_read_from_a_setting_follows_the_setting()
    {
        Assert.Equal(D("2011-07-01"), One("setting:analysis-due", Facts(settings: new() { ["analysis-due"] = "07-01" })));
        Assert.Equal(D("2011-06-30"), One("setting:analysis-due", Facts(settings: new() { ["analysis-due"] = "06-30" })));
        Assert.Equal(D("2011-11-05"), One("setting:analysis-due", Facts(settings: new() { ["analysis-due"] = "start + 6 months" })));
        Assert.Equal(D("2011-07-08"), One("setting:meeting + 7 days", Facts(settings: new() { ["meeting"] = "07-01" })));
        Assert.Null(One("setting:analysis-due", Facts()));
        Assert.Null(One("setting:a", Facts(settings: new() { ["a"] = "setting:a" }))); // a loop stays unknown
    }

    [Fact]
    public void February_29_in_a_common_campaign_year_is_February_28() =>
        Assert.Equal(D("2011-02-28"), One("02-29", Facts("2011-01-01")));

    private static string[] Dues(string rule, string start, string end, string? from = null, string? to = null) =>
        DeadlineResolver.Resolve(DeadlineRule.Parse(rule), Facts(start, end), D(from ?? start), D(to ?? end))
            .Select(o => $"{o.PeriodStart:yyyy-MM-dd}>{o.DueOn:yyyy-MM-dd}").ToArray();

    [Fact]
    public void Each_quarter_end_is_03_31_06_30_09_30_12_31_and_the_first_period_starts_with_the_campaign()
    {
        Assert.Equal(["2011-01-01>2011-03-31", "2011-04-01>2011-06-30", "2011-07-01>2011-09-30", "2011-10-01>2011-12-31"], Dues("each quarter end", "2011-01-01", "2011-12-31"));
        Assert.Equal(["2011-05-05>2011-06-30", "2011-07-01>2011-09-30", "2011-10-01>2011-12-31"], Dues("quarterly", "2011-05-05", "2011-12-31"));
        Assert.Equal(["2011-03-31>2011-03-31"], Dues("each quarter end", "2011-03-31", "2011-03-31")); // a one-day campaign on a quarter end
        Assert.Equal(["2011-04-01>2011-06-30"], Dues("each quarter end", "2011-04-01", "2011-04-01"));
        Assert.Equal(["2011-01-01>2011-04-10", "2011-04-01>2011-07-10"], Dues("each quarter end + 10 days", "2011-01-01", "2011-06-30"));
    }

    [Fact]
    public void Half_years_years_months_and_days()
    {
        Assert.Equal(["2011-05-05>2011-06-30", "2011-07-01>2011-12-31", "2012-01-01>2012-06-30"], Dues("each half-year end", "2011-05-05", "2012-03-01"));
        Assert.Equal(Dues("each half-year end", "2011-05-05", "2012-03-01"), Dues("semiannual", "2011-05-05", "2012-03-01"));
        Assert.Equal(["2011-05-05>2011-12-31", "2012-01-01>2012-12-31"], Dues("each year end", "2011-05-05", "2012-01-01"));
        Assert.Equal(Dues("each year end", "2011-05-05", "2012-01-01"), Dues("yearly", "2011-05-05", "2012-01-01"));
        Assert.Equal(["2012-02-01>2012-02-29", "2012-03-01>2012-03-31"], Dues("each month end", "2012-02-01", "2012-03-15"));
        Assert.Equal(["2011-02-01>2011-02-28"], Dues("monthly", "2011-02-01", "2011-02-28"));
        Assert.Equal(["2012-02-28>2012-02-28", "2012-02-29>2012-02-29", "2012-03-01>2012-03-01"], Dues("daily", "2012-02-28", "2012-03-01"));
        Assert.Equal(365, Dues("daily", "2011-01-01", "2011-12-31").Length);
        Assert.Equal(366, Dues("each day", "2012-01-01", "2012-12-31").Length);
    }

    [Fact]
    public void A_periodic_rule_over_a_requested_range_keeps_only_the_overlapping_periods_within_the_campaign()
    {
        Assert.Equal(["2011-07-01>2011-09-30"], Dues("each quarter end", "2011-01-01", "2011-12-31", "2011-07-01", "2011-09-30"));
        Assert.Equal(["2011-06-30>2011-06-30", "2011-07-01>2011-07-01"], Dues("daily", "2011-05-05", "2011-12-31", "2011-06-30", "2011-07-01"));
        Assert.Empty(Dues("daily", "2011-05-05", "2011-06-30", "2011-07-01", "2011-07-31"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("whenever")]
    [InlineData("13-01")]
    [InlineData("02-30")]
    [InlineData("2011-02-29")]
    [InlineData("5 fortnights after start")]
    [InlineData("start + 6 moons")]
    [InlineData("event")]
    [InlineData("stage 全面争创 middle")]
    public void Rules_that_say_nothing_clear_are_refused(string rule)
    {
        Assert.False(DeadlineRule.TryParse(rule, out _, out var error));
        Assert.NotEmpty(error);
    }
}
