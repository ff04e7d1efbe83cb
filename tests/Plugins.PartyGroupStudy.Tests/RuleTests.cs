using Modular.Plugins.PartyGroupStudy;
using Modular.Sdk.Manifest;
using Modular.Sdk.Settings;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>The plan's dates and numbers as plain code: the document's values by default, the stages at their edges.</summary>
public sealed class RuleTests
{
    internal static PartyGroupRules Document(IReadOnlyDictionary<string, string>? overrides = null) =>
        PartyGroupRules.From(new PluginSettingValues(PluginManifest.Load(Path.Combine(RepositoryPaths.Root, "plugins", "PartyGroupStudy", "plugin.json")).Settings, overrides ?? new Dictionary<string, string>()));

    [Fact]
    public void The_document_s_numbers_are_the_defaults()
    {
        var rules = Document();
        Assert.Equal(40m, rules.MinStudyHours);
        Assert.Equal(20_000, rules.MinNoteCharacters);
        Assert.True(rules.TalksEveryPair);
        Assert.Equal(new DateOnly(2009, 3, 1), rules.Start);
        Assert.Equal(new DateOnly(2009, 8, 20), rules.End);
    }

    [Theory]
    [InlineData("2009-02-28", null)]
    [InlineData("2009-03-01", "study")]
    [InlineData("2009-04-20", "study")]     // 4月中旬: the 20th is the last day of study and research
    [InlineData("2009-04-21", "analysis")]  // 4月下旬
    [InlineData("2009-05-20", "analysis")]
    [InlineData("2009-05-21", "rectify")]
    [InlineData("2009-08-20", "rectify")]
    [InlineData("2009-08-21", null)]
    public void Each_day_falls_in_its_stage(string day, string? stage) =>
        Assert.Equal(stage, Document().StageOn(DateOnly.Parse(day))?.Key);
}
