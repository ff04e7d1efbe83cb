using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>二(三) 困难嘎查: a sumu/town marks its own gacha struggling (another town's is not its to mark), stale saves refused; per town struggling, assisted, not yet.</summary>
public sealed class StrugglingTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = ["/struggling", "/struggling?townId={townId}", "/struggling/{unitId}", "/ledgers/struggling"];
    public static readonly string[] Pages = [];

    private static object Mark(string kind = "Difficult", string? reason = "无固定活动场所", string day = "2026-03-01", int? version = null, bool struggling = true) =>
        new { struggling, kind, reason, markedOn = day, version };

    private static JsonElement TownOf(JsonElement overview, long townId) =>
        overview.GetProperty("towns").EnumerateArray().Single(t => t.ValueKind == JsonValueKind.Object && t.GetProperty("townId").ValueKind == JsonValueKind.Number && t.GetProperty("townId").GetInt64() == townId);

    [Fact]
    public async Task A_town_marks_only_its_own_gacha_the_gacha_itself_may_not_and_a_stale_version_is_409()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var gachaId = b.Org["巴彦宝力格嘎查党支部"];
        string Url(long id) => b.Api(Plugin, $"/struggling/{id}");
        var town = await Host.ApiClientAsync("ar-town");
        var other = await Host.ApiClientAsync("ar-other");

        var marked = await Banner.JsonAsync(await town.PutAsJsonAsync(Url(gachaId), Mark()), HttpStatusCode.OK);
        Assert.Equal((true, "Difficult", 1), (marked.GetProperty("struggling").GetBoolean(), marked.GetProperty("kind").GetString(), marked.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync(Url(gachaId), Mark(version: 1))).StatusCode);   // another town's gacha: it does not see it
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url(gachaId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Host.ApiClientAsync("ar-gacha")).PutAsJsonAsync(Url(gachaId), Mark(version: 1))).StatusCode);   // the gacha itself
        await Banner.JsonAsync(await other.PutAsJsonAsync(Url(b.Org["阿拉腾嘎查党支部"]), Mark("Lax", "班子软弱")), HttpStatusCode.OK);   // its own

        Assert.Equal(HttpStatusCode.Conflict, (await town.PutAsJsonAsync(Url(gachaId), Mark())).StatusCode);   // marked already: no version read
        var changed = await Banner.JsonAsync(await town.PutAsJsonAsync(Url(gachaId), Mark("Lax", "班子软弱涣散", version: 1)), HttpStatusCode.OK);
        Assert.Equal(("Lax", 2), (changed.GetProperty("kind").GetString(), changed.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, (await b.OfficeApi.PutAsJsonAsync(Url(gachaId), Mark(version: 1))).StatusCode);

        foreach (var (body, field) in new (object, string)[] { (Mark(reason: " ", version: 2), "reason"), (Mark(day: "2026-03-11", version: 2), "markedOn") })
        {
            var refused = await Banner.JsonAsync(await town.PutAsJsonAsync(Url(gachaId), body), HttpStatusCode.BadRequest);
            Assert.True(refused.GetProperty("errors").TryGetProperty(field, out _), field);
        }
        var ofTown = await Banner.JsonAsync(await town.PutAsJsonAsync(Url(b.Org["巴音高勒苏木党委"]), Mark()), HttpStatusCode.BadRequest);
        Assert.True(ofTown.GetProperty("errors").TryGetProperty("unitId", out _));
    }

    [Fact]
    public async Task Per_town_the_struggling_gacha_those_assisted_and_those_not_yet_on_the_api_the_pages_and_the_ledger()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var townId = b.Org["巴音高勒苏木党委"];
        var town = await Host.ApiClientAsync("ar-town");
        await Banner.JsonAsync(await town.PutAsJsonAsync(b.Api(Plugin, $"/struggling/{b.Org["巴彦宝力格嘎查党支部"]}"), Mark()), HttpStatusCode.OK);
        await Banner.JsonAsync(await town.PutAsJsonAsync(b.Api(Plugin, $"/struggling/{b.Org["额肯社区党支部"]}"), Mark("Lax", "组织涣散")), HttpStatusCode.OK);
        await Banner.JsonAsync(await town.PutAsJsonAsync(b.Api(Plugin, $"/struggling/{b.Org["呼和乌拉嘎查党支部"]}"), Mark()), HttpStatusCode.OK);
        await Banner.JsonAsync(await town.PutAsJsonAsync(b.Api(Plugin, $"/struggling/{b.Org["呼和乌拉嘎查党支部"]}"), Mark(reason: null, version: 1, struggling: false)), HttpStatusCode.OK);

        // Help to the gacha's organization counts; help to a member of the community does not.
        await Banner.JsonAsync(await town.PostAsJsonAsync(b.Api(Plugin, "/assistance"), new { kind = "Funds", unitId = b.Org["巴彦宝力格嘎查党支部"], amount = 5000m, givenOn = "2026-03-05" }), HttpStatusCode.Created);
        await Banner.JsonAsync(await town.PostAsJsonAsync(b.Api(Plugin, "/assistance"), new { kind = "Member", personId = b.People["萨仁"], amount = 300m, detail = "慰问", givenOn = "2026-03-05" }), HttpStatusCode.Created);

        var overview = await Banner.JsonAsync(await b.OfficeApi.GetAsync(b.Api(Plugin, "/struggling")), HttpStatusCode.OK);
        var mine = TownOf(overview, townId);
        Assert.Equal((2, 1, 1), (mine.GetProperty("struggling").GetInt32(), mine.GetProperty("assisted").GetInt32(), mine.GetProperty("notAssisted").GetInt32()));
        var theOther = TownOf(overview, b.Org["阿拉腾敖包镇党委"]);
        Assert.Equal((0, 0, 0), (theOther.GetProperty("struggling").GetInt32(), theOther.GetProperty("assisted").GetInt32(), theOther.GetProperty("notAssisted").GetInt32()));
        var seenByOther = await Banner.JsonAsync(await (await Host.ApiClientAsync("ar-other")).GetAsync(b.Api(Plugin, "/struggling")), HttpStatusCode.OK);
        Assert.Equal(0, seenByOther.GetProperty("all").GetProperty("struggling").GetInt32());

        var townPage = await (await Host.BrowserClientAsync("ar-town")).GetStringAsync(b.Page(Plugin, $"/Town/{townId}"));
        Assert.Contains("组织涣散", townPage);
        Assert.Contains("尚未帮扶", townPage);
        Assert.Contains("已帮扶 1 次", townPage);
        var office = await (await Host.BrowserClientAsync("ar-admin")).GetStringAsync(b.Page(Plugin, "") + "?culture=en");
        Assert.Contains("Struggling gacha assisted", office);
        Assert.Contains("额肯社区党支部", office);

        var csv = await (await b.OfficeApi.GetAsync(b.Api(Plugin, "/ledgers/struggling?format=csv"))).CsvRowsAsync();
        Assert.Contains(csv, r => r[1] == "巴彦宝力格嘎查党支部" && r[7] == "是");
        Assert.Contains(csv, r => r[1] == "额肯社区党支部" && r[2] == "软弱涣散" && r[7] == "否");
        Assert.DoesNotContain(csv, r => r[1] == "呼和乌拉嘎查党支部");
    }

    [Fact]
    public async Task The_town_page_form_marks_a_gacha_and_shows_a_missing_reason_by_its_field()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var townId = b.Org["巴音高勒苏木党委"];
        var browser = await Host.BrowserClientAsync("ar-town");
        var page = b.Page(Plugin, $"/Town/{townId}");
        var refused = await TestHost.SubmitFormAsync(browser, page, new() { ["unitId"] = b.Org["巴彦宝力格嘎查党支部"].ToString(), ["struggling"] = "true", ["kind"] = "Difficult", ["reason"] = "", ["markedOn"] = "2026-03-02" }, page + "?handler=Mark");
        Assert.Contains("请写明认定的原因", await refused.Content.ReadAsStringAsync());
        var saved = await TestHost.SubmitFormAsync(browser, page, new() { ["unitId"] = b.Org["巴彦宝力格嘎查党支部"].ToString(), ["struggling"] = "true", ["kind"] = "Difficult", ["reason"] = "缺少活动经费", ["markedOn"] = "2026-03-02" }, page + "?handler=Mark");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("缺少活动经费", await browser.GetStringAsync(page));
    }
}
