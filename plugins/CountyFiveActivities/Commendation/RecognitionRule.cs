namespace Modular.Plugins.CountyFiveActivities.Commendation;

/// <summary>
/// 群众公认度 (实施方案 二(二): “评选表彰对象要注重工作实绩、社会和群众公认度”) of a member nominated as 优秀共产党员: of the public's
/// answers about them in the year's 群众评议 (<c>PartySpirit/</c>: the rounds of <c>partySpirit.before</c>'s year), the share that
/// are favourable — 优秀 or 合格; 基本合格 and 不合格 are not. The document names no threshold, so <c>commendation.minRecognition</c>
/// (a percentage) is 0 by default: not required. Above 0, the county approves only a member whose share is at least that
/// percentage — 75 lets 3 favourable answers of 4 (75 %) through and refuses 2 of 3 (66.7 %); a member nobody evaluated has
/// no share and is refused.
/// </summary>
public static class RecognitionRule
{
    /// <summary>The favourable options of the evaluation's four grades (Scale.FourGrades).</summary>
    public static readonly IReadOnlyList<string> FavourableOptions = ["excellent", "qualified"];

    /// <summary>A member's favourable answers of all the answers about them.</summary>
    public sealed record Recognition(int Favourable, int Answers)
    {
        /// <summary>The share as a percentage with one decimal, or null when nobody answered.</summary>
        public decimal? Percent => Answers == 0 ? null : Math.Round(100m * Favourable / Answers, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>Whether the county may approve: no threshold (0 or less), or a share at or above it (compared exactly, not the rounded percentage).</summary>
    public static bool Enough(Recognition recognition, decimal minPercent) =>
        minPercent <= 0 || (recognition.Answers > 0 && 100m * recognition.Favourable >= minPercent * recognition.Answers);

    /// <summary>Why the county cannot approve, naming 群众公认度 and the setting (the field <c>recognition</c>); null when it may.</summary>
    public static Refusal? Refused(Recognition recognition, decimal minPercent) => Enough(recognition, minPercent) ? null
        : Refuse.Field("recognition", recognition.Answers == 0
            ? Text.Of($"该党员尚无群众评议结果，群众公认度达不到本县规定的 {minPercent:0.#}%（设置 commendation.minRecognition），不能审定。",
                $"Nobody from the public has evaluated this member, so the public recognition is below the county's {minPercent:0.#}% (setting commendation.minRecognition); it cannot be approved.")
            : Text.Of($"群众公认度 {recognition.Percent:0.#}%（{recognition.Answers} 份评议中 {recognition.Favourable} 份为优秀或合格），低于本县规定的 {minPercent:0.#}%（设置 commendation.minRecognition），不能审定。",
                $"Public recognition {recognition.Percent:0.#}% ({recognition.Favourable} of {recognition.Answers} answers excellent or qualified) is below the county's {minPercent:0.#}% (setting commendation.minRecognition); it cannot be approved."));
}
