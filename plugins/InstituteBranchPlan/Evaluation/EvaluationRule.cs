namespace Modular.Plugins.InstituteBranchPlan.Evaluation;

/// <summary>半年评议 (the half-year round) or 年终评议 (the year-end round).</summary>
public enum EvaluationPeriod { HalfYear, YearEnd }

/// <summary>
/// 群众评议's numbers as this jurisdiction set them. The document says only “原则上每半年一次”: the close days, the weights
/// and the grade thresholds are defaults of the software (see plugin.json's help), not the document's.
/// </summary>
/// <param name="MonthsPerRound">6: a half-year and a year-end round; more: the year-end round only.</param>
public sealed record EvaluationSettings(int MonthsPerRound, DateOnly HalfYearCloses, DateOnly YearEndCloses,
    int WeightMembers, int WeightPublic, int WeightPlan, decimal ExcellentAt, decimal QualifiedAt, decimal BasicAt)
{
    public static EvaluationSettings From(PluginSettingValues s, int year) => new(
        (int)s.GetInteger("evaluation.monthsPerRound"), s.GetMonthDay("evaluation.halfYearCloses").InYear(year), s.GetMonthDay("evaluation.yearEndCloses").InYear(year),
        (int)s.GetInteger("evaluation.weightMembers"), (int)s.GetInteger("evaluation.weightPublic"), (int)s.GetInteger("evaluation.weightPlan"),
        s.GetDecimal("evaluation.excellentAt"), s.GetDecimal("evaluation.qualifiedAt"), s.GetDecimal("evaluation.basicAt"));
}

/// <summary>
/// 三(二)3 群众评议: “结合半年和年终民主评议党员活动和群众评议活动，对党员开展创先争优活动情况进行考核，并参照个人打算考核得分，
/// 综合评定成绩，原则上每半年一次。” Each round every member of the branch is rated on the four grades (优秀/合格/基本合格/不合格)
/// by the branch's members (with their accounts; shown only as tallies) and by the public (one-time codes, anonymous). The
/// composite mark out of 100 weighs the members' rating, the public's rating (each grade's share: 优秀 100, 合格 75, 基本合格
/// 50, 不合格 25) and the personal-plan score (个人打算考核得分, 0–100) by the set weights; a part with no ratings yet drops
/// out and the others' weights are scaled up. The grade is the highest whose threshold the mark reaches. Pure.
/// </summary>
public static class EvaluationRule
{
    public static readonly BlockKind Kind = new(InstituteBranchPlanStartup.PluginId, "evaluation");

    /// <summary>The one question of a sheet: how the member strives for excellence.</summary>
    public static readonly EvaluationQuestion Question = new("grade", new("该党员开展创先争优活动情况", "How the member strives for excellence"), Scale.FourGrades);

    public const string Excellent = "excellent", Qualified = "qualified", Basic = "basically-qualified", Unqualified = "unqualified";

    /// <summary>The rounds of the year and the day each closes: half-year and year-end, or the year-end one only.</summary>
    public static IReadOnlyList<(EvaluationPeriod Period, DateOnly Closes)> Rounds(InstituteRules rules) =>
        rules.Evaluation.MonthsPerRound <= 6
            ? [(EvaluationPeriod.HalfYear, rules.Evaluation.HalfYearCloses), (EvaluationPeriod.YearEnd, rules.Evaluation.YearEndCloses)]
            : [(EvaluationPeriod.YearEnd, rules.Evaluation.YearEndCloses)];

    /// <summary>A rating's mark out of 100 from its average score on the four grades (4 优秀 … 1 不合格): 25 a step.</summary>
    public static decimal? Mark(decimal? averageScore) => averageScore is { } a ? Math.Round(a * 25m, 2) : null;

    /// <summary>The composite mark: the present parts weighed by the set weights, scaled to the weights present; none present: null.</summary>
    public static decimal? Composite(EvaluationSettings s, decimal? members, decimal? @public, decimal? plan)
    {
        (decimal? Mark, int Weight)[] parts = [(members, s.WeightMembers), (@public, s.WeightPublic), (plan, s.WeightPlan)];
        var present = parts.Where(p => p.Mark is not null && p.Weight > 0).ToList();
        var weights = present.Sum(p => p.Weight);
        return weights == 0 ? null : Math.Round(present.Sum(p => p.Mark!.Value * p.Weight) / weights, 2);
    }

    /// <summary>The grade (an option key of <see cref="Scale.FourGrades"/>) a composite mark reaches: each threshold counts (≥).</summary>
    public static string? Grade(EvaluationSettings s, decimal? composite) => composite switch
    {
        null => null,
        var c when c >= s.ExcellentAt => Excellent,
        var c when c >= s.QualifiedAt => Qualified,
        var c when c >= s.BasicAt => Basic,
        _ => Unqualified,
    };

    /// <summary>Who may rate whom: a member of the branch rates each colleague, not themself.</summary>
    public static bool MayRate(long raterId, long subjectId, ISet<long> branchMembers) =>
        raterId != subjectId && branchMembers.Contains(raterId) && branchMembers.Contains(subjectId);

    /// <summary>A round may be opened on or before the day it closes; it may be rated while open (closing fixes its results).</summary>
    public static bool MayOpen(DateOnly today, DateOnly closes) => today <= closes;

    public static LocalizedText GradeName(string? grade) =>
        Scale.FourGrades.Options.FirstOrDefault(o => o.Key == grade)?.Label ?? new("未评定", "Not graded");

    public static LocalizedText PeriodName(EvaluationPeriod period) =>
        period == EvaluationPeriod.HalfYear ? new("半年评议", "Half-year round") : new("年终评议", "Year-end round");

    /// <summary>The SDK rounds' keys: one named (members) and one anonymous (the public's codes) per branch and round.</summary>
    public static string RoundKey(int year, EvaluationPeriod period, long branchId, bool @public) =>
        $"{year}-{(period == EvaluationPeriod.HalfYear ? "h1" : "year")}-b{branchId}-{(@public ? "public" : "members")}";

    public static string SubjectKey(long personId) => $"person:{personId}";
}
