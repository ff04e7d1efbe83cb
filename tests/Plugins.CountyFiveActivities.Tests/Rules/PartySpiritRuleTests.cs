using Modular.Plugins.CountyFiveActivities;
using Modular.Plugins.CountyFiveActivities.PartySpirit;
using static Modular.Testing.Dates;

namespace Plugins.CountyFiveActivities.Tests.Rules;

/// <summary>党性教育 (实施方案 二(二)1): “在“七一”前，集中一周时间” — a week of at most 7 days, on or before 06-30.</summary>
public sealed class PartySpiritRuleTests
{
    private static readonly PluginRules<CountyRules> County = new(CountyHost.PluginId, CountyRules.From);

    [Theory]
    [InlineData("2010-06-24", "2010-06-30", 7, true)]
    [InlineData("2010-06-23", "2010-06-30", 8, false)]
    [InlineData("2010-06-30", "2010-06-30", 1, true)]
    public void The_week_is_at_most_7_days_both_ends_counted(string starts, string ends, int days, bool fits)
    {
        Assert.Equal(days, PartySpiritRule.Days(Day(starts), Day(ends)));
        Assert.Equal(fits, PartySpiritRule.FitsTheWeek(Day(starts), Day(ends), County.Defaults));
    }

    [Fact]
    public void The_week_is_the_setting()
    {
        var five = County.With(("partySpirit.weekDays", "5"));
        Assert.True(PartySpiritRule.FitsTheWeek(Day("2010-06-26"), Day("2010-06-30"), five));
        Assert.False(PartySpiritRule.FitsTheWeek(Day("2010-06-25"), Day("2010-06-30"), five));
    }

    [Theory]
    [InlineData("2010-06-30", true)] // 七一前: on or before 06-30
    [InlineData("2010-07-01", false)]
    [InlineData("2010-05-01", true)]
    public void Before_July_1_means_on_or_before_June_30(string day, bool onTime) =>
        Assert.Equal(onTime, PartySpiritRule.OnTime(Day(day), County.Defaults));

    [Fact]
    public void The_last_day_and_the_year_follow_the_setting()
    {
        Assert.Equal(Day("2010-06-30"), County.Defaults.PartySpiritLastDay);
        Assert.Equal("2010", PartySpiritRule.Period(County.Defaults));
        var nextYear = County.With(("partySpirit.before", "2011-07-01"));
        Assert.True(PartySpiritRule.OnTime(Day("2011-06-30"), nextYear));
        Assert.Equal("2011", PartySpiritRule.Period(nextYear));
    }

    [Theory]
    [InlineData("person:42", 42L)]
    [InlineData("person:", null)]
    [InlineData("person:-1", null)]
    [InlineData("person:4x", null)]
    [InlineData("organization:42", null)]
    public void An_evaluation_subject_names_a_member(string key, long? person)
    {
        Assert.Equal(person, PartySpiritRule.PersonOf(key));
        if (person is { } id) Assert.Equal(key, PartySpiritRule.Subject(id));
    }
}
