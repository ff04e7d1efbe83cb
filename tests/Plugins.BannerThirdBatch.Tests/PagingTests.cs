using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>The lists that grow — visits, outreach contacts, sessions, notices — a page at a time with their filters and totals, through the API and the pages.</summary>
public sealed class PagingTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    private static async Task<JsonElement> GetAsync(HttpClient client, TestJurisdiction b, string path) =>
        await Banner.JsonAsync(await client.GetAsync(b.Api(Plugin, path)), HttpStatusCode.OK);

    private static int Total(JsonElement page) => page.GetProperty("total").GetInt32();
    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task Visits_come_a_page_at_a_time_latest_first_filtered_by_month_and_unit_and_a_bad_month_is_refused_by_field()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var gachaId = b.Org["巴彦宝力格嘎查党支部"];
        var groupId = (await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/guidance/groups"), GuidanceTests.BannerGroup(b, "巴彦宝力格嘎查党支部", "额肯社区党支部")),
            HttpStatusCode.Created)).GetProperty("id").GetInt64();
        foreach (var (unit, day) in new[] { ("巴彦宝力格嘎查党支部", "2026-03-01"), ("巴彦宝力格嘎查党支部", "2026-02-20"), ("额肯社区党支部", "2026-03-05") })
            await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/visits"), new { unitId = b.Org[unit], groupId, visitedOn = day, findings = $"{unit} {day}" }), HttpStatusCode.Created);

        var second = await GetAsync(b.OfficeApi, b, "/visits?page=2&pageSize=2");
        Assert.Equal((3, 2, 2), (Total(second), second.GetProperty("page").GetInt32(), second.GetProperty("pageCount").GetInt32()));
        Assert.Equal("2026-02-20", Items(second).Single().GetProperty("visitedOn").GetString());   // latest first: the oldest is last
        Assert.Equal("2026-02-20", Items(await GetAsync(b.OfficeApi, b, "/visits?sort=Day&desc=false&pageSize=1"))[0].GetProperty("visitedOn").GetString());
        Assert.Equal(1, Total(await GetAsync(b.OfficeApi, b, "/visits?month=2026-02")));
        Assert.Equal(2, Total(await GetAsync(b.OfficeApi, b, $"/visits?unitId={gachaId}")));
        Assert.Equal(["巴彦宝力格嘎查党支部", "巴彦宝力格嘎查党支部", "额肯社区党支部"],
            Items(await GetAsync(b.OfficeApi, b, "/visits?sort=Unit&desc=false")).Select(v => v.GetProperty("unit").GetString()));
        var bad = await Banner.JsonAsync(await b.OfficeApi.GetAsync(b.Api(Plugin, "/visits?month=March")), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("month", out _));
        Assert.Equal(0, Total(await GetAsync(await Host.ApiClientAsync("ar-other"), b, "/visits")));   // another town reads none of them

        var html = await (await Host.BrowserClientAsync("ar-admin")).GetStringAsync(b.Page(Plugin, "/Visits") + "?month=2026-02");
        Assert.Contains("巴彦宝力格嘎查党支部 2026-02-20", html);
        Assert.DoesNotContain("额肯社区党支部 2026-03-05", html);
    }

    [Fact]
    public async Task Outreach_contacts_page_through_the_api_and_the_page_with_their_total_and_filters()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        for (var i = 0; i < 51; i++)
            await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/outreach"), new
            {
                personId = b.People[i % 2 == 0 ? "孟和" : "萨仁"], reachedOn = new DateOnly(2026, 1, 1).AddDays(i).ToString("yyyy-MM-dd"),
                method = i % 3 == 0 ? "Letter" : "Phone", note = $"第{i}次传达",
            }), HttpStatusCode.Created);

        var third = await GetAsync(b.OfficeApi, b, "/outreach/contacts?page=3&pageSize=20");
        Assert.Equal((51, 11), (Total(third), Items(third).Count));
        Assert.Equal("第0次传达", Items(third).Last().GetProperty("note").GetString());
        Assert.Equal(17, Total(await GetAsync(b.OfficeApi, b, "/outreach/contacts?method=Letter")));
        Assert.Equal(31, Total(await GetAsync(b.OfficeApi, b, "/outreach/contacts?month=2026-01")));
        Assert.Equal(26, Total(await GetAsync(b.OfficeApi, b, $"/outreach/contacts?unitId={b.Org["巴彦宝力格嘎查党支部"]}")));
        Assert.Equal(0, Total(await GetAsync(await Host.ApiClientAsync("ar-other"), b, "/outreach/contacts")));
        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.GetAsync(b.Api(Plugin, "/outreach/contacts?month=2026-13"))).StatusCode);

        var browser = await Host.BrowserClientAsync("ar-admin");
        var first = await browser.GetStringAsync(b.Page(Plugin, "/Outreach"));
        Assert.Contains("第50次传达", first);
        Assert.DoesNotContain("第0次传达", first);
        Assert.Contains("page=2", first);   // the pager
        var last = await browser.GetStringAsync(b.Page(Plugin, "/Outreach") + "?page=2");
        Assert.Contains("第0次传达", last);
        Assert.DoesNotContain("第50次传达", last);
        Assert.Contains("第3次传达", await browser.GetStringAsync(b.Page(Plugin, "/Outreach") + "?method=Letter&culture=en"));
    }

    [Fact]
    public async Task Sessions_and_notices_page_with_kind_month_and_unread_filters()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        foreach (var (kind, day) in new[] { ("SecretaryTraining", "2026-02-10"), ("GenPing", "2026-03-02"), ("GenPing", "2026-03-06") })
            await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/sessions"),
                new { kind, title = $"{kind} {day}", heldOn = day, hours = 2, attendees = new[] { b.People["乌云"] } }), HttpStatusCode.Created);
        var held = await GetAsync(b.OfficeApi, b, "/sessions/held?page=2&pageSize=2");
        Assert.Equal(3, Total(held));
        Assert.Equal("SecretaryTraining 2026-02-10", Items(held).Single().GetProperty("title").GetString());
        Assert.Equal(2, Total(await GetAsync(b.OfficeApi, b, "/sessions/held?kind=GenPing")));
        Assert.Equal(1, Total(await GetAsync(b.OfficeApi, b, "/sessions/held?month=2026-02")));
        Assert.Contains("GenPing 2026-03-06", await (await Host.BrowserClientAsync("ar-gacha")).GetStringAsync(b.Page(Plugin, "/Sessions") + "?kind=GenPing"));

        var ids = new List<long>();
        foreach (var day in new[] { "2026-02-01", "2026-03-01", "2026-03-05" })
            ids.Add((await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/systems/notices"), new { title = $"通报 {day}", body = "……", day }), HttpStatusCode.Created))
                .GetProperty("id").GetInt64());
        var gacha = await Host.ApiClientAsync("ar-gacha");
        var notices = await GetAsync(gacha, b, "/systems/notices?page=2&pageSize=2");
        Assert.Equal(3, Total(notices));
        Assert.Equal("通报 2026-02-01", Items(notices).Single().GetProperty("title").GetString());
        Assert.Equal(2, Total(await GetAsync(gacha, b, "/systems/notices?month=2026-03")));
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(b.Api(Plugin, $"/systems/notices/{ids[0]}/read"), new { unitId = b.Org["巴彦宝力格嘎查党支部"] }), HttpStatusCode.OK);
        Assert.Equal(2, Total(await GetAsync(gacha, b, "/systems/notices?unread=true")));   // the gacha read one
        Assert.Equal(3, Total(await GetAsync(b.OfficeApi, b, "/systems/notices?unread=true")));   // other units have not
        var page = await (await Host.BrowserClientAsync("ar-gacha")).GetStringAsync(b.Page(Plugin, "/Systems/Notices") + "?unread=true");
        Assert.DoesNotContain("通报 2026-02-01", page);
        Assert.Contains("通报 2026-03-05", page);
    }
}
