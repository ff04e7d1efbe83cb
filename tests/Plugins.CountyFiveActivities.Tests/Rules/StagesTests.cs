using Modular.Plugins.CountyFiveActivities;
using static Modular.Testing.Dates;

namespace Plugins.CountyFiveActivities.Tests.Rules;

/// <summary>实施步骤: the four steps' dates (settings, the document's reading by default) and the day each step starts.</summary>
public sealed class StagesTests
{
    private static readonly PluginRules<CountyRules> County = new(CountyHost.PluginId, CountyRules.From);

    [Theory]
    [InlineData("2010-04-30", null)]
    [InlineData("2010-05-01", 1)] // “5月初至5月底”
    [InlineData("2010-05-31", 1)]
    [InlineData("2010-06-01", 2)] // “6月至次年6月底”
    [InlineData("2011-06-30", 2)]
    [InlineData("2011-07-01", 3)] // “7月至次年6月底”
    [InlineData("2012-06-30", 3)]
    [InlineData("2012-07-01", 4)]
    [InlineData("2012-11-07", 4)] // before the 18th Congress (2012-11-08)
    [InlineData("2012-11-08", null)]
    public void A_day_falls_in_the_step_the_document_dates(string day, int? stage) =>
        Assert.Equal(stage, County.Defaults.StageOn(Day(day))?.Number);

    [Fact]
    public void Every_obligation_falls_within_the_four_steps_and_pledges_are_keyed_by_the_first_year()
    {
        Assert.Equal((Day("2010-05-01"), Day("2012-11-07")), (County.Defaults.Span.From, County.Defaults.Span.To));
        Assert.Equal("2010", County.Defaults.PledgePeriod);
    }

    [Fact]
    public void A_county_that_moved_a_step_gets_its_own_dates()
    {
        var moved = County.With(("stage2.end", "2011-07-31"), ("stage3.start", "2011-08-01"));
        Assert.Equal(2, moved.StageOn(Day("2011-07-31"))?.Number);
        Assert.Equal(3, moved.StageOn(Day("2011-08-01"))?.Number);
        Assert.Throws<InvalidOperationException>(() => County.With(("stage1.end", "2010-04-30"))); // a step that ends before it starts
    }
}
