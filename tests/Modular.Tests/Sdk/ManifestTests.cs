using System.Globalization;
using Modular.Sdk;
using Modular.Sdk.Manifest;
using Modular.Sdk.Settings;

namespace Modular.Tests.Sdk;

public sealed class ManifestTests
{
    public ManifestTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

    private const string Valid = """
        {
          // comments are allowed: plugin authors annotate the document's numbers
          "id": "banner-six-ones",
          "name": { "zh-CN": "六个一", "en": "Six ones" },
          "version": "0.1.0",
          "sdkVersion": "1.0.0",
          "assembly": "Six.dll",
          "dependencies": [ "core-extras" ],
          "settings": [
            { "key": "dailyNote.minChars", "type": "integer", "default": "300", "min": 1, "name": { "zh-CN": "最少字数" } },
            { "key": "education.due", "type": "monthDay", "default": "07-01", "name": { "zh-CN": "期限" } },
          ]
        }
        """;

    [Fact]
    public void A_valid_manifest_is_read_with_its_settings()
    {
        var manifest = PluginManifest.Parse(Valid, "plugin.json");

        Assert.Equal("banner-six-ones", manifest.Id);
        Assert.Equal("Six ones", manifest.Name.For(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("六个一", manifest.Name.For(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(["core-extras"], manifest.Dependencies);
        Assert.Equal(new Version(1, 0, 0), manifest.ParsedSdkVersion);
        Assert.Equal(SettingType.MonthDay, manifest.Settings[1].Type);
    }

    [Fact]
    public void Every_problem_of_a_bad_manifest_is_named_with_its_file()
    {
        var bad = Valid.Replace("\"banner-six-ones\"", "\"Six Ones\"").Replace("\"300\"", "\"3OO\"").Replace("\"07-01\"", "\"02-30\"");

        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(bad, "plugins/x/plugin.json")).Message;

        Assert.StartsWith("plugins/x/plugin.json: ", error);
        Assert.Contains("id \"Six Ones\" must be lower-case", error);
        Assert.Contains("setting \"dailyNote.minChars\": default \"3OO\" is not a whole number", error);
        Assert.Contains("setting \"education.due\": default \"02-30\" is not a day of the year (MM-dd)", error);
    }

    [Theory]
    [InlineData(SettingType.Integer, "30", null)]
    [InlineData(SettingType.Integer, "0", "must be at least 1")]
    [InlineData(SettingType.Integer, "1", null)]
    [InlineData(SettingType.Integer, "100", null)]
    [InlineData(SettingType.Integer, "101", "must be at most 100")]
    [InlineData(SettingType.Integer, "", "is required")]
    [InlineData(SettingType.Date, "2011-07-01", null)]
    [InlineData(SettingType.Date, "2011-13-01", "\"2011-13-01\" is not a date (yyyy-MM-dd)")]
    [InlineData(SettingType.MonthDay, "02-29", null)]
    [InlineData(SettingType.MonthDay, "7/1", "\"7/1\" is not a day of the year (MM-dd)")]
    [InlineData(SettingType.Boolean, "yes", "\"yes\" is not true or false")]
    [InlineData(SettingType.Decimal, "1.5", null)]
    public void Setting_values_are_checked_against_type_and_range(SettingType type, string text, string? error)
    {
        var setting = new SettingDefinition { Key = "k", Type = type, Name = new("名", "Name"), Default = "1", Min = 1, Max = 100 };

        Assert.Equal(error, setting.TryParse(text, out _));
    }

    [Fact]
    public void Setting_errors_are_in_chinese_by_default()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var setting = new SettingDefinition { Key = "k", Type = SettingType.Integer, Name = new("最少字数", "Minimum"), Default = "300", Min = 1 };

        Assert.Equal("“3OO”不是整数", setting.TryParse("3OO", out _));
        Assert.Equal("不能小于 1", setting.TryParse("0", out _));
    }

    [Fact]
    public void A_month_day_resolves_in_a_year_and_february_29_falls_back_in_common_years()
    {
        Assert.True(MonthDay.TryParse("02-29", out var leap));
        Assert.Equal(new DateOnly(2012, 2, 29), leap.InYear(2012));
        Assert.Equal(new DateOnly(2011, 2, 28), leap.InYear(2011));
        Assert.Equal("02-29", leap.ToString());
    }

    [Fact]
    public void Stored_values_override_defaults_and_invalid_ones_fall_back_to_the_document()
    {
        var manifest = PluginManifest.Parse(Valid, "plugin.json");

        var values = new PluginSettingValues(manifest.Settings, new Dictionary<string, string>
        {
            ["dailyNote.minChars"] = "0",        // below min: ignored, the document's 300 stands
            ["education.due"] = "06-30",
            ["unknown"] = "x",
        });

        Assert.Equal(300, values.GetInteger("dailyNote.minChars"));
        Assert.Equal(new DateOnly(2011, 6, 30), values.GetMonthDay("education.due").InYear(2011));
        Assert.Equal("06-30", values.GetAsText("education.due"));
        Assert.Throws<KeyNotFoundException>(() => values.GetInteger("unknown"));
        Assert.Throws<InvalidCastException>(() => values.GetDate("education.due"));
    }
}
