using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>Who sees which dashboard, the head (一把手) of each unit, and the plugin switched off.</summary>
public sealed class DashboardTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task The_office_sees_each_sumu_and_unit_with_its_head_and_drills_down()
    {
        var b = await fixture.CreateBannerAsync("dash-a");
        var office = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/dashboard/office"));
        var units = office.GetProperty("units").EnumerateArray().ToList();
        // The rows are the units under the root committee; the leading-group office owes nothing and is not a row.
        Assert.Equal(["旗直机关工委", "雅布赖镇党委"], units.Select(u => u.GetProperty("organization").GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.All(units, u => Assert.Equal(JsonValueKind.Null, u.GetProperty("head").ValueKind)); // no secretary set on the committees

        var town = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api($"/dashboard/office?organization={b.Town}"));
        var gacha = town.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("organization").GetProperty("id").GetInt64() == b.Gacha);
        Assert.Equal("巴特尔", gacha.GetProperty("head").GetProperty("name").GetString());

        var html = await (await b.BrowserAsAsync($"{b.Code}-admin")).GetStringAsync(b.Page($"/Dashboard?organization={b.Town}"));
        Assert.Contains("巴丹吉林嘎查党支部", html);
        Assert.Contains("巴特尔", html);
        Assert.Contains("未设书记", html); // the community branch has no secretary: flagged
    }

    [Fact]
    public async Task A_secretary_sees_their_branch_members_but_not_other_units_and_a_member_only_their_own()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 5, 10, 9); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("dash-b");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var members = await secretary.GetFromJsonAsync<JsonElement>(b.Api("/dashboard/members"));
        Assert.Equal(["乌云", "其其格", "巴特尔", "斯琴"], members.GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("member").GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync(b.Api($"/dashboard/members?organization={b.Community}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync(b.Api($"/dashboard/office?organization={b.Town}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync(b.Api($"/dashboard/office?organization={b.Gacha}"))).StatusCode);

        var town = await b.ApiAsAsync($"{b.Code}-town");
        Assert.Equal(HttpStatusCode.OK, (await town.GetAsync(b.Api($"/dashboard/members?organization={b.Community}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.GetAsync(b.Api($"/dashboard/members?organization={b.Finance}"))).StatusCode);

        var member = await b.ApiAsAsync($"{b.Code}-member");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(b.Api("/dashboard/office"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(b.Api($"/dashboard/members?organization={b.Gacha}"))).StatusCode);
        var mine = await member.GetFromJsonAsync<JsonElement>(b.Api("/dashboard/mine"));
        Assert.Equal("其其格", mine.GetProperty("member").GetProperty("name").GetString());
        // What is due next lies ahead: today's note on 05-10; once the campaign is over, nothing (missed deadlines show as late).
        Assert.Equal("2011-05-10", mine.GetProperty("next").GetProperty("nextDue").GetString());
        b.Clock.Now = SixOnesHost.Beijing(2012, 1, 5, 9);
        var afterwards = await (await b.ApiAsAsync($"{b.Code}-member")).GetFromJsonAsync<JsonElement>(b.Api("/dashboard/mine"));
        Assert.Equal(JsonValueKind.Null, afterwards.GetProperty("next").ValueKind);
        b.Clock.Now = SixOnesHost.Beijing(2011, 5, 10, 9);
        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.GetAsync(b.Api("/dashboard/mine"))).StatusCode); // the office account is no member

        var page = await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync(b.Page("/Dashboard/Mine"));
        Assert.Contains("我的“六个一”", page);
        Assert.Contains("其其格", page);
    }

    [Fact]
    public async Task Switched_off_the_plugin_is_404_for_that_jurisdiction_pages_and_api_and_leaves_the_menu()
    {
        var b = await fixture.CreateBannerAsync("dash-off");
        var browser = await b.BrowserAsAsync($"{b.Code}-admin");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(b.Page("/Dashboard"))).StatusCode);
        Assert.Contains("banner-six-ones", await browser.GetStringAsync($"/j/{b.Code}"));

        await fixture.Host.SetSwitchAsync(b.Id, SixOnesHost.PluginId, enabled: false);
        foreach (var path in new[] { "/Index", "/Dashboard", "/Dashboard/Mine", "/Dashboard/Members" })
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(b.Page(path))).StatusCode);
        foreach (var path in new[] { "/me", "/dashboard/office", "/dashboard/mine" })
            Assert.Equal(HttpStatusCode.NotFound, (await b.OfficeApi.GetAsync(b.Api(path))).StatusCode);
        Assert.DoesNotContain("banner-six-ones", await browser.GetStringAsync($"/j/{b.Code}"));
    }
}
