using System.Net;
using System.Net.Http.Json;
using static Plugins.PartyGroupStudy.Tests.County;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>Every route of the plugin from another jurisdiction (404), switched off (404, no menu), and its pages for each role in both languages.</summary>
public sealed class IsolationAndPagesTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    /// <summary>Every GET route, with the victim's ids where a route takes one (<c>{unit}</c>, <c>{visit}</c>).</summary>
    private static readonly string[] Routes =
    [
        "/leading-group", "/units", "/guidance-visits", "/guidance-visits/coverage", "/guidance-visits/{visit}", "/progress", "/progress/mine", "/five-leads",
        "/ledgers/guidance-visits", "/ledgers/progress",
        "/rectification", "/survey", "/mechanisms", "/summary-report", "/ledgers/rectification", "/ledgers/satisfaction-survey", "/ledgers/mechanisms",
        "/study", "/reading-notes", "/research", "/discussions", "/ledgers/study-hours", "/ledgers/reading-notes", "/ledgers/research", "/ledgers/emancipation",
        "/personal-reports", "/talks", "/life-meeting", "/group-report", "/ledgers/personal-reports", "/ledgers/talks", "/ledgers/life-meeting", "/ledgers/report-evaluation",
    ];

    [Fact]
    public async Task Another_jurisdiction_reaches_none_of_it()
    {
        var victim = await CreateAsync(Host, "victim");
        var intruder = await CreateAsync(Host, "intruder");
        await JsonAsync(await victim.OfficeApi.PutAsJsonAsync(victim.Api(Plugin, "/leading-group"), Group(victim)), HttpStatusCode.OK);
        var unit = (await JsonAsync(await victim.OfficeApi.PostAsJsonAsync(victim.Api(Plugin, "/units"), new { personId = victim.People["王强"], name = "县农业局", relation = "InCharge" }),
            HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var visit = (await JsonAsync(await victim.OfficeApi.PostAsJsonAsync(victim.Api(Plugin, "/guidance-visits"),
            new { unitId = unit, visitedOn = "2009-03-05", focus = "Study", findings = "x" }), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        string Path(string route) => route.Replace("{unit}", unit.ToString()).Replace("{visit}", visit.ToString());

        // Through the victim's URLs: 404 for every route and page.
        foreach (var route in Routes)
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.GetAsync(victim.Api(Plugin, Path(route)))).StatusCode);
        var browser = await Host.BrowserClientAsync("intruder-admin");
        foreach (var page in BrowserTests.PagePaths) Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(victim.Page(Plugin, page))).StatusCode);

        // Through its own, by the victim's ids: nothing found, nothing changed.
        await JsonAsync(await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, $"/guidance-visits/{visit}")), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/guidance-visits/{visit}"), new { unitId = unit, visitedOn = "2009-03-05", focus = "Study", findings = "改", version = 1 }),
            HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.DeleteAsync(intruder.Api(Plugin, $"/units/{unit}")), HttpStatusCode.NotFound);
        var foreignUnit = await JsonAsync(await intruder.OfficeApi.PostAsJsonAsync(intruder.Api(Plugin, "/units"), new { personId = victim.People["王强"], name = "x", relation = "InCharge" }),
            HttpStatusCode.BadRequest);
        Assert.True(foreignUnit.GetProperty("errors").TryGetProperty("personId", out _));
        var foreignVisit = await JsonAsync(await intruder.OfficeApi.PostAsJsonAsync(intruder.Api(Plugin, "/guidance-visits"), new { unitId = unit, visitedOn = "2009-03-05", focus = "Study", findings = "x" }),
            HttpStatusCode.BadRequest);
        Assert.True(foreignVisit.GetProperty("errors").TryGetProperty("unitId", out _));
        Assert.Empty((await JsonAsync(await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, "/units")), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(1, (await JsonAsync(await victim.OfficeApi.GetAsync(victim.Api(Plugin, "/guidance-visits")), HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Switched_off_it_answers_404_and_leaves_the_menu()
    {
        var county = await CreateAsync(Host, "xg");
        var browser = await Host.BrowserClientAsync("xg-admin");
        Assert.Contains("五带头", await browser.GetStringAsync("/j/xg"));
        await Host.SetSwitchAsync(county.Id, Plugin, enabled: false);
        foreach (var route in Routes.Where(r => !r.Contains('{')))
            Assert.Equal(HttpStatusCode.NotFound, (await county.OfficeApi.GetAsync(county.Api(Plugin, route))).StatusCode);
        foreach (var page in BrowserTests.PagePaths) Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(county.Page(Plugin, page))).StatusCode);
        Assert.DoesNotContain("五带头", await browser.GetStringAsync("/j/xg"));
    }

    [Theory]
    [InlineData("xg-admin")]
    [InlineData("xg-leader")]
    [InlineData("xg-member")]
    [InlineData("xg-inspector")]
    [InlineData("xg-director")]
    public async Task Every_page_opens_for_each_role_in_Chinese_and_English(string user)
    {
        var county = await CreateAsync(Host, "xg");
        var browser = await Host.BrowserClientAsync(user);
        foreach (var page in BrowserTests.PagePaths)
        {
            var chinese = await browser.GetAsync(county.Page(Plugin, page));
            Assert.True(chinese.StatusCode == HttpStatusCode.OK, $"{user} {page}: {(int)chinese.StatusCode}");
            var english = await browser.GetAsync(county.Page(Plugin, page) + "?culture=en");
            Assert.True(english.StatusCode == HttpStatusCode.OK, $"{user} {page} en: {(int)english.StatusCode}");
        }
    }
}
