using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>好做法、好经验: organizations' officers report, the banner office features (精选), everyone in the banner sees the featured ones.</summary>
public sealed class PracticeTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task Officers_report_for_their_organization_the_office_features_and_everyone_sees_featured_ones()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15);
        var b = await fixture.CreateBannerAsync("prac-a");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var town = await b.ApiAsAsync($"{b.Code}-town");

        var practice = new { organizationId = b.Gacha, title = "“双带”党员结对帮扶", body = "党员联系牧户，每月走访一次。", date = "2011-06-10" };
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(b.Api("/practices"), practice)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(b.Api("/practices"), practice with { organizationId = b.Community })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsJsonAsync(b.Api("/practices"), practice with { title = " " })).StatusCode);
        var future = await secretary.PostAsJsonAsync(b.Api("/practices"), practice with { date = "2011-06-16" });
        Assert.Contains("date", await future.Content.ReadAsStringAsync());

        var created = await secretary.PostAsJsonAsync(b.Api("/practices"), practice);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        // The town's officer reports for the community below the town.
        Assert.Equal(HttpStatusCode.Created, (await town.PostAsJsonAsync(b.Api("/practices"), practice with { organizationId = b.Community, title = "社区党员志愿服务站" })).StatusCode);

        // Not featured: the member (no officer) does not see it; the town above does.
        Assert.Empty((await member.GetFromJsonAsync<JsonElement[]>(b.Api("/practices")))!);
        Assert.Equal(2, (await town.GetFromJsonAsync<JsonElement[]>(b.Api($"/practices?organizationId={b.Town}")))!.Length);
        Assert.Single((await town.GetFromJsonAsync<JsonElement[]>(b.Api($"/practices?organizationId={b.Gacha}")))!);

        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(b.Api($"/practices/{id}/feature"), new { note = "好" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.PostAsJsonAsync(b.Api($"/practices/{id}/feature"), new { note = "" })).StatusCode);
        var featured = await b.OfficeApi.PostAsJsonAsync(b.Api($"/practices/{id}/feature"), new { note = "值得全旗推广" });
        Assert.Equal(HttpStatusCode.OK, featured.StatusCode);

        var seen = Assert.Single((await member.GetFromJsonAsync<JsonElement[]>(b.Api("/practices")))!);
        Assert.Equal("值得全旗推广", seen.GetProperty("featuredNote").GetString());
        var top = Assert.Single((await member.GetFromJsonAsync<JsonElement[]>(b.Api("/practices/featured?n=5")))!);
        Assert.Equal("巴丹吉林嘎查党支部", top.GetProperty("organization").GetString());
        Assert.Equal(2, (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/practices?from=2011-06-10&to=2011-06-10")))!.Length);
        Assert.Single((await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/practices?featured=false")))!);

        // On the overview page for a plain member.
        var overview = await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync(b.Page("/Index"));
        Assert.Contains("“双带”党员结对帮扶", overview);
        Assert.Contains("值得全旗推广", overview);

        var csv = await b.OfficeApi.GetAsync(b.Api("/ledgers/practices?format=csv"));
        var rows = await csv.CsvRowsAsync();
        Assert.Equal(["单位", "标题", "日期", "报送人", "报送时间", "精选", "精选推荐语"], rows.First(r => r.Contains("单位")));
        Assert.Contains(rows, r => r.Count > 5 && r[1] == "“双带”党员结对帮扶" && r[5] == "是");
    }

    [Fact]
    public async Task An_edit_against_an_older_version_is_a_conflict()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15);
        var b = await fixture.CreateBannerAsync("prac-b");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var created = await (await secretary.PostAsJsonAsync(b.Api("/practices"),
            new { organizationId = b.Gacha, title = "流动党员微信群", body = "外出党员按月报到。", date = "2011-06-01" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt64();
        var version = created.GetProperty("version").GetInt32();

        var first = await secretary.PutAsJsonAsync(b.Api($"/practices/{id}"), new { title = "流动党员联系群", body = "外出党员按月报到。", date = "2011-06-01", version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await b.OfficeApi.PutAsJsonAsync(b.Api($"/practices/{id}"), new { title = "别的标题", body = "x", date = "2011-06-01", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await b.ApiAsAsync($"{b.Code}-member")).PutAsJsonAsync(b.Api($"/practices/{id}"),
            new { title = "x", body = "x", date = "2011-06-01", version = version + 1 })).StatusCode);
        Assert.Equal("流动党员联系群", (await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api($"/practices/{id}"))).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_pages_list_report_and_feature()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15);
        var b = await fixture.CreateBannerAsync("prac-page");
        var secretary = await b.BrowserAsAsync($"{b.Code}-secretary");
        var sent = await TestHost.SubmitFormAsync(secretary, b.Page("/Practices/Index"), new()
            { ["reportOrganizationId"] = b.Gacha.ToString(), ["title"] = "牧民夜校", ["body"] = "每周两晚学习。", ["date"] = "2011-06-14" },
            b.Page("/Practices/Index?handler=Submit"));
        Assert.Contains("已报送", await sent.Content.ReadAsStringAsync());
        var id = (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/practices")))!.Single().GetProperty("id").GetInt64();

        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        var featured = await TestHost.SubmitFormAsync(office, b.Page("/Practices/Index"), new()
            { ["id"] = id.ToString(), ["version"] = "0", ["note"] = "形式新颖" }, b.Page("/Practices/Index?handler=Feature"));
        Assert.Contains("已精选", await featured.Content.ReadAsStringAsync());
        Assert.Contains("形式新颖", await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync(b.Page("/Practices/Index")));
        var ledger = await office.GetAsync(b.Page("/Practices/Index?handler=Ledger&format=xlsx"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ledger.Content.Headers.ContentType!.MediaType);
    }
}
