using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>The pages /Plans, /Systems, /Systems/Notices and /Publicity in Chinese and English, for the office, a town, a gacha and a member; their forms.</summary>
public sealed class PlansSystemsPagesTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;
    private static string Page(string path) => $"/j/ar/{Plugin}{path}";

    [Fact]
    public async Task Every_page_shows_in_chinese_and_english_to_whoever_may_see_it()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        var gacha = await Host.ApiClientAsync("ar-gacha");
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(banner.Api(Plugin, $"/plans/{gachaId}/unit-plan"), new { body = "实施方案第一稿", version = 0 }), HttpStatusCode.Created);
        await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/systems/notices"), new { title = "第一号通报", body = "……", day = "2026-03-10" }), HttpStatusCode.Created);
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(banner.Api(Plugin, "/publicity"), new { unitId = gachaId, kind = "Practice", title = "好做法一则", story = "……" }), HttpStatusCode.Created);

        foreach (var user in new[] { "ar-admin", "ar-town", "ar-gacha", "ar-member" })
        {
            var browser = await Host.BrowserClientAsync(user);
            foreach (var path in new[] { "/Plans", $"/Plans?unitId={gachaId}", "/Systems", "/Systems/Notices", "/Publicity" })
            {
                if (user == "ar-member" && path.Contains("unitId")) continue;
                var zh = await browser.GetAsync(Page(path));
                Assert.True(zh.StatusCode == HttpStatusCode.OK, $"{user} {path}: {(int)zh.StatusCode}");
                var en = await browser.GetStringAsync(Page(path) + (path.Contains('?') ? "&" : "?") + "culture=en");
                Assert.DoesNotContain("href=\"\"", en);
            }
        }
        var office = await Host.BrowserClientAsync("ar-admin");
        Assert.Contains("第一号通报", await office.GetStringAsync(Page("/Systems/Notices")));
        Assert.Contains("Awaiting my approval", await office.GetStringAsync(Page("/Plans?culture=en")));
        Assert.Contains("实施方案第一稿", await (await Host.BrowserClientAsync("ar-town")).GetStringAsync(Page($"/Plans?unitId={gachaId}")));
        Assert.Equal(HttpStatusCode.NotFound, (await (await Host.BrowserClientAsync("ar-other")).GetAsync(Page($"/Plans?unitId={gachaId}"))).StatusCode);
        Assert.DoesNotContain("第一号通报", await (await Host.BrowserClientAsync("ar-member")).GetStringAsync(Page("/Systems/Notices")));
    }

    [Fact]
    public async Task The_town_approves_a_plan_and_a_gacha_marks_a_notice_read_through_the_pages_and_a_bad_score_is_shown_by_its_field()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        var gacha = await Host.ApiClientAsync("ar-gacha");
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(banner.Api(Plugin, $"/plans/{gachaId}/unit-plan"), new { body = "实施方案第一稿", version = 0 }), HttpStatusCode.Created);
        var notice = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/systems/notices"), new { title = "第一号通报", body = "……", day = "2026-03-10" }), HttpStatusCode.Created);

        var town = await Host.BrowserClientAsync("ar-town");
        var plan = Page($"/Plans?unitId={gachaId}");
        var approved = await TestHost.SubmitFormAsync(town, plan, new() { ["kind"] = "unit-plan", ["version"] = "1" }, Page($"/Plans?unitId={gachaId}&handler=Approve"));
        Assert.True(approved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{(int)approved.StatusCode}");
        var detail = await gacha.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, $"/plans/{gachaId}"));
        Assert.Equal("Approved", detail.GetProperty("line").GetProperty("state").GetString());

        var browser = await Host.BrowserClientAsync("ar-gacha");
        var id = notice.GetProperty("id").GetInt64();
        await TestHost.SubmitFormAsync(browser, Page("/Systems/Notices"), [], Page($"/Systems/Notices?handler=Read&id={id}&unitId={gachaId}"));
        var read = await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, $"/systems/notices/{id}"));
        Assert.Equal(1, read.GetProperty("read").GetInt32());

        var refused = await TestHost.SubmitFormAsync(town, Page("/Systems"), new() { ["UnitId"] = gachaId.ToString(), ["Score"] = "101" }, Page("/Systems?handler=Assess&year=2026"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("0 到 100", await refused.Content.ReadAsStringAsync());
    }
}
