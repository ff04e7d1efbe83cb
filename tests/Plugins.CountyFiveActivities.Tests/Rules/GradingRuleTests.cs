using Modular.Plugins.CountyFiveActivities;
using Modular.Plugins.CountyFiveActivities.Grading;

namespace Plugins.CountyFiveActivities.Tests.Rules;

/// <summary>
/// 实施晋档升级 (实施方案 二(三)3): 先进/中间/后进 and “五个好”. The plan names the grades but no points; the plugin's reading,
/// all settings: each good 0–20, at least 90 is 先进, below 60 后进; every good at least 16 is a five-goods organization.
/// </summary>
public sealed class GradingRuleTests
{
    private static readonly PluginRules<CountyRules> County = new(CountyHost.PluginId, CountyRules.From);

    [Theory]
    [InlineData(100, Grade.Advanced, "先进")]
    [InlineData(90, Grade.Advanced, "先进")]    // the advanced line itself
    [InlineData(89.99, Grade.Middle, "中间")]
    [InlineData(60, Grade.Middle, "中间")]      // 后进 is “below 60”
    [InlineData(59.99, Grade.Lagging, "后进")]
    [InlineData(0, Grade.Lagging, "后进")]
    public void A_total_grades_at_the_thresholds(double total, Grade grade, string name)
    {
        Assert.Equal(grade, GradingRule.GradeOf((decimal)total, County.Defaults));
        Assert.Equal(name, GradingRule.Name(grade));
    }

    [Fact]
    public void The_thresholds_are_settings()
    {
        var strict = County.With(("grade.advancedMin", "95"), ("grade.laggingBelow", "70"));
        Assert.Equal(Grade.Middle, GradingRule.GradeOf(90, strict));
        Assert.Equal(Grade.Lagging, GradingRule.GradeOf(69.5m, strict));
    }

    [Theory]
    [InlineData(true, 16d, 16d, 16d, 16d, 16d)]        // 80 in all: five goods, though only 中间
    [InlineData(false, 20d, 20d, 20d, 20d, 15.99)]    // 95.99 in all: 先进, but one good under 16
    [InlineData(true, 20d, 20d, 20d, 20d, 20d)]
    public void Five_goods_needs_every_good_at_16(bool fiveGoods, params double[] scores) =>
        Assert.Equal(fiveGoods, GradingRule.IsFiveGoods([.. scores.Select(s => (decimal)s)], County.Defaults));

    [Theory]
    [InlineData(0, true)]
    [InlineData(20, true)]
    [InlineData(20.01, false)]
    [InlineData(-0.01, false)]
    public void A_good_scores_0_to_20(double score, bool valid) =>
        Assert.Equal(valid, GradingRule.ValidScore((decimal)score, County.Defaults));

    [Theory]
    [InlineData(" 2011年下半年 ", "2011年下半年")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十", "一二三四五六七八九十一二三四五六七八九十")] // 20 characters
    [InlineData("一二三四五六七八九十一二三四五六七八九十一", null)]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void A_round_is_named_in_1_to_20_characters(string? round, string? name) =>
        Assert.Equal(name, GradingRule.RoundOf(round));

    [Theory]
    [InlineData(null, Grade.Lagging, 0)] // a first round: no movement
    [InlineData(Grade.Middle, Grade.Advanced, 1)]
    [InlineData(Grade.Lagging, Grade.Advanced, 1)] // two grades up is still “moved up”
    [InlineData(Grade.Middle, Grade.Middle, 0)]
    [InlineData(Grade.Advanced, Grade.Middle, -1)]
    public void Movement_between_rounds_is_up_stayed_or_down(Grade? previous, Grade current, int movement) =>
        Assert.Equal(movement, GradingRule.Movement(previous, current));
}
