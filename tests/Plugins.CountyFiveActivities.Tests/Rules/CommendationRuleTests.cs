using Modular.Plugins.CountyFiveActivities;
using Modular.Plugins.CountyFiveActivities.Commendation;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using static Modular.Testing.Dates;

namespace Plugins.CountyFiveActivities.Tests.Rules;

/// <summary>
/// 集中表彰 (实施方案 二(二)): ““七一”前” (建党90周年, 2011-07-01): every step of a nomination is dated on or before
/// 2011-06-30, not after today, and not before the step it follows; three categories.
/// </summary>
public sealed class CommendationRuleTests
{
    private static readonly PluginRules<CountyRules> County = new(CountyHost.PluginId, CountyRules.From);

    private static readonly LocalizedText Nominated = new("推荐", "the nomination");

    /// <summary>The field a step's day is refused for, or null when it counts.</summary>
    private static string? Refused(string on, string today, string earliest = "2010-05-01", CountyRules? rules = null) =>
        CommendationRule.DayRefused(Day(on), "decidedOn", Day(earliest), Nominated, Day(today), rules ?? County.Defaults)?.Errors.Keys.Single();

    [Theory]
    [InlineData("2011-06-30", "2011-06-30", null)]     // the last day, on the day
    [InlineData("2011-06-30", "2012-03-01", null)]     // recorded months later, dated within
    [InlineData("2011-07-01", "2011-07-01", "date")]   // 七一 itself is too late
    [InlineData("2011-07-01", "2011-06-10", "date")]   // too late comes first, even ahead of today
    [InlineData("2011-06-11", "2011-06-10", "decidedOn")] // after today
    [InlineData("2010-04-30", "2011-06-10", "decidedOn")] // before the step it follows (here the campaign's first day)
    [InlineData("2010-05-01", "2011-06-10", null)]
    public void A_steps_day_counts_on_or_before_June_30_and_between_the_step_before_and_today(string on, string today, string? field) =>
        Assert.Equal(field, Refused(on, today));

    [Fact]
    public void The_commendation_day_is_the_setting()
    {
        Assert.Equal(Day("2011-06-30"), County.Defaults.CommendationLastDay);
        var earlier = County.With(("commendation.before", "2011-06-20"));
        Assert.Equal("date", Refused("2011-06-20", "2011-06-20", rules: earlier));
        Assert.Null(Refused("2011-06-19", "2011-06-20", rules: earlier));
        Assert.Equal("2011-06-20", CommendationRule.PeriodKey(earlier));
    }

    [Theory]
    [InlineData(NominationCategory.AdvancedOrganization, true, "先进基层党组织")]
    [InlineData(NominationCategory.ExcellentMember, true, "优秀共产党员")]
    [InlineData(NominationCategory.ExcellentPartyWorker, true, "优秀党务工作者")]
    [InlineData(NominationCategory.ResearchReport, false, "其他")]
    public void Three_categories_are_commended(NominationCategory category, bool commended, string name)
    {
        Assert.Equal(commended, CommendationRule.IsCommended(category));
        Assert.Equal(name, CommendationRule.CategoryName(category).ZhCn);
    }
}
