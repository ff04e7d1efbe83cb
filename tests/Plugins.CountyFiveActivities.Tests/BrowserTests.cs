using Modular.Testing.Browser;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>
/// Every page of the plugin in the machine's Chromium at 390 and 1366 px, in Chinese and English, on the demo county (the
/// real clock, every table filled), for the office, a branch secretary and a member. The crawler's walk in the host's tests
/// stops before the later pages (bodies, typical models, showcase, commendation); this walks all of them. Screenshots are
/// kept in artifacts/screenshots with MODULAR_SCREENSHOTS=1.
/// </summary>
[Collection(CountyDemoCollection.Name)]
public sealed class BrowserTests(CountyDemoFixture fixture, ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    private static readonly string[] Paths =
        ["", "/Dashboard", "/Mobilization", "/Mobilization/Bodies", "/Study", "/PartySpirit", "/Dedication", "/ServingThePeople", "/Badges", "/Innovation",
         "/Grading", "/FiveModels", "/TypicalModels", "/Showcase", "/Commendation"];

    [Theory]
    [InlineData("xx-county-admin")]
    [InlineData("xx-county-secretary")]
    [InlineData("xx-county-member")]
    public async Task Every_page_reads_well_on_a_phone_and_a_desktop(string userName)
    {
        var pages = from path in Paths from culture in new[] { "", "?culture=en" } select $"/j/xx-county/{CountyHost.PluginId}{path}{culture}";
        await TwoWidths.AssertReadWellAsync(chromium.Browser, fixture.Host, userName, [.. pages]);
    }
}
