using System.Globalization;
using Modular.Sdk.Texts;

namespace Modular.Tests.Sdk;

public sealed class CharacterCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \t\r\n　", 0)]                 // ASCII whitespace and the ideographic space U+3000
    [InlineData("学习党章", 4)]
    [InlineData("学习 党章", 4)]                    // whitespace is not counted
    [InlineData("学习，党章。", 6)]                 // punctuation counts one each
    [InlineData("CPC 90", 5)]                       // letters and digits count one each
    [InlineData("e\u0301", 1)]                      // e + combining acute: one text element
    [InlineData("👍🏽", 1)]                          // emoji with skin tone: one text element
    [InlineData("𠀀𠀁", 2)]                          // characters outside the BMP (surrogate pairs) count one each
    [InlineData("\u200B\u2060\uFEFF\u00AD\u180E\u202E", 0)]       // format characters (Cf) show nothing
    [InlineData("\u3164\u115F\u1160\uFFA0\u2800", 0)]             // blank fillers show nothing
    [InlineData("学\u200D习\u200B党\u2060章", 4)]                   // hidden between visible ones: only the visible count
    public void Counts_text_elements_excluding_whitespace(string text, int expected) =>
        Assert.Equal(expected, CharacterCount.Of(text));

    [Fact]
    public void Three_hundred_is_enough_and_299_says_how_many_are_missing()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var rule = new MinimumLength(300);

        Assert.Null(rule.Check(new string('学', 300)));
        Assert.Null(rule.Check(new string('学', 301)));
        Assert.Equal("字数不足：要求不少于 300 字，现有 299 字，还差 1 字。", rule.Check(new string('学', 299)));
        Assert.Equal("字数不足：要求不少于 300 字，现有 299 字，还差 1 字。", rule.Check(new string('学', 299) + "   \n"));
    }

    [Theory]
    [InlineData('\u200B')] [InlineData('\u2060')] [InlineData('\uFEFF')] [InlineData('\u00AD')] [InlineData('\u180E')]
    [InlineData('\u202E')] [InlineData('\u3164')] [InlineData('\u115F')] [InlineData('\u1160')] [InlineData('\uFFA0')] [InlineData('\u2800')]
    public void Invisible_characters_do_not_make_up_the_300(char invisible)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var rule = new MinimumLength(300);

        Assert.NotNull(rule.Check(new string(invisible, 300)));
        Assert.Equal("字数不足：要求不少于 300 字，现有 150 字，还差 150 字。", rule.Check(new string('学', 150) + new string(invisible, 150)));
        Assert.Null(rule.Check(new string('学', 300) + new string(invisible, 10)));
    }

    // The count takes a short cut for texts of one char per element; any text must count as segmenting it would.
    [Fact]
    public void Counting_char_by_char_agrees_with_counting_text_elements_on_mixed_texts()
    {
        string[] pieces = ["学", "习", "a", "Z", "9", "，", "。", " ", "\n", "\r\n", "\t", "\u200B", "\u200D", "\u2060", "\u00AD", "\u3164", "\u2800",
            "e\u0301", "\u0915\u093F", "👍", "👍🏽", "👨\u200D👩\u200D👧", "1\uFE0F\u20E3", "\u1100\u1161\u11A8", "한", "🇨🇳", "\u0600学", "ǅ", "\uFF21"];
        var random = new Random(42);
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(ElementCount(text) == CharacterCount.Of(text), $"\"{text}\" ({string.Join(' ', text.Select(c => ((int)c).ToString("X4")))})");
        }
    }

    private static int ElementCount(string text)
    {
        var count = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
            if (((string)elements.Current).EnumerateRunes().Any(CharacterCount.IsVisible)) count++;
        return count;
    }
}
