namespace Modular.Plugins.CountyFiveActivities.Benchmark;

/// <summary>
/// 晋档升级 grading, pure: the five goods are scored 0..maxPerGood each (score.maxPerGood); a total of
/// at least grade.advancedMin is 先进, below grade.laggingBelow is 后进, the rest 中间; an organization
/// with every good at least fiveGoods.minPerGood counts as a “五个好” organization.
/// </summary>
public static class Grading
{
    public static Grade GradeOf(decimal total, CountyRules rules) =>
        total >= rules.AdvancedMin ? Grade.Advanced : total < rules.LaggingBelow ? Grade.Lagging : Grade.Middle;

    public static bool IsFiveGoods(IReadOnlyList<decimal> scores, CountyRules rules) => scores.All(s => s >= rules.FiveGoodsMinPerGood);

    public static string Name(Grade grade) => grade switch
    {
        Grade.Advanced => "先进",
        Grade.Middle => "中间",
        _ => "后进",
    };

    /// <summary>Moved up (晋档), stayed, or fell back between two rounds.</summary>
    public static int Movement(Grade? previous, Grade current) => previous is { } p ? Math.Sign((int)current - (int)p) : 0;
}
