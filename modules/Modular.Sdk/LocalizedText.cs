using System.Globalization;
using System.Text.Json.Serialization;

namespace Modular.Sdk;

/// <summary>A short UI text in the users' languages: Chinese first, English beside it.</summary>
public sealed record LocalizedText([property: JsonPropertyName("zh-CN")] string ZhCn, [property: JsonPropertyName("en")] string En)
{
    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(En) ? En : ZhCn;

    public override string ToString() => For(CultureInfo.CurrentUICulture);
}

/// <summary>
/// Picks the text for the current UI culture: Chinese by default, English when the user chose it.
/// Texts live beside the code that shows them, both languages at once.
/// </summary>
public static class Text
{
    public static string Of(string zhCn, string en) => new LocalizedText(zhCn, en).ToString();
}
