using System.Net;
using System.Net.Http.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>
/// Every route and page of the plugin from another jurisdiction (404, nothing changed), switched off (404, no menu), and every
/// page for each role in both languages. The routes come from each item's test class, so a new route is covered once listed there.
/// </summary>
public sealed class IsolationTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] UnitRoutes = ["/units", "/units/{unitId}", "/progress", "/progress/towns/{townId}", "/progress/units/{unitId}", "/ledgers/units", "/ledgers/progress"];

    public static IEnumerable<string> Routes =>
        UnitRoutes.Concat(PlansTests.Routes).Concat(OutreachTests.Routes).Concat(SessionsTests.Routes).Concat(AssistanceTests.Routes).Concat(StrugglingTests.Routes).Concat(SystemsTests.Routes).Concat(PublicityTests.Routes)
            .Concat(LeadingGroupTests.Routes).Concat(GuidanceTests.Routes).Concat(VisitsTests.Routes).Concat(ChecklistTests.Routes);

    public static IEnumerable<string> Pages =>
        new[] { "", "/Units", "/Units/Unit/{unitId}", "/Town/{townId}" }.Concat(PlansTests.Pages).Concat(OutreachTests.Pages).Concat(SessionsTests.Pages).Concat(AssistanceTests.Pages).Concat(SystemsTests.Pages).Concat(PublicityTests.Pages)
            .Concat(LeadingGroupTests.Pages).Concat(GuidanceTests.Pages).Concat(VisitsTests.Pages).Concat(ChecklistTests.Pages);

    /// <summary>The victim's data: a unit under way with its plan, a guidance group, a visit with a follow-up, a notice and a report for publicity.</summary>
    internal static async Task<Dictionary<string, long>> SomethingOfEachAsync(TestHost host, TestJurisdiction banner)
    {
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        await Banner.UnderWayAsync(banner);
        var group = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/guidance/groups"), GuidanceTests.BannerGroup(banner, "巴彦宝力格嘎查党支部")), HttpStatusCode.Created);
        var visit = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/visits"), new
        {
            unitId = gachaId, groupId = group.GetProperty("id").GetInt64(), visitedOn = "2026-03-05", findings = "学习记录不规范", followUps = new[] { new { problem = "补齐学习记录" } },
        }), HttpStatusCode.Created);
        var followUp = (await banner.OfficeApi.GetFromJsonAsync<System.Text.Json.JsonElement>(banner.Api(Plugin, "/follow-ups")))
            .EnumerateArray().First().GetProperty("id").GetInt64();
        var notice = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/systems/notices"), new { title = "第一号通报", body = "……", day = "2026-03-10" }), HttpStatusCode.Created);
        var gacha = await host.ApiClientAsync($"{banner.Code}-gacha");
        var report = await Banner.JsonAsync(await gacha.PostAsJsonAsync(banner.Api(Plugin, "/publicity"), new { unitId = gachaId, kind = "Practice", title = "好做法一则", story = "……" }), HttpStatusCode.Created);
        var contact = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/outreach"),
            new { personId = banner.People["孟和"], reachedOn = "2026-03-05", method = "Phone", note = "传达第三批活动实施意见" }), HttpStatusCode.Created);
        var session = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/sessions"), new
        {
            unitId = (long?)null, kind = "SecretaryTraining", title = "全旗党支部书记集中培训", heldOn = "2026-03-05", hours = 4m, place = "旗委党校",
            attendees = new[] { banner.People["乌云"], banner.People["达来"] },
        }), HttpStatusCode.Created);
        var help = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/assistance"),
            new { kind = "Funds", unitId = gachaId, amount = 5000m, givenOn = "2026-03-05" }), HttpStatusCode.Created);
        return new()
        {
            ["unit"] = gachaId, ["contact"] = contact.GetProperty("id").GetInt64(), ["session"] = session.GetProperty("id").GetInt64(),
            ["assistance"] = help.GetProperty("id").GetInt64(),
            ["unitId"] = gachaId, ["townId"] = banner.Org["巴音高勒苏木党委"], ["id"] = visit.GetProperty("id").GetInt64(),
            ["noticeId"] = notice.GetProperty("id").GetInt64(), ["publicityId"] = report.GetProperty("id").GetInt64(), ["groupId"] = group.GetProperty("id").GetInt64(),
            ["followUpId"] = followUp,
        };
    }

    internal static string Fill(string path, Dictionary<string, long> ids) =>
        ids.Aggregate(path, (p, id) => p.Replace("{" + id.Key + "}", id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task Another_jurisdiction_reaches_none_of_it()
    {
        var victim = await Banner.CreateAsync(Host, "victim");
        var intruder = await Banner.CreateAsync(Host, "intruder");
        var ids = await SomethingOfEachAsync(Host, victim);
        // Routes with a generic {id} are the visit's, the guidance group's or the follow-up's: try each of them.
        var urls = Routes.SelectMany(r => r.Contains("/guidance/groups/{id}") ? [r.Replace("{id}", "{groupId}")] : r.Contains("/follow-ups/{id}") ? [r.Replace("{id}", "{followUpId}")] : new[] { r })
            .Select(r => Fill(r, ids)).ToList();
        Assert.DoesNotContain(urls, u => u.Contains('{'));

        // Through the victim's URLs, as a script and as a browser: 404 for every route and page.
        foreach (var url in urls)
            Assert.True((await intruder.OfficeApi.GetAsync(victim.Api(Plugin, url))).StatusCode == HttpStatusCode.NotFound, url);
        var browser = await Host.BrowserClientAsync("intruder-admin");
        foreach (var page in Pages.Select(p => Fill(p, ids)))
            Assert.True((await browser.GetAsync(victim.Page(Plugin, page))).StatusCode == HttpStatusCode.NotFound, page);

        // Through its own URLs, by the victim's ids: nothing found, nothing changed.
        foreach (var url in new[] { "/outreach/{contact}", "/sessions/{session}", "/assistance/{assistance}", "/units/{unitId}", "/plans/{unitId}", "/progress/units/{unitId}", "/guidance/groups/{groupId}", "/visits/{id}", "/follow-ups/{followUpId}",
                     "/systems/notices/{noticeId}", "/publicity/{publicityId}", "/checklist/{unitId}", "/struggling/{unitId}" })
            Assert.True((await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, Fill(url, ids)))).StatusCode == HttpStatusCode.NotFound, url);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/units/{ids["unitId"]}/schedule"), new { start = "2026-03-01", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.PostAsJsonAsync(intruder.Api(Plugin, $"/publicity/{ids["publicityId"]}/select"), new { channel = "Radio", day = "2026-03-10" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.PostAsJsonAsync(intruder.Api(Plugin, $"/systems/notices/{ids["noticeId"]}/read"), new { unitId = ids["unitId"] })).StatusCode);
        foreach (var list in new[] { "/follow-ups", "/guidance/groups" })
            Assert.Empty((await intruder.OfficeApi.GetFromJsonAsync<System.Text.Json.JsonElement>(intruder.Api(Plugin, list))).EnumerateArray());
        foreach (var list in new[] { "/visits", "/systems/notices", "/outreach/contacts", "/sessions/held" })
            Assert.Equal(0, (await intruder.OfficeApi.GetFromJsonAsync<System.Text.Json.JsonElement>(intruder.Api(Plugin, list))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/struggling/{ids["unitId"]}"), new { kind = "Difficult", reason = "r", markedOn = "2026-03-01" })).StatusCode);
        Assert.Equal("2026-01-05", (await victim.OfficeApi.GetFromJsonAsync<System.Text.Json.JsonElement>(victim.Api(Plugin, $"/units/{ids["unitId"]}"))).GetProperty("start").GetString());
    }

    [Fact]
    public async Task Switched_off_it_answers_404_and_leaves_the_menu()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var ids = new Dictionary<string, long> { ["unit"] = banner.Org["巴彦宝力格嘎查党支部"], ["unitId"] = banner.Org["巴彦宝力格嘎查党支部"], ["townId"] = banner.Org["巴音高勒苏木党委"] };
        var browser = await Host.BrowserClientAsync("ar-admin");
        Assert.Contains("第三批学习实践活动", await browser.GetStringAsync("/j/ar"));
        await Host.SetSwitchAsync(banner.Id, Plugin, enabled: false);
        foreach (var route in Routes.Select(r => Fill(r, ids)).Where(r => !r.Contains('{')))
            Assert.True((await banner.OfficeApi.GetAsync(banner.Api(Plugin, route))).StatusCode == HttpStatusCode.NotFound, route);
        foreach (var page in Pages.Select(p => Fill(p, ids)))
            Assert.True((await browser.GetAsync(banner.Page(Plugin, page))).StatusCode == HttpStatusCode.NotFound, page);
        Assert.DoesNotContain("第三批学习实践活动", await browser.GetStringAsync("/j/ar"));
    }

    [Theory]
    [InlineData("ar-admin")]
    [InlineData("ar-town")]
    [InlineData("ar-gacha")]
    [InlineData("ar-other")]
    [InlineData("ar-member")]
    public async Task Every_page_opens_for_each_role_in_Chinese_and_English_or_sends_them_away_politely(string user)
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var ids = await SomethingOfEachAsync(Host, banner);
        var browser = await Host.BrowserClientAsync(user);
        foreach (var page in Pages.Select(p => Fill(p, ids)))
            foreach (var culture in new[] { "", "culture=en" })
            {
                var url = banner.Page(Plugin, page) + (culture.Length == 0 ? "" : (page.Contains('?') ? "&" : "?") + culture);
                var response = await browser.GetAsync(url);
                // A page about a unit the user cannot see is 404 (as if it did not exist); every other page opens (or, for the office's own pages, sends a member to the host's denied page).
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound || response.Headers.Location?.OriginalString.Contains("/account/denied") == true,
                    $"{user} {url}: {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.NotFound)
                    Assert.True(page.Contains("Unit/") || page.Contains("Town/") || page.Contains("unitId="), $"{user} {url}: 404");
            }
    }
}
