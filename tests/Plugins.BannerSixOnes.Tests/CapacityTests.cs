using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// 三、2 深化拓展能力素质建设: a member's training, post drill or secondment, kept by the officers of the member's organization
/// (and above) and the office, read by the member; the office's counts per organization and kind; the ledger.
/// </summary>
public sealed class CapacityTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    private static object Training(long personId, string title = "财务业务培训班", string startsOn = "2011-06-13", string endsOn = "2011-06-14", decimal hours = 12m) =>
        new { personId, kind = "Training", title, startsOn, endsOn, organizer = "旗财政局", hours };

    private static async Task<long> IdOf(HttpResponseMessage created) => (await created.OkJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();

    [Fact]
    public async Task Officers_of_the_members_organization_and_above_and_the_office_keep_them_and_the_member_reads_their_own()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15);
        var b = await fixture.CreateBannerAsync("cap-who");
        var (member, secretary, town) = (await b.ApiAsAsync($"{b.Code}-member"), await b.ApiAsAsync($"{b.Code}-secretary"), await b.ApiAsAsync($"{b.Code}-town"));

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(b.Api("/capacity"), Training(b.People["其其格"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(b.Api("/capacity"), Training(b.People["王芳"]))).StatusCode); // another branch's member
        var qiqige = await IdOf(await secretary.PostAsJsonAsync(b.Api("/capacity"), Training(b.People["其其格"])));
        var wangfang = await IdOf(await town.PostAsJsonAsync(b.Api("/capacity"), Training(b.People["王芳"], "社区服务岗位练兵"))); // the level above
        var zhangwei = await IdOf(await b.OfficeApi.PostAsJsonAsync(b.Api("/capacity"),
            new { personId = b.People["张伟"], kind = "Secondment", title = "挂任副镇长", startsOn = "2011-06-01", endsOn = "2011-12-31", hostUnit = "雅布赖镇人民政府", hours = 800m }));

        // The member reads her own, nothing else; the secretary his branch's; the town its own below; the office all.
        Assert.Equal([qiqige], Ids(await member.GetFromJsonAsync<JsonElement[]>(b.Api("/capacity"))));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(b.Api($"/capacity/{qiqige}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(b.Api($"/capacity/{wangfang}"))).StatusCode);
        Assert.Equal([qiqige], Ids(await secretary.GetFromJsonAsync<JsonElement[]>(b.Api("/capacity"))));
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync(b.Api($"/capacity/{zhangwei}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.GetAsync(b.Api($"/capacity?organizationId={b.Finance}"))).StatusCode);
        Assert.Equal(new[] { wangfang, qiqige }.Order(), Ids(await town.GetFromJsonAsync<JsonElement[]>(b.Api("/capacity"))).Order());
        Assert.Equal(3, (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/capacity")))!.Length);

        // Changing or deleting another organization's record: 403; the member cannot change her own.
        var row = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api($"/capacity/{wangfang}"));
        var version = row.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PutAsJsonAsync(b.Api($"/capacity/{wangfang}"),
            new { personId = b.People["王芳"], kind = "Training", title = "改", startsOn = "2011-06-13", endsOn = "2011-06-14", hours = 2m, version })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.DeleteAsync(b.Api($"/capacity/{wangfang}?version={version}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.DeleteAsync(b.Api($"/capacity/{qiqige}?version=1"))).StatusCode);

        // The pages: the member sees her record and no form; the edit page is the keepers'.
        var memberPage = await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync(b.Page("/Capacity/Index"));
        Assert.Contains("财务业务培训班", memberPage);
        Assert.DoesNotContain("社区服务岗位练兵", memberPage);
        Assert.DoesNotContain("name=\"Hours\"", memberPage);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await b.BrowserAsAsync($"{b.Code}-member")).GetAsync(b.Page($"/Capacity/Edit?id={qiqige}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await b.BrowserAsAsync($"{b.Code}-secretary")).GetAsync(b.Page($"/Capacity/Edit?id={wangfang}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await b.BrowserAsAsync($"{b.Code}-town")).GetAsync(b.Page($"/Capacity/Edit?id={wangfang}"))).StatusCode);

        // Another banner: nothing of it, through this banner's URLs or its own.
        var other = await fixture.CreateBannerAsync("cap-who-other");
        Assert.Equal(HttpStatusCode.NotFound, (await other.OfficeApi.GetAsync(b.Api($"/capacity/{qiqige}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.OfficeApi.GetAsync(b.Api("/capacity"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.OfficeApi.GetAsync(other.Api($"/capacity/{qiqige}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.OfficeApi.PutAsJsonAsync(other.Api($"/capacity/{qiqige}"), Training(other.People["其其格"]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.OfficeApi.DeleteAsync(other.Api($"/capacity/{qiqige}?version=1"))).StatusCode);
        Assert.Empty((await other.OfficeApi.GetFromJsonAsync<JsonElement[]>(other.Api("/capacity")))!);
        var intruder = await b.BrowserAsAsync($"{other.Code}-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(b.Page("/Capacity/Index"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(other.Page($"/Capacity/Edit?id={qiqige}"))).StatusCode);
        Assert.DoesNotContain("财务业务培训班", await intruder.GetStringAsync(other.Page("/Capacity/Index")));
    }

    [Fact]
    public async Task Days_and_hours_are_held_to_their_bounds()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15, 20); // 20:00 in the banner: still the 15th there
        var b = await fixture.CreateBannerAsync("cap-bounds");
        (string StartsOn, string EndsOn, decimal Hours, string? Field)[] cases =
        [
            ("2011-06-14", "2011-06-13", 8m, "endsOn"), // to before from
            ("2011-06-16", "2011-06-16", 8m, "startsOn"), // starts after today
            ("2011-06-15", "2011-06-15", 0m, "hours"),
            ("2011-06-15", "2011-06-15", 24.01m, "hours"), // one day holds 24 hours
            ("2010-06-16", "2011-06-15", 2000.01m, "hours"), // the most a record holds
            ("2011-06-15", "2011-06-15", 1.005m, "hours"), // two decimals
            ("2011-06-15", "2011-06-15", 8m, null), // from = to = today
            ("2011-06-15", "2011-06-15", 24m, null),
            ("2010-06-16", "2011-06-15", 2000m, null),
            ("2011-06-15", "2011-06-15", 0.01m, null),
        ];
        foreach (var (startsOn, endsOn, hours, field) in cases)
        {
            var answer = await b.OfficeApi.PostAsJsonAsync(b.Api("/capacity"), Training(b.People["陈静"], startsOn: startsOn, endsOn: endsOn, hours: hours));
            var what = $"{startsOn}–{endsOn} {hours}: {await answer.Content.ReadAsStringAsync()}";
            if (field is null)
            {
                Assert.True(answer.StatusCode == HttpStatusCode.Created, what);
                Assert.Equal(hours, (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hours").GetDecimal());
                continue;
            }
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, what);
            Assert.True((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), what);
        }
    }

    [Fact]
    public async Task A_secondment_names_its_host_unit_and_every_field_is_named_when_refused()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15);
        var b = await fixture.CreateBannerAsync("cap-fields");
        async Task<string[]> RefusedAsync(object body)
        {
            var answer = await b.OfficeApi.PostAsJsonAsync(b.Api("/capacity"), body);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            return [.. (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name)];
        }
        var person = b.People["刘洋"];
        Assert.Equal(["hostUnit"], await RefusedAsync(new { personId = person, kind = "Secondment", title = "挂职", startsOn = "2011-06-01", endsOn = "2011-08-31", hostUnit = " ", hours = 400m }));
        Assert.Equal(["personId"], await RefusedAsync(new { kind = "Training", title = "培训", startsOn = "2011-06-01", endsOn = "2011-06-01", hours = 4m }));
        Assert.Equal(["personId"], await RefusedAsync(new { personId = 999_999_999L, kind = "Training", title = "培训", startsOn = "2011-06-01", endsOn = "2011-06-01", hours = 4m }));
        Assert.Equal(new[] { "endsOn", "hours", "kind", "title" }, (await RefusedAsync(new { personId = person, startsOn = "2011-06-01" })).Order());
        await b.OfficeApi.PostAsJsonAsync(b.Api("/capacity"),
            new { personId = person, kind = "Secondment", title = "挂职", startsOn = "2011-06-01", endsOn = "2011-08-31", hostUnit = "阿拉善盟财政局", hours = 400m }).OkJsonAsync(HttpStatusCode.Created);
        await b.OfficeApi.PostAsJsonAsync(b.Api("/capacity"), new { personId = person, kind = "PostDrill", title = "岗位练兵", startsOn = "2011-06-02", endsOn = "2011-06-02", hours = 2m })
            .OkJsonAsync(HttpStatusCode.Created); // a drill needs no host unit
    }

    [Fact]
    public async Task A_change_or_a_delete_at_a_stale_version_is_a_conflict()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15);
        var b = await fixture.CreateBannerAsync("cap-stale");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var id = await IdOf(await secretary.PostAsJsonAsync(b.Api("/capacity"), Training(b.People["乌云"])));
        var changed = new { personId = b.People["乌云"], kind = "PostDrill", title = "牧区防疫岗位练兵", startsOn = "2011-06-10", endsOn = "2011-06-10", hours = 3.5m, version = 1 };

        var unversioned = new { personId = b.People["乌云"], kind = "PostDrill", title = "牧区防疫岗位练兵", startsOn = "2011-06-10", endsOn = "2011-06-10", hours = 3.5m };
        var refused = await secretary.PutAsJsonAsync(b.Api($"/capacity/{id}"), unversioned);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("version", await refused.Content.ReadAsStringAsync());
        var saved = await secretary.PutAsJsonAsync(b.Api($"/capacity/{id}"), changed).OkJsonAsync();
        Assert.Equal(2, saved.GetProperty("version").GetInt32());
        Assert.Equal("PostDrill", saved.GetProperty("kind").GetString());
        Assert.Equal(2, (await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api($"/capacity/{id}"))).GetProperty("version").GetInt32());
        var late = await b.OfficeApi.PutAsJsonAsync(b.Api($"/capacity/{id}"), changed with { title = "别的" });
        Assert.True(HttpStatusCode.Conflict == late.StatusCode, await late.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await b.OfficeApi.DeleteAsync(b.Api($"/capacity/{id}?version=1"))).StatusCode);
        Assert.Equal("牧区防疫岗位练兵", (await secretary.GetFromJsonAsync<JsonElement>(b.Api($"/capacity/{id}"))).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await b.OfficeApi.DeleteAsync(b.Api($"/capacity/{id}?version=2"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.GetAsync(b.Api($"/capacity/{id}"))).StatusCode);

        // The edit page says so too, and shows what is stored now.
        var again = await IdOf(await secretary.PostAsJsonAsync(b.Api("/capacity"), Training(b.People["乌云"])));
        var browser = await b.BrowserAsAsync($"{b.Code}-secretary");
        var page = b.Page($"/Capacity/Edit?id={again}");
        Assert.Contains("财务业务培训班", await browser.GetStringAsync(page));
        await secretary.PutAsJsonAsync(b.Api($"/capacity/{again}"), changed).OkJsonAsync();
        var stale = await TestHost.SubmitFormAsync(browser, page, new()
            {
                ["Version"] = "1", ["PersonId"] = b.People["乌云"].ToString(), ["Kind"] = "Training", ["Title"] = "晚到的修改",
                ["StartsOn"] = "2011-06-13", ["EndsOn"] = "2011-06-14", ["Hours"] = "12",
            }, b.Page($"/Capacity/Edit?id={again}&handler=Save"));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error\"", html);
        Assert.Contains("牧区防疫岗位练兵", html);
        Assert.DoesNotContain("晚到的修改", html);
    }

    [Fact]
    public async Task The_office_counts_per_organization_and_kind_and_the_ledger_lists_every_record()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 20);
        var b = await fixture.CreateBannerAsync("cap-count");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        await secretary.PostAsJsonAsync(b.Api("/capacity"), Training(b.People["其其格"])).OkJsonAsync(HttpStatusCode.Created);
        await secretary.PostAsJsonAsync(b.Api("/capacity"),
            new { personId = b.People["其其格"], kind = "PostDrill", title = "防疫岗位练兵", startsOn = "2011-07-01", endsOn = "2011-07-01", hours = 4m }).OkJsonAsync(HttpStatusCode.Created);
        await secretary.PostAsJsonAsync(b.Api("/capacity"), Training(b.People["乌云"], hours: 6.5m)).OkJsonAsync(HttpStatusCode.Created);
        await b.OfficeApi.PostAsJsonAsync(b.Api("/capacity"),
            new { personId = b.People["张伟"], kind = "Secondment", title = "挂任副镇长", startsOn = "2011-06-01", endsOn = "2011-12-31", hostUnit = "雅布赖镇人民政府", hours = 800m })
            .OkJsonAsync(HttpStatusCode.Created);

        var overview = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/capacity/overview"));
        JsonElement Line(string list, long organization) => overview.GetProperty(list).Items().Single(t => t.GetProperty("organizationId").GetInt64() == organization);
        var gacha = Line("organizations", b.Gacha);
        Assert.Equal((4, 2, 1, 0, 2, 22.5m), (gacha.GetProperty("members").GetInt32(), gacha.GetProperty("training").GetInt32(), gacha.GetProperty("postDrill").GetInt32(),
            gacha.GetProperty("secondment").GetInt32(), gacha.GetProperty("people").GetInt32(), gacha.GetProperty("hours").GetDecimal()));
        Assert.Equal(0, Line("organizations", b.Community).GetProperty("total").GetInt32()); // an organization with none is listed
        Assert.Equal(1, Line("organizations", b.Finance).GetProperty("secondment").GetInt32());
        // The chart's units one level down hold everything under them: the town its two branches.
        var townUnit = Line("units", b.Town);
        Assert.Equal((3, 6), (townUnit.GetProperty("total").GetInt32(), townUnit.GetProperty("members").GetInt32()));
        Assert.Equal(1, Line("units", b.Organs).GetProperty("total").GetInt32());
        // The secretary's overview is his branch only; the member's is empty.
        Assert.Equal([b.Gacha], (await secretary.GetFromJsonAsync<JsonElement>(b.Api("/capacity/overview"))).GetProperty("organizations").Items().Select(t => t.GetProperty("organizationId").GetInt64()));
        Assert.Empty((await (await b.ApiAsAsync($"{b.Code}-member")).GetFromJsonAsync<JsonElement>(b.Api("/capacity/overview"))).GetProperty("organizations").Items());

        var rows = await (await b.OfficeApi.GetAsync(b.Api("/ledgers/capacity?format=csv"))).CsvRowsAsync();
        Assert.Equal(5, rows.Count); // the heading and four records
        Assert.Contains(rows, r => r[0] == "张伟" && r[2] == "挂职锻炼" && r[6] == "雅布赖镇人民政府" && decimal.Parse(r[8], System.Globalization.CultureInfo.InvariantCulture) == 800m);
        Assert.Equal(3, (await (await b.OfficeApi.GetAsync(b.Api($"/ledgers/capacity?format=csv&organizationId={b.Gacha}"))).CsvRowsAsync()).Count - 1);
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.GetAsync(b.Api("/ledgers/capacity?format=xlsx"))).StatusCode);

        // The office page: the chart and the table; the year-end result and 我的六个一 show the member's.
        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        var page = await office.GetStringAsync(b.Page("/Capacity/Index"));
        Assert.Contains("chart stacked-bars", page);
        Assert.Contains("雅布赖镇党委", page);
        Assert.DoesNotContain("挂任副镇长", await office.GetStringAsync(b.Page("/Capacity/Index?show=Training")));
        Assert.Contains("培训 1 · 练兵 1 · 挂职 0", await office.GetStringAsync(b.Page($"/Notes/YearEnd?organizationId={b.Gacha}&sort=Name")));
        var mine = await (await b.BrowserAsAsync($"{b.Code}-member")).GetStringAsync(b.Page("/Dashboard/Mine"));
        Assert.Contains("我的能力素质建设", mine);
        Assert.Contains("防疫岗位练兵", mine);
    }

    [Fact]
    public async Task The_page_records_one_and_names_the_field_it_refuses()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 15);
        var b = await fixture.CreateBannerAsync("cap-page");
        var secretary = await b.BrowserAsAsync($"{b.Code}-secretary");
        var page = b.Page("/Capacity/Index");
        var posted = await TestHost.SubmitFormAsync(secretary, page, new()
        {
            ["PersonId"] = b.People["斯琴"].ToString(), ["Kind"] = "Secondment", ["Title"] = "挂职嘎查党支部副书记", ["StartsOn"] = "2011-06-01", ["EndsOn"] = "2011-09-30",
            ["HostUnit"] = "巴丹吉林嘎查", ["Hours"] = "320.5",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var html = await secretary.GetStringAsync(posted.Headers.Location!.OriginalString);
        Assert.Contains("已登记", html);
        Assert.Contains("挂职嘎查党支部副书记", html);
        Assert.Contains("320.5", html);

        var refused = await TestHost.SubmitFormAsync(secretary, page, new()
            { ["PersonId"] = b.People["斯琴"].ToString(), ["Kind"] = "Secondment", ["Title"] = "挂职", ["StartsOn"] = "2011-06-01", ["EndsOn"] = "2011-06-30", ["Hours"] = "100" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("挂职锻炼请填写挂职单位", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Capacity building", await secretary.GetStringAsync(b.Page("/Capacity/Index?culture=en")));
        Assert.Contains("banner-six-ones/Capacity\">能力素质建设", await secretary.GetStringAsync(b.Page("/Index"))); // listed with the measures
    }

    private static long[] Ids(JsonElement[]? rows) => [.. rows!.Select(r => r.GetProperty("id").GetInt64())];
}
