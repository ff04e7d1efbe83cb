using System.Globalization;
using System.Text;

namespace Modular.Sdk.Texts;

/// <summary>
/// 字数 as RULES.md counts it: the characters of the text excluding whitespace, one per Unicode text
/// element, so a Chinese character, a letter, a digit, a punctuation mark and an emoji each count one.
/// Invisible characters count zero like whitespace: format characters (category Cf: U+200B, U+2060,
/// U+FEFF, U+00AD, U+180E, U+202E, ...) and blank fillers (U+3164, U+115F, U+1160, U+FFA0, U+2800),
/// so 300 zero-width spaces are not a note. "不少于300字" means <see cref="Of"/> ≥ 300.
/// </summary>
public static class CharacterCount
{
    public static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        return OneCharacterPerElement(text) ? CountVisibleChars(text) : CountVisibleElements(text);
    }

    // Most texts (Chinese, Latin, digits, punctuation) are one UTF-16 char per text element: count chars
    // directly, several times faster than segmenting. Anything that may join chars into one element
    // (surrogates, combining marks, joiners and selectors, Hangul jamo) takes the segmenting path.
    private static bool OneCharacterPerElement(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0300') continue;
            if (char.IsSurrogate(c) || c is >= '\u1100' and <= '\u11FF' or >= '\uA960' and <= '\uA97F' or >= '\uD7B0' and <= '\uD7FF' or '\u200C' or '\u200D')
                return false;
            if (char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                return false;
        }
        return true;
    }

    private static int CountVisibleChars(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (IsVisible(new Rune(c))) count++;
        return count;
    }

    private static int CountVisibleElements(string text)
    {
        var count = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (IsVisible(element)) count++;
        }
        return count;
    }

    /// <summary>Characters that show nothing although they are neither whitespace nor format characters.</summary>
    public static readonly IReadOnlySet<int> BlankFillers = new HashSet<int> { 0x3164, 0x115F, 0x1160, 0xFFA0, 0x2800 };

    /// <summary>Whether the character counts: it shows something (not whitespace, a format character or a blank filler).</summary>
    public static bool IsVisible(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format && !BlankFillers.Contains(rune.Value);

    // A text element counts once when anything in it shows ("学" followed by a zero-width joiner is one).
    private static bool IsVisible(string element)
    {
        foreach (var rune in element.EnumerateRunes())
            if (IsVisible(rune)) return true;
        return false;
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
