using Modular.Plugins.CountyFiveActivities;
using Modular.Plugins.CountyFiveActivities.Grading;

namespace Plugins.CountyFiveActivities.Tests.Rules;

/// <summary>
/// 实施晋档升级 (实施方案 二(三)3): 先进/中间/后进 and “五个好”. The plan names the grades but no points; the plugin's reading,
/// all settings: each good 0–20; every good at least 16 and at least 90 in all meets the five goods, which is 先进; of the rest below 60 is 后进.
/// </summary>
public sealed class GradingRuleTests
{
    private static readonly PluginRules<CountyRules> County = new(CountyHost.PluginId, CountyRules.From);

    private static decimal[] Scores(params double[] s) => [.. s.Select(x => (decimal)x)];

    // 先进 means the five goods are met (RULES.md): one rule, so a five-goods organization is never 中间 and a 先进 one never short of a good.
    [Theory]
    [InlineData(Grade.Advanced, true, "先进", 20d, 20d, 20d, 20d, 20d)]
    [InlineData(Grade.Advanced, true, "先进", 18d, 18d, 18d, 18d, 18d)]           // 90: the total at its line
    [InlineData(Grade.Advanced, true, "先进", 16d, 18d, 18d, 18d, 20d)]           // every standard at its threshold: one good at 16, the total 90
    [InlineData(Grade.Middle, false, "中间", 18d, 18d, 18d, 18d, 17.99)]          // 89.99: the example, neither five-goods nor 先进
    [InlineData(Grade.Middle, false, "中间", 15.99, 18.01, 18d, 18d, 20d)]        // 90, one good just under 16
    [InlineData(Grade.Middle, false, "中间", 20d, 20d, 20d, 20d, 15.99)]          // 95.99, one good under 16
    [InlineData(Grade.Middle, false, "中间", 16d, 16d, 16d, 16d, 16d)]            // 80, every good at 16
    [InlineData(Grade.Middle, false, "中间", 12d, 12d, 12d, 12d, 12d)]            // 60: 后进 is “below 60”
    [InlineData(Grade.Lagging, false, "后进", 12d, 12d, 12d, 12d, 11.99)]         // 59.99
    [InlineData(Grade.Lagging, false, "后进", 0d, 0d, 0d, 0d, 0d)]
    public void Advanced_is_exactly_the_five_goods(Grade grade, bool fiveGoods, string name, params double[] scores)
    {
        Assert.Equal(grade, GradingRule.GradeOf(Scores(scores), County.Defaults));
        Assert.Equal(fiveGoods, GradingRule.IsFiveGoods(Scores(scores), County.Defaults));
        Assert.Equal(fiveGoods, GradingRule.GradeOf(Scores(scores), County.Defaults) == Grade.Advanced);
        Assert.Equal(name, GradingRule.Name(grade));
    }

    [Fact]
    public void The_thresholds_are_settings()
    {
        var strict = County.With(("grade.advancedMin", "95"), ("grade.laggingBelow", "70"), ("fiveGoods.minPerGood", "18"));
        Assert.Equal(Grade.Middle, GradingRule.GradeOf(Scores(18, 18, 18, 18, 18), strict));       // 90 < 95
        Assert.Equal(Grade.Advanced, GradingRule.GradeOf(Scores(18, 19, 19, 19, 20), strict));     // 95, every good ≥ 18
        Assert.Equal(Grade.Middle, GradingRule.GradeOf(Scores(17.99, 19.01, 19, 19, 20), strict)); // 95, one good under 18
        Assert.Equal(Grade.Lagging, GradingRule.GradeOf(Scores(14, 14, 14, 14, 13.5), strict));    // 69.5 < 70
        var loose = County.With(("fiveGoods.minPerGood", "15"));
        Assert.True(GradingRule.IsFiveGoods(Scores(20, 20, 20, 20, 15), loose));
        Assert.False(GradingRule.IsFiveGoods(Scores(20, 20, 20, 20, 15), County.Defaults));
    }

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
