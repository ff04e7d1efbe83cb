namespace Modular.Plugins.CountyFiveActivities.Grading;

/// <summary>
/// 实施晋档升级 (实施方案 二(三)3): “对照创先争优标准，着眼全面提升，加强不同层次党组织建设，使处于先进的当好标杆、中间状态的标准提高、
/// 相对后进的改变面貌，各个领域“五个好”党组织 … 的比例都有较大幅度提高”; and 一(三)1: “先进基层党组织的根本要求是 … 努力做到
/// ‘五个好’”. The plan names the grades and the five goods but no points; this plugin's reading, one rule, all settings: the
/// level above scores each good 0..<c>score.maxPerGood</c> (20) per round. An organization <b>meets the five goods</b> when
/// every good is at least <c>fiveGoods.minPerGood</c> (16) <i>and</i> the total is at least <c>grade.advancedMin</c> (90);
/// 先进 is exactly that — a five-goods organization is 先进 and a 先进 one is five-goods, never one without the other. Of the
/// rest, a total below <c>grade.laggingBelow</c> (60) is 后进 and everything else 中间 (so 18, 18, 18, 18, 17.99 = 89.99 is
/// neither five-goods nor 先进: 中间). A round is named in at most 20 characters.
/// </summary>
public static class GradingRule
{
    /// <summary>The longest name of a grading round (e.g. <c>2011年下半年</c>).</summary>
    public const int MaxRoundLength = 20;

    /// <summary>The five goods met: every good at least <c>fiveGoods.minPerGood</c> and the total at least <c>grade.advancedMin</c>.</summary>
    public static bool IsFiveGoods(IReadOnlyList<decimal> scores, CountyRules rules) =>
        scores.All(s => s >= rules.FiveGoodsMinPerGood) && scores.Sum() >= rules.AdvancedMin;

    /// <summary>先进 when the five goods are met (<see cref="IsFiveGoods"/>); else 后进 below <c>grade.laggingBelow</c>, else 中间.</summary>
    public static Grade GradeOf(IReadOnlyList<decimal> scores, CountyRules rules) =>
        IsFiveGoods(scores, rules) ? Grade.Advanced : scores.Sum() < rules.LaggingBelow ? Grade.Lagging : Grade.Middle;

    /// <summary>A score of one good: 0 to <see cref="CountyRules.MaxPerGood"/>.</summary>
    public static bool ValidScore(decimal score, CountyRules rules) => score >= 0 && score <= rules.MaxPerGood;

    /// <summary>A round's name, trimmed, when it is one (1 to <see cref="MaxRoundLength"/> characters); else null.</summary>
    public static string? RoundOf(string? round) => round?.Trim() is { Length: > 0 and <= MaxRoundLength } trimmed ? trimmed : null;

    /// <summary>The grade's name in the reader's language (先进 / 中间 / 后进, advanced / middle / lagging).</summary>
    public static string Name(Grade grade) => Names(grade).ToString();

    public static LocalizedText Names(Grade grade) => grade switch
    {
        Grade.Advanced => new("先进", "Advanced"),
        Grade.Middle => new("中间", "Middle"),
        _ => new("后进", "Lagging"),
    };

    /// <summary>Moved up (晋档), stayed, or fell back between two rounds.</summary>
    public static int Movement(Grade? previous, Grade current) => previous is { } p ? Math.Sign((int)current - (int)p) : 0;
}
