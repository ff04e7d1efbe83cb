using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>三(二) 指导小组 (the banner's, to every unit) and 指导检查组 (a sumu/town's, to its own gacha and communities).</summary>
public sealed class GuidanceTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = ["/guidance/groups", "/guidance/groups/{id}", "/guidance/coverage", "/guidance/mine"];
    public static readonly string[] Pages = ["/Guidance", "/Guidance/Mine"];

    public static object BannerGroup(TestJurisdiction banner, params string[] units) => new
    {
        name = "旗委第一指导小组",
        leaderId = banner.People["组织部长"],
        memberIds = new[] { banner.People["王强"] },
        unitIds = units.Select(u => banner.Org[u]).ToArray(),
    };

    public static object TownGroup(TestJurisdiction banner, params string[] units) => new
    {
        name = "巴音高勒苏木指导检查组",
        senderTownId = banner.Org["巴音高勒苏木党委"],
        leaderId = banner.People["阿拉坦"],
        memberIds = Array.Empty<long>(),
        unitIds = units.Select(u => banner.Org[u]).ToArray(),
    };

    [Fact]
    public async Task A_unit_without_a_banner_group_or_without_its_towns_group_is_flagged()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var groups = banner.Api(Plugin, "/guidance/groups");
        var coverage = await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/guidance/coverage"));
        Assert.Equal(6, coverage.GetProperty("withoutBannerGroup").GetArrayLength());

        await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(groups, BannerGroup(banner, "巴音高勒苏木党委", "巴彦宝力格嘎查党支部", "呼和乌拉嘎查党支部", "额肯社区党支部", "阿拉腾敖包镇党委")), HttpStatusCode.Created);
        var town = await Host.ApiClientAsync("ar-town");
        await Banner.JsonAsync(await town.PostAsJsonAsync(groups, TownGroup(banner, "巴彦宝力格嘎查党支部", "呼和乌拉嘎查党支部")), HttpStatusCode.Created);

        coverage = await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/guidance/coverage"));
        Assert.Equal(["阿拉腾嘎查党支部"], coverage.GetProperty("withoutBannerGroup").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(["额肯社区党支部", "阿拉腾嘎查党支部"], coverage.GetProperty("withoutTownGroup").EnumerateArray().Select(u => u.GetString()));
        var figures = coverage.GetProperty("banner").EnumerateArray().ToList();
        Assert.Equal(6, figures.Count);
        Assert.Equal(5, figures.Count(f => f.GetProperty("done").GetInt32() == 1));
        Assert.Equal(4, coverage.GetProperty("town").GetArrayLength());
        // The overviews' column: the banner's guidance groups per unit.
        var progress = await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/progress"));
        var columns = progress.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!);
        Assert.Equal((5, 6), (columns["guidance-group"].GetProperty("done").GetInt32(), columns["guidance-group"].GetProperty("owed").GetInt32()));
        Assert.True(columns.ContainsKey("checklist"));
    }

    [Fact]
    public async Task A_towns_group_is_refused_for_another_towns_gacha_and_only_the_sender_changes_a_group()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var groups = banner.Api(Plugin, "/guidance/groups");
        var town = await Host.ApiClientAsync("ar-town");
        var other = await Host.ApiClientAsync("ar-other");
        var gacha = await Host.ApiClientAsync("ar-gacha");

        var refused = await Banner.JsonAsync(await town.PostAsJsonAsync(groups, TownGroup(banner, "巴彦宝力格嘎查党支部", "阿拉腾嘎查党支部")), HttpStatusCode.BadRequest);
        Assert.Contains(banner.Org["阿拉腾嘎查党支部"].ToString(), refused.GetProperty("errors").GetProperty("unitIds")[0].GetString());
        // A town's group cannot cover the town itself either; the banner's may cover any unit, but only the office sends it.
        Assert.Equal(HttpStatusCode.BadRequest, (await town.PostAsJsonAsync(groups, TownGroup(banner, "巴音高勒苏木党委"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.PostAsJsonAsync(groups, BannerGroup(banner, "巴彦宝力格嘎查党支部"))).StatusCode);
        var unseen = await Banner.JsonAsync(await other.PostAsJsonAsync(groups, TownGroup(banner, "巴彦宝力格嘎查党支部")), HttpStatusCode.BadRequest);
        Assert.True(unseen.GetProperty("errors").TryGetProperty("senderTownId", out _));

        var created = await Banner.JsonAsync(await town.PostAsJsonAsync(groups, TownGroup(banner, "巴彦宝力格嘎查党支部")), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal(1, created.GetProperty("version").GetInt32());
        string One() => banner.Api(Plugin, $"/guidance/groups/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, (await gacha.PutAsJsonAsync(One(), TownGroup(banner, "巴彦宝力格嘎查党支部"))).StatusCode); // sees it, did not send it
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync(One(), TownGroup(banner, "巴彦宝力格嘎查党支部"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(One())).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await town.PutAsJsonAsync(One(), TownGroup(banner, "巴彦宝力格嘎查党支部", "额肯社区党支部"))).StatusCode);
        var changed = await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(One(), new
        {
            name = "巴音高勒苏木指导检查组", senderTownId = banner.Org["巴音高勒苏木党委"], leaderId = banner.People["阿拉坦"],
            unitIds = new[] { banner.Org["巴彦宝力格嘎查党支部"], banner.Org["额肯社区党支部"] }, version = 1,
        }), HttpStatusCode.OK);
        Assert.Equal(2, changed.GetProperty("units").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await banner.OfficeApi.PostAsJsonAsync(groups, new { name = "", unitIds = Array.Empty<long>() })).StatusCode);
    }

    [Fact]
    public async Task A_group_member_sees_my_units_with_their_state()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(banner.Api(Plugin, $"/units/{banner.Org["阿拉腾嘎查党支部"]}/schedule"), new { start = "2026-03-01" }), HttpStatusCode.OK);
        await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/guidance/groups"), BannerGroup(banner, "阿拉腾嘎查党支部", "额肯社区党支部")), HttpStatusCode.Created);
        var member = await Host.ApiClientAsync("ar-member"); // 王强, a member of the banner group
        var mine = (await member.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/guidance/mine"))).EnumerateArray().ToList();
        Assert.Equal(["额肯社区党支部", "阿拉腾嘎查党支部"], mine.Select(u => u.GetProperty("unit").GetProperty("name").GetString()));
        Assert.Equal("Concentrated", mine[1].GetProperty("unit").GetProperty("state").GetString());
        Assert.Equal(0, mine[1].GetProperty("openFollowUps").GetInt32());
        Assert.Empty((await (await Host.ApiClientAsync("ar-other")).GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/guidance/mine"))).EnumerateArray());
        // A member reads the groups they are in.
        Assert.Single((await member.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/guidance/groups"))).EnumerateArray());
    }
}
