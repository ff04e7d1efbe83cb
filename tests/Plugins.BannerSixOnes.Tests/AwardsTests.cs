using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>三、3 完善激励机制、明确奖惩: the office records awards and penalties; members see theirs; the year-end result counts them.</summary>
public sealed class AwardsTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task The_office_records_awards_and_penalties_and_the_year_end_counts_a_members()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 2);
        var b = await fixture.CreateBannerAsync("award-a");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var award = new { kind = "Award", personId = b.People["其其格"], title = "优秀共产党员", reason = "学习笔记坚持每日记录", awardedOn = "2011-07-01" };

        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(b.Api("/awards"), award)).StatusCode);
        var future = await b.OfficeApi.PostAsJsonAsync(b.Api("/awards"), award with { awardedOn = "2011-07-03" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("awardedOn", await future.Content.ReadAsStringAsync());
        Assert.Contains("reason", await (await b.OfficeApi.PostAsJsonAsync(b.Api("/awards"), award with { reason = "" })).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await b.OfficeApi.PostAsJsonAsync(b.Api("/awards"), award)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await b.OfficeApi.PostAsJsonAsync(b.Api("/awards"),
            new { kind = "Penalty", personId = b.People["乌云"], title = "通报批评", reason = "无故缺席党性教育", awardedOn = "2011-07-02" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await b.OfficeApi.PostAsJsonAsync(b.Api("/awards"),
            new { kind = "Award", organizationId = b.Finance, title = "先进基层党组织", reason = "六个一各项走在前列", awardedOn = "2011-07-01" })).StatusCode);

        Assert.Single((await member.GetFromJsonAsync<JsonElement[]>(b.Api("/awards")))!);
        Assert.Equal(2, (await secretary.GetFromJsonAsync<JsonElement[]>(b.Api("/awards")))!.Length);
        Assert.Equal(3, (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/awards")))!.Length);

        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        var yearEnd = await office.GetStringAsync(b.Page($"/Notes/YearEnd?organizationId={b.Gacha}&sort=Name"));
        Assert.Contains("奖 1 · 惩 0", yearEnd);
        Assert.Contains("奖 0 · 惩 1", yearEnd);
        Assert.Contains("优秀共产党员", await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync(b.Page("/Dashboard/Mine")));
        var rows = await (await b.OfficeApi.GetAsync(b.Api("/ledgers/awards?format=csv"))).CsvRowsAsync();
        Assert.Contains(rows, r => r.Count > 3 && r[3] == "先进基层党组织");
    }

    [Fact]
    public async Task The_page_records_one()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 2);
        var b = await fixture.CreateBannerAsync("award-page");
        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        var posted = await TestHost.SubmitFormAsync(office, b.Page("/Awards/Index"), new()
            { ["Kind"] = "Award", ["PersonId"] = b.People["张伟"].ToString(), ["Title"] = "优秀党务工作者", ["Reason"] = "调研报告获评优秀", ["AwardedOn"] = "2011-07-01" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("优秀党务工作者", await office.GetStringAsync(posted.Headers.Location!.OriginalString));
        var refused = await TestHost.SubmitFormAsync(office, b.Page("/Awards/Index"), new() { ["Kind"] = "Penalty", ["Title"] = "x", ["Reason"] = "y", ["AwardedOn"] = "2011-07-01" });
        Assert.Contains("请选择受奖惩的党员或组织", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Incentives", await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync(b.Page("/Awards/Index?culture=en")));
    }
}
