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
}
