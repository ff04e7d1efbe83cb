using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>三、1 大讨论: the office opens the topic, members post, the office sees participation per organization.</summary>
public sealed class DiscussionTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task The_office_opens_members_post_and_participation_is_counted_per_organization()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1);
        var b = await fixture.CreateBannerAsync("disc-a");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var topic = new { topic = "“加强党性锻炼、提高综合素质、推动科学发展”大讨论", heldOn = "2011-06-01" };

        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(b.Api("/discussions"), topic)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.PostAsJsonAsync(b.Api("/discussions"), new { topic = " ", heldOn = "2011-06-01" })).StatusCode);
        var opened = await b.OfficeApi.PostAsJsonAsync(b.Api("/discussions"), topic);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var id = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.BadRequest, (await member.PostAsJsonAsync(b.Api($"/discussions/{id}/contributions"), new { text = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await member.PostAsJsonAsync(b.Api($"/discussions/{id}/contributions"), new { text = "牧区党员要带头学习。" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await cadre.PostAsJsonAsync(b.Api($"/discussions/{id}/contributions"), new { text = "机关要提高服务效率。" })).StatusCode);
        // A member posts only their own; the office records one for 乌云.
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(b.Api($"/discussions/{id}/contributions"), new { text = "x", personId = b.People["乌云"] })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await b.OfficeApi.PostAsJsonAsync(b.Api($"/discussions/{id}/contributions"), new { text = "会上发言整理。", personId = b.People["乌云"] })).StatusCode);

        var view = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api($"/discussions/{id}"));
        var gacha = view.GetProperty("participation").EnumerateArray().Single(p => p.GetProperty("organizationId").GetInt64() == b.Gacha);
        Assert.Equal(4, gacha.GetProperty("members").GetInt32());
        Assert.Equal(2, gacha.GetProperty("spoken").GetInt32());
        Assert.Equal(1, view.GetProperty("participation").EnumerateArray().Single(p => p.GetProperty("organizationId").GetInt64() == b.Finance).GetProperty("spoken").GetInt32());
        Assert.Equal(3, view.GetProperty("visible").GetArrayLength());

        // The secretary sees his branch only; the member her own contribution and no one else's.
        var his = await secretary.GetFromJsonAsync<JsonElement>(b.Api($"/discussions/{id}"));
        Assert.Equal(2, his.GetProperty("visible").GetArrayLength());
        Assert.Single(his.GetProperty("participation").EnumerateArray());
        var hers = await member.GetFromJsonAsync<JsonElement>(b.Api($"/discussions/{id}"));
        Assert.Equal(0, hers.GetProperty("visible").GetArrayLength());
        Assert.Equal("牧区党员要带头学习。", hers.GetProperty("mine").GetProperty("text").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsync(b.Api($"/discussions/{id}/close"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.PostAsync(b.Api($"/discussions/{id}/close"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await member.PostAsJsonAsync(b.Api($"/discussions/{id}/contributions"), new { text = "再补充一点。" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(b.Api("/discussions/999999"))).StatusCode);
    }

    [Fact]
    public async Task The_pages_open_a_topic_and_take_a_members_contribution()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1);
        var b = await fixture.CreateBannerAsync("disc-page");
        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        var opened = await TestHost.SubmitFormAsync(office, b.Page("/Discussion/Index"), new() { ["Topic"] = "大讨论：怎样提高综合素质", ["HeldOn"] = "2011-06-01" },
            b.Page("/Discussion/Index?handler=Open"));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var id = (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/discussions")))!.Single().GetProperty("id").GetInt64();

        var member = await b.BrowserAsAsync($"{b.Code}-member");
        var page = b.Page($"/Discussion/Topic?id={id}");
        var posted = await TestHost.SubmitFormAsync(member, page, new() { ["Contribution"] = "立足本职，争创一流。" }, b.Page($"/Discussion/Topic?id={id}&handler=Contribute"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("发言已提交", await member.GetStringAsync(posted.Headers.Location!.OriginalString));
        var refused = await TestHost.SubmitFormAsync(member, page, new() { ["Contribution"] = " " }, b.Page($"/Discussion/Topic?id={id}&handler=Contribute"));
        Assert.Contains("请写下发言内容", await refused.Content.ReadAsStringAsync());

        var overview = await office.GetStringAsync(page);
        Assert.Contains("各组织参与情况", overview);
        Assert.Contains("立足本职，争创一流。", overview);
        Assert.Contains("Participation per organization", await office.GetStringAsync(page + "&culture=en"));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(b.Page("/Discussion/Topic?id=999999"))).StatusCode);
    }
}
