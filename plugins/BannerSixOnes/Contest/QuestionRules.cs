namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>单选、多选、判断.</summary>
public enum QuestionKind { Single, Multiple, Judge }

/// <summary>
/// What a question may be, as the office writes it in its spreadsheet: 题型, 类别 (the document's three:
/// 党的理论、党的知识、党的历史), options A–F and the answer letters. Judge questions have the fixed
/// options 正确 (A) / 错误 (B).
/// </summary>
public static class QuestionRules
{
    public const int MaxOptions = 6;
    public static readonly string[] Categories = ["党的理论", "党的知识", "党的历史"];
    public static readonly string[] JudgeOptions = ["正确", "错误"];

    public static string KindName(QuestionKind kind) => kind switch
    {
        QuestionKind.Single => "单选",
        QuestionKind.Multiple => "多选",
        _ => "判断",
    };

    /// <summary>A kind's Chinese name (<see cref="KindName"/>, as stored and imported) in the user's language.</summary>
    public static string SayKind(string kind) => kind switch
    {
        "单选" => Text.Of(kind, "Single choice"), "多选" => Text.Of(kind, "Multiple choice"), "判断" => Text.Of(kind, "True or false"), _ => kind,
    };

    /// <summary>A category (<see cref="Categories"/>, stored in Chinese) in the user's language.</summary>
    public static string SayCategory(string category) => category switch
    {
        "党的理论" => Text.Of(category, "Party theory"), "党的知识" => Text.Of(category, "Party knowledge"), "党的历史" => Text.Of(category, "Party history"), _ => category,
    };

    /// <summary>A judge question's option (正确/错误) in the user's language; other options are the question's own text.</summary>
    public static string SayOption(string option) => option switch
    {
        "正确" => Text.Of(option, "True"), "错误" => Text.Of(option, "False"), _ => option,
    };

    public static QuestionKind? ParseKind(string? text) => (text ?? "").Trim().Replace("题", "").Replace("项选择", "选") switch
    {
        "单选" or "单" or "single" => QuestionKind.Single,
        "多选" or "多" or "multiple" => QuestionKind.Multiple,
        "判断" or "judge" or "truefalse" => QuestionKind.Judge,
        _ => null,
    };

    private static readonly Dictionary<string, string> CategorySynonyms = new()
    {
        ["党的理论"] = "党的理论", ["理论"] = "党的理论", ["党的理论知识"] = "党的理论",
        ["党的知识"] = "党的知识", ["知识"] = "党的知识", ["党建知识"] = "党的知识", ["党的基本知识"] = "党的知识",
        ["党的历史"] = "党的历史", ["历史"] = "党的历史", ["党史"] = "党的历史",
    };

    /// <summary>党的历史, 历史 or 党史 → 党的历史; null when not one of the three.</summary>
    public static string? ParseCategory(string? text) => CategorySynonyms.GetValueOrDefault((text ?? "").Trim());

    /// <summary>对/错 in every spelling offices use → A (正确) / B (错误).</summary>
    public static string? ParseJudge(string? text) => (text ?? "").Trim().ToUpperInvariant() switch
    {
        "对" or "正确" or "√" or "✓" or "✔" or "T" or "TRUE" or "是" or "Y" => "A",
        "错" or "错误" or "×" or "X" or "✗" or "✘" or "F" or "FALSE" or "否" or "N" => "B",
        _ => null,
    };

    /// <summary>
    /// The letters of a choice answer, upper-case, sorted, without separators (<c>a, d、B</c> → <c>ABD</c>);
    /// null with the offending piece when something is not a letter A–F.
    /// </summary>
    public static (string? Letters, string? Bad) ParseLetters(string? text)
    {
        var letters = new SortedSet<char>();
        foreach (var raw in (text ?? "").Trim())
        {
            var c = char.ToUpperInvariant(raw);
            if (c is ',' or '，' or '、' or ' ' or ';' or '；' or '/') continue;
            if (c is >= 'Ａ' and <= 'Ｚ') c = (char)(c - 'Ａ' + 'A'); // full-width letters from Chinese input methods
            if (c < 'A' || c > 'Z') return (null, raw.ToString());
            letters.Add(c);
        }
        return (new string([.. letters]), null);
    }

    public static char Letter(int index) => (char)('A' + index);

    /// <summary>All-or-nothing: the chosen letters must be exactly the answer (a multi-choice question with one wrong or missing letter scores 0).</summary>
    public static bool IsCorrect(string answer, string? chosen)
    {
        var (letters, bad) = ParseLetters(chosen);
        return bad is null && letters == answer;
    }

    /// <summary>How an answer reads to people: letters, or 正确/错误 for a judge question.</summary>
    public static string Display(QuestionKind kind, string answer) =>
        kind == QuestionKind.Judge ? (answer == "A" ? "正确" : "错误") : answer;
}
