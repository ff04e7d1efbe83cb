using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.Tests.Sdk;

/// <summary>A text in named parts (四对照、四查摆, a summary's three parts): one text and back, every part required.</summary>
public sealed class DocumentPartsTests
{
    private static readonly IReadOnlyList<(string Key, LocalizedText Heading)> Parts =
        [("experience", new("一、主要经验", "1. What worked")), ("shortcomings", new("二、存在不足", "2. Shortcomings"))];

    [Fact]
    public void The_parts_make_one_text_under_their_headings_and_come_back_from_it()
    {
        var text = DocumentParts.Compose(Parts, new Dictionary<string, string?> { ["experience"] = " 学用结合\n联系实际 ", ["shortcomings"] = "笔记流于形式" });
        Assert.Equal("一、主要经验\n学用结合\n联系实际\n\n二、存在不足\n笔记流于形式", text);
        Assert.Equal(new Dictionary<string, string> { ["experience"] = "学用结合\n联系实际", ["shortcomings"] = "笔记流于形式" }, DocumentParts.Parse(Parts, text));
        Assert.Equal(new Dictionary<string, string> { ["experience"] = "", ["shortcomings"] = "" }, DocumentParts.Parse(Parts, null));
    }

    [Fact]
    public void Every_part_is_required_and_the_message_names_it_without_its_number()
    {
        var errors = DocumentParts.Problems(Parts, new Dictionary<string, string?> { ["experience"] = "学用结合", ["shortcomings"] = " " });
        var message = Assert.Single(errors["shortcomings"]);
        Assert.True(message is "请填写“存在不足”。" or "Write “Shortcomings”.", message);
        Assert.False(errors.ContainsKey("experience"));
        Assert.Contains("shortcomings", DocumentParts.Problems(Parts, new Dictionary<string, string?> { ["experience"] = "x", ["shortcomings"] = new string('字', Limits.Note + 1) }).Keys);
    }
}
