using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>三、1 查找突出问题、落实整改: each organization's officers list its problems and close them; the office sees open / overdue / done per organization.</summary>
public sealed class RectificationTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task Officers_list_and_close_their_organizations_problems_and_the_overview_counts_them()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15);
        var b = await fixture.CreateBannerAsync("rect-a");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var problem = new { organizationId = b.Gacha, problem = "党员学习不经常", foundIn = "大讨论", target = "学习制度化", measures = "每月集中学习两次", mode = "Deadline", deadline = "2011-06-20" };

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(b.Api("/problems"), problem)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(b.Api("/problems"), problem with { organizationId = b.Community })).StatusCode);
        var noDeadline = await secretary.PostAsJsonAsync(b.Api("/problems"), new { organizationId = b.Gacha, problem = "党员学习不经常", mode = "Deadline" });
        Assert.Equal(HttpStatusCode.BadRequest, noDeadline.StatusCode);
        Assert.Contains("deadline", await noDeadline.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsJsonAsync(b.Api("/problems"), problem with { problem = " " })).StatusCode);

        var created = await secretary.PostAsJsonAsync(b.Api("/problems"), problem);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var row = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = row.GetProperty("id").GetInt64();
        Assert.Equal("Open", row.GetProperty("status").GetString());
        var second = await (await b.OfficeApi.PostAsJsonAsync(b.Api("/problems"), problem with { organizationId = b.Finance, problem = "服务群众意识不强", deadline = "2011-06-30" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        // The member sees nothing of the branch's list; the secretary sees only his branch.
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(b.Api($"/problems/{id}"))).StatusCode);
        Assert.Single((await secretary.GetFromJsonAsync<JsonElement[]>(b.Api("/problems")))!);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.GetAsync(b.Api($"/problems/{second.GetProperty("id").GetInt64()}"))).StatusCode);

        // Past the deadline: overdue.
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 21);
        var overview = (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/problems/overview")))!;
        var gacha = overview.Single(t => t.GetProperty("organizationId").GetInt64() == b.Gacha);
        Assert.Equal(1, gacha.GetProperty("overdue").GetInt32());
        Assert.Equal(1, overview.Single(t => t.GetProperty("organizationId").GetInt64() == b.Finance).GetProperty("open").GetInt32());

        // 落实整改: not after today, with what was done, at the version read.
        var version = row.GetProperty("version").GetInt32();
        var future = await secretary.PostAsJsonAsync(b.Api($"/problems/{id}/complete"), new { completedOn = "2011-06-22", evidence = "已建立学习制度", version });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("completedOn", await future.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsJsonAsync(b.Api($"/problems/{id}/complete"), new { completedOn = "2011-06-21", evidence = "", version })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await secretary.PostAsJsonAsync(b.Api($"/problems/{id}/complete"), new { completedOn = "2011-06-21", evidence = "x", version = version + 5 })).StatusCode);
        var done = await secretary.PostAsJsonAsync(b.Api($"/problems/{id}/complete"), new { completedOn = "2011-06-21", evidence = "已建立学习制度", version });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("Done", (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(1, (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/problems/overview")))!
            .Single(t => t.GetProperty("organizationId").GetInt64() == b.Gacha).GetProperty("done").GetInt32());
        Assert.Single((await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/problems?status=Done")))!);

        var rows = await (await b.OfficeApi.GetAsync(b.Api("/ledgers/problems?format=csv"))).CsvRowsAsync();
        var status = rows[0].IndexOf("状态");                                    // by its header: the ledger has a cause column now
        Assert.Contains(rows, r => r.Count > status && r[1] == "党员学习不经常" && r[status] == "已整改");
    }

    [Fact]
    public async Task A_stale_edit_is_a_conflict_and_the_town_keeps_the_lists_below_it()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15);
        var b = await fixture.CreateBannerAsync("rect-b");
        var town = await b.ApiAsAsync($"{b.Code}-town");
        var created = await (await town.PostAsJsonAsync(b.Api("/problems"), new { organizationId = b.Community, problem = "活动阵地不足", mode = "Immediate" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt64();
        var version = created.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await town.PutAsJsonAsync(b.Api($"/problems/{id}"), new { problem = "活动阵地面积不足", mode = "Immediate", version })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await b.OfficeApi.PutAsJsonAsync(b.Api($"/problems/{id}"), new { problem = "别的", mode = "Immediate", version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await b.ApiAsAsync($"{b.Code}-secretary")).GetAsync(b.Api($"/problems?organizationId={b.Community}"))).StatusCode);
    }

    [Fact]
    public async Task The_pages_add_and_close_a_problem_and_show_the_overview()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15);
        var b = await fixture.CreateBannerAsync("rect-page");
        var secretary = await b.BrowserAsAsync($"{b.Code}-secretary");
        var page = b.Page($"/Rectification/Organization?organization={b.Gacha}");
        var added = await TestHost.SubmitFormAsync(secretary, page, new()
            { ["Problem"] = "牧区党员学习不便", ["FoundIn"] = "大讨论", ["Cause"] = "居住分散、交通不便", ["Target"] = "每名党员每月学习两次",
              ["Mode"] = "Deadline", ["Deadline"] = "2011-07-31", ["Measures"] = "送学上门" },
            b.Page($"/Rectification/Organization?organization={b.Gacha}&handler=Add"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var html = await secretary.GetStringAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("问题已登记", html);
        Assert.Contains("牧区党员学习不便", html);
        Assert.Contains("居住分散、交通不便", html);                               // 原因分析, its own column beside the target

        var refused = await TestHost.SubmitFormAsync(secretary, page, new() { ["Problem"] = "x", ["Mode"] = "Deadline" },
            b.Page($"/Rectification/Organization?organization={b.Gacha}&handler=Add"));
        Assert.Contains("限时整改须写明完成期限", await refused.Content.ReadAsStringAsync());

        var listed = (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/problems")))!.Single();
        var (id, version) = (listed.GetProperty("id").GetInt64(), listed.GetProperty("version").GetInt32());
        Assert.Equal(("居住分散、交通不便", "每名党员每月学习两次"), (listed.GetProperty("cause").GetString(), listed.GetProperty("target").GetString()));
        var closed = await TestHost.SubmitFormAsync(secretary, page, new()
            { ["id"] = id.ToString(), ["version"] = version.ToString(), ["completedOn"] = "2011-06-15", ["evidence"] = "已送学上门三次" },
            b.Page($"/Rectification/Organization?organization={b.Gacha}&handler=Complete"));
        Assert.True(closed.StatusCode == HttpStatusCode.Redirect, await closed.Content.ReadAsStringAsync());
        Assert.Contains("已登记整改完成", await secretary.GetStringAsync(closed.Headers.Location!.OriginalString));

        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        var overview = await office.GetStringAsync(b.Page("/Rectification/Index"));
        Assert.Contains("巴丹吉林嘎查党支部", overview);
        Assert.Contains("Outstanding problems", await office.GetStringAsync(b.Page("/Rectification/Index?culture=en")));
        Assert.Equal(HttpStatusCode.NotFound, (await (await b.BrowserAsAsync($"{b.Code}-member")).GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await b.BrowserAsAsync($"{b.Code}-town")).GetAsync(b.Page($"/Rectification/Organization?organization={b.Finance}"))).StatusCode);
        Assert.DoesNotContain("登记突出问题", await (await b.BrowserAsAsync($"{b.Code}-cadre")).GetStringAsync(b.Page("/Rectification/Index")));
    }
}
