using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>Units and their own dates through the real host: who may set them, what is refused, stale saves, the states, the obligation.</summary>
public sealed class UnitsTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    [Fact]
    public async Task The_office_sees_every_town_gacha_and_community_and_a_town_its_own()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var all = (await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/units"))).EnumerateArray().ToList();
        Assert.Equal(["巴音高勒苏木党委", "巴彦宝力格嘎查党支部", "呼和乌拉嘎查党支部", "额肯社区党支部", "阿拉腾敖包镇党委", "阿拉腾嘎查党支部"],
            all.Select(u => u.GetProperty("name").GetString()));
        Assert.All(all, u => Assert.Equal("NoSchedule", u.GetProperty("state").GetString()));
        Assert.Equal("巴音高勒苏木党委", all[1].GetProperty("town").GetString());

        var town = await Host.ApiClientAsync("ar-town");
        var own = (await town.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/units"))).EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToList();
        Assert.Equal(4, own.Count);
        var gacha = (await town.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/units?kind=Gacha"))).EnumerateArray().ToList();
        Assert.Equal(2, gacha.Count);
        var member = await Host.ApiClientAsync("ar-member");
        Assert.Empty((await member.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/units"))).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(banner.Api(Plugin, $"/units/{banner.Org["巴音高勒苏木党委"]}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await banner.OfficeApi.GetAsync(banner.Api(Plugin, $"/units/{banner.Org["旗财政局党支部"]}"))).StatusCode);
    }

    [Fact]
    public async Task Each_unit_chooses_its_start_and_the_plugin_computes_its_ends_refusing_a_gacha_shorter_than_four_months()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        var gacha = await Host.ApiClientAsync("ar-gacha");
        string Url(long id) => banner.Api(Plugin, $"/units/{id}/schedule");

        var town = await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(Url(banner.Org["巴音高勒苏木党委"]), new { start = "2025-08-31" }), HttpStatusCode.OK);
        Assert.Equal("2026-02-28", town.GetProperty("concentratedEnd").GetString());
        Assert.Equal("2026-05-01", town.GetProperty("end").GetString());
        Assert.Equal("Consolidating", town.GetProperty("state").GetString()); // the clock is on 2026-03-10

        var refused = await Banner.JsonAsync(await gacha.PutAsJsonAsync(Url(gachaId), new { start = "2026-03-01", concentratedEnd = "2026-06-30" }), HttpStatusCode.BadRequest);
        Assert.Contains("不少于4个月", refused.GetProperty("errors").GetProperty("concentratedEnd")[0].GetString());
        var fixedTown = await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(Url(banner.Org["阿拉腾敖包镇党委"]), new { start = "2026-03-01", concentratedEnd = "2026-10-01" }), HttpStatusCode.BadRequest);
        Assert.Contains("固定为6个月", fixedTown.GetProperty("errors").GetProperty("concentratedEnd")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await gacha.PutAsJsonAsync(Url(gachaId), new { })).StatusCode);

        var saved = await Banner.JsonAsync(await gacha.PutAsJsonAsync(Url(gachaId), new { start = "2026-03-01", concentratedEnd = "2026-07-01" }), HttpStatusCode.OK);
        Assert.Equal(("2026-07-01", "2026-09-02", "Concentrated", 1), (saved.GetProperty("concentratedEnd").GetString(), saved.GetProperty("end").GetString(),
            saved.GetProperty("state").GetString(), saved.GetProperty("version").GetInt32()));

        // A stale version is a conflict; a finish before the concentrated phase ends is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await gacha.PutAsJsonAsync(Url(gachaId), new { start = "2026-03-02" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await gacha.PutAsJsonAsync(Url(gachaId), new { start = "2026-03-02", version = 7 })).StatusCode);
        var tooSoon = await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(Url(banner.Org["巴音高勒苏木党委"]),
            new { start = "2025-08-31", finishedOn = "2026-02-27", version = 1 }), HttpStatusCode.BadRequest);
        Assert.True(tooSoon.GetProperty("errors").TryGetProperty("finishedOn", out _));
        var done = await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(Url(banner.Org["巴音高勒苏木党委"]),
            new { start = "2025-08-31", finishedOn = "2026-03-09", version = 1 }), HttpStatusCode.OK);
        Assert.Equal("Done", done.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Only_the_unit_those_above_it_and_the_office_set_its_dates()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var body = new { start = "2026-03-01" };
        string Url(string org) => banner.Api(Plugin, $"/units/{banner.Org[org]}/schedule");
        var gacha = await Host.ApiClientAsync("ar-gacha");
        var other = await Host.ApiClientAsync("ar-other");
        var member = await Host.ApiClientAsync("ar-member");
        Assert.Equal(HttpStatusCode.NotFound, (await gacha.PutAsJsonAsync(Url("巴音高勒苏木党委"), body)).StatusCode);   // above it: not its to see
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync(Url("巴彦宝力格嘎查党支部"), body)).StatusCode); // another town's gacha
        Assert.Equal(HttpStatusCode.NotFound, (await member.PutAsJsonAsync(Url("巴彦宝力格嘎查党支部"), body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await Host.ApiClientAsync("ar-town")).PutAsJsonAsync(Url("呼和乌拉嘎查党支部"), body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gacha.PutAsJsonAsync(Url("巴彦宝力格嘎查党支部"), body)).StatusCode);
    }

    [Fact]
    public async Task Each_unit_owes_its_campaign_by_its_own_end_in_the_core_calendar_and_meets_it_when_it_finishes()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var townId = banner.Org["巴音高勒苏木党委"];
        await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(banner.Api(Plugin, $"/units/{townId}/schedule"), new { start = "2025-08-31" }), HttpStatusCode.OK);
        var obligations = await banner.OfficeApi.GetFromJsonAsync<JsonElement>("/api/j/ar/obligations?type=banner-third-batch.finish&pageSize=100");
        var due = obligations.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("obligedId").GetInt64() == townId);
        Assert.Equal("2026-05-01", due.GetProperty("dueOn").GetString());
        Assert.Equal("pending", due.GetProperty("status").GetString());

        await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(banner.Api(Plugin, $"/units/{townId}/schedule"),
            new { start = "2025-08-31", finishedOn = "2026-03-09", version = 1 }), HttpStatusCode.OK);
        obligations = await banner.OfficeApi.GetFromJsonAsync<JsonElement>("/api/j/ar/obligations?type=banner-third-batch.finish&pageSize=100");
        due = obligations.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("obligedId").GetInt64() == townId);
        Assert.Equal("done", due.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Switched_off_the_plugin_answers_404_everywhere()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        Assert.Equal(HttpStatusCode.OK, (await banner.OfficeApi.GetAsync(banner.Api(Plugin, "/units"))).StatusCode);
        await Host.SetSwitchAsync(banner.Id, Plugin, enabled: false);
        Assert.Equal(HttpStatusCode.NotFound, (await banner.OfficeApi.GetAsync(banner.Api(Plugin, "/units"))).StatusCode);
    }
}
