using System.Globalization;
using System.Text;

namespace Modular.Sdk.Texts;

/// <summary>
/// 字数 as RULES.md counts it: the characters of the text excluding whitespace, one per Unicode text
/// element, so a Chinese character, a letter, a digit, a punctuation mark and an emoji each count one.
/// "不少于300字" means <see cref="Of"/> ≥ 300.
/// </summary>
public static class CharacterCount
{
    public static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var count = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (!IsWhitespace(element)) count++;
        }
        return count;
    }

    private static bool IsWhitespace(string element)
    {
        foreach (var rune in element.EnumerateRunes())
            if (!Rune.IsWhiteSpace(rune)) return false;
        return true;
    }
}

/// <summary>A minimum length a text must reach (e.g. a daily study note of at least 300 characters).</summary>
public readonly record struct MinimumLength(int Minimum)
{
    /// <summary>Null when the text is long enough; else a message that says how many characters are missing.</summary>
    public string? Check(string? text)
    {
        var count = CharacterCount.Of(text);
        return count >= Minimum ? null
            : Text.Of($"字数不足：要求不少于 {Minimum} 字，现有 {count} 字，还差 {Minimum - count} 字。",
                      $"Too short: at least {Minimum} characters are required, this has {count}; {Minimum - count} more needed.");
    }
}
