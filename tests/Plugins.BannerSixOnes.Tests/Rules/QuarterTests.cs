using Modular.Plugins.BannerSixOnes;
using Modular.Plugins.BannerSixOnes.DailyNotes;
using Modular.Plugins.BannerSixOnes.TheoryBooks;
using static Modular.Testing.Dates;

namespace Plugins.BannerSixOnes.Tests.Rules;

/// <summary>
/// Item 3 and 4's calendar: a note every day of the campaign (05-05 … 12-31), quarters clipped to it, the inspection
/// at the quarter's end (季度末检查验收) and the lock it sets; a theory book each quarter.
/// </summary>
public sealed class QuarterTests
{
    private static readonly PluginRules<SixOnesRules> SixOnes = new(SixOnesHost.PluginId, SixOnesRules.From);

    [Theory]
    [InlineData("2011-Q2", "2011-04-01", "2011-06-30", "2011年第二季度")]
    [InlineData("2011-q4", "2011-10-01", "2011-12-31", "2011年第四季度")]
    public void A_quarter_key_names_three_calendar_months(string key, string start, string end, string label)
    {
        var quarter = Quarter.TryParse(key)!;
        Assert.Equal((Day(start), Day(end), label, key.ToUpperInvariant()), (quarter.Start, quarter.End, quarter.Label, quarter.Key));
    }

    [Theory]
    [InlineData("2011-Q5")]
    [InlineData("2011-Q0")]
    [InlineData("2011Q2")]
    [InlineData("11-Q2")]
    [InlineData(null)]
    public void A_malformed_quarter_key_is_none(string? key) => Assert.Null(Quarter.TryParse(key));

    [Fact]
    public void A_day_belongs_to_its_calendar_quarter()
    {
        Assert.Equal("2011-Q2", Quarter.Containing(Day("2011-06-30")).Key);
        Assert.Equal("2011-Q3", Quarter.Containing(Day("2011-07-01")).Key);
        Assert.Throws<ArgumentOutOfRangeException>(() => Quarter.Of(2011, 5));
    }

    [Fact]
    public void The_campaign_has_three_quarters_the_first_starting_on_May_5()
    {
        Assert.Equal(["2011-Q2", "2011-Q3", "2011-Q4"], SixOnes.Defaults.Quarters.Select(q => q.Key));
        Assert.Equal((Day("2011-05-05"), Day("2011-06-30")), SixOnes.Defaults.DueDays(Quarter.Of(2011, 2)));
        Assert.Equal(57, SixOnes.Defaults.DueDays(Quarter.Of(2011, 2))!.Value.Length()); // 05-05 … 06-30
        Assert.Null(SixOnes.Defaults.DueDays(Quarter.Of(2011, 1)));
        Assert.Null(SixOnes.Defaults.CampaignQuarter("2011-Q1"));
        Assert.Null(SixOnes.Defaults.CampaignQuarter("2012-Q2"));
        Assert.Equal(Quarter.Of(2011, 3), SixOnes.Defaults.CampaignQuarter("2011-Q3"));
    }

    [Theory]
    [InlineData("2011-05-04", false, 0)]
    [InlineData("2011-05-05", true, 1)]
    [InlineData("2011-05-07", true, 3)]
    [InlineData("2011-12-31", true, 241)]
    [InlineData("2012-01-01", false, 241)]
    public void A_note_is_due_every_day_from_May_5_to_December_31(string day, bool due, int daysSoFar)
    {
        Assert.Equal(due, SixOnes.Defaults.IsDue(Day(day)));
        Assert.Equal(daysSoFar, SixOnes.Defaults.DaysDueUpTo(Day(day)));
    }

    [Theory]
    [InlineData("2011-05-04", 0)]
    [InlineData("2011-06-29", 56)]
    [InlineData("2011-09-30", 57)]
    public void Days_due_in_a_quarter_stop_at_its_end(string asOf, int days) =>
        Assert.Equal(days, SixOnes.Defaults.DaysDueUpTo(Quarter.Of(2011, 2), Day(asOf)));

    [Theory]
    [InlineData(2, "2011-06-29", false)]
    [InlineData(2, "2011-06-30", true)] // the quarter's last day, not before
    [InlineData(4, "2011-12-30", false)]
    [InlineData(4, "2011-12-31", true)]
    [InlineData(1, "2011-12-31", false)] // outside the campaign: never
    public void The_inspection_opens_on_the_quarters_last_due_day(int quarter, string today, bool mayOpen) =>
        Assert.Equal(mayOpen, SixOnes.Defaults.InspectionMayOpen(Quarter.Of(2011, quarter), Day(today)));

    [Fact]
    public void A_closed_inspection_locks_the_quarter_its_day_falls_in_and_says_so()
    {
        Assert.Equal("2011年第二季度该季度已检查验收，不能再补记。", InspectionLocks.LockedMessage(Quarter.Containing(Day("2011-06-30"))));
        Assert.Equal(Quarter.Of(2011, 2), InspectionOverview.DefaultQuarter(SixOnes.Defaults, Day("2011-05-01"))); // before the campaign: its first
        Assert.Equal(Quarter.Of(2011, 3), InspectionOverview.DefaultQuarter(SixOnes.Defaults, Day("2011-09-30")));
    }

    [Theory]
    [InlineData("2011-05-04", null)]
    [InlineData("2011-05-05", "2011-Q2")]
    [InlineData("2011-06-30", "2011-Q2")]
    [InlineData("2011-07-01", "2011-Q3")]
    public void A_theory_book_is_owed_each_quarter_of_the_campaign_due_on_its_last_day(string day, string? quarter)
    {
        Assert.Equal(quarter, BookQuarter.Containing(SixOnes.Defaults, Day(day))?.Key);
        var second = BookQuarter.Find(SixOnes.Defaults, "2011-Q2")!;
        Assert.Equal((Day("2011-05-05"), Day("2011-06-30"), Day("2011-04-01")), (second.Opens, second.Due, second.PeriodDate));
    }
}
