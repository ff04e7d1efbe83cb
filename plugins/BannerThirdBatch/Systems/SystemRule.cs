namespace Modular.Plugins.BannerThirdBatch.Systems;

/// <summary>The five systems of grassroots party building the document names.</summary>
public enum PartySystem { Goals, Accountability, Analysis, Notification, Assessment }

/// <summary>
/// 二(五) “要进一步健全完善基层党建目标、问责、分析、通报、考核五项制度，落实目标责任制”: which of the five a unit has in place
/// for a year — goals set, an analysis that year, every notice addressed to it read, assessed — (accountability counts its
/// cases: none is no gap); an assessment's score is 0..<see cref="ThirdBatchRules.AssessmentMaxScore"/>. Pure.
/// </summary>
public static class SystemRule
{
    /// <summary>The systems a unit must show for a year (accountability is counted, not required).</summary>
    public const int Required = 4;

    public static LocalizedText Name(PartySystem system) => system switch
    {
        PartySystem.Goals => new("目标", "Goals"),
        PartySystem.Accountability => new("问责", "Accountability"),
        PartySystem.Analysis => new("分析", "Analysis"),
        PartySystem.Notification => new("通报", "Notification"),
        _ => new("考核", "Assessment"),
    };

    /// <summary>Why a score is refused, or null: a whole number from 0 to full marks.</summary>
    public static string? ScoreProblem(int? score, int max) => score switch
    {
        null => Text.Of("请填写考核得分。", "Give the score."),
        < 0 => Text.Of($"考核得分应在 0 到 {max} 分之间。", $"The score is from 0 to {max}."),
        _ when score > max => Text.Of($"考核得分应在 0 到 {max} 分之间。", $"The score is from 0 to {max}."),
        _ => null,
    };

    /// <summary>How many of the four required systems are in place.</summary>
    public static int InPlace(bool goals, bool analysis, bool readAll, bool assessed) => (goals ? 1 : 0) + (analysis ? 1 : 0) + (readAll ? 1 : 0) + (assessed ? 1 : 0);

    /// <summary>Standard competition ranking (1, 2, 2, 4) of scores, highest first.</summary>
    public static IReadOnlyList<int> Ranks(IReadOnlyList<int> scoresDescending) =>
        [.. scoresDescending.Select(s => scoresDescending.Count(o => o > s) + 1)];
}
