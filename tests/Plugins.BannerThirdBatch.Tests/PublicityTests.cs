using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>三(三) 宣传好做法、好经验和先进典型: a unit reports, the office selects (channel, day) or returns with a reason.</summary>
public sealed class PublicityTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = ["/publicity", "/publicity/{publicityId}", "/ledgers/publicity"];
    public static readonly string[] Pages = ["/Publicity"];

    [Fact]
    public async Task A_unit_reports_a_model_member_and_the_office_selects_it_for_the_radio()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        var gacha = await Host.ApiClientAsync("ar-gacha");
        var other = await Host.ApiClientAsync("ar-other");
        string Url(string tail = "") => banner.Api(Plugin, $"/publicity{tail}");

        var noPerson = await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url(), new { unitId = gachaId, kind = "TypicalMember", title = "扎根牧区的好支书", story = "……" }), HttpStatusCode.BadRequest);
        Assert.True(noPerson.GetProperty("errors").TryGetProperty("personId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await other.PostAsJsonAsync(Url(), new { unitId = gachaId, kind = "Practice", title = "t", story = "s" })).StatusCode);
        var reported = await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url(), new { unitId = gachaId, kind = "TypicalMember", title = "扎根牧区的好支书", personId = banner.People["乌云"], story = "……" }), HttpStatusCode.Created);
        var id = reported.GetProperty("id").GetInt64();
        Assert.Equal(("Reported", "2026-03-10"), (reported.GetProperty("state").GetString(), reported.GetProperty("reportedOn").GetString()));

        Assert.Equal(HttpStatusCode.Forbidden, (await gacha.PostAsJsonAsync(Url($"/{id}/select"), new { channel = "Radio", day = "2026-03-10", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(Url($"/{id}/select"), new { channel = "Radio", day = "2026-03-10", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url($"/{id}"))).StatusCode);
        var noChannel = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(Url($"/{id}/select"), new { day = "2026-03-10", version = 1 }), HttpStatusCode.BadRequest);
        Assert.True(noChannel.GetProperty("errors").TryGetProperty("channel", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await banner.OfficeApi.PostAsJsonAsync(Url($"/{id}/select"), new { channel = "Radio", day = "2026-03-09", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await banner.OfficeApi.PostAsJsonAsync(Url($"/{id}/select"), new { channel = "Radio", day = "2026-03-12", version = 3 })).StatusCode);
        var selected = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(Url($"/{id}/select"), new { channel = "Radio", day = "2026-03-12", version = 1 }), HttpStatusCode.OK);
        Assert.Equal(("Selected", "广播", "2026-03-12"), (selected.GetProperty("state").GetString(), selected.GetProperty("channelName").GetString(), selected.GetProperty("publishedOn").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await banner.OfficeApi.PostAsJsonAsync(Url($"/{id}/return"), new { reason = "x", version = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await gacha.PutAsJsonAsync(Url($"/{id}"), new { kind = "TypicalMember", title = "t", personId = banner.People["乌云"], story = "s", version = 2 })).StatusCode);

        var csv = await (await banner.OfficeApi.GetAsync(banner.Api(Plugin, "/ledgers/publicity?format=csv"))).CsvRowsAsync();
        Assert.Contains(csv, r => r[0] == "巴彦宝力格嘎查党支部" && r.Contains("已选用") && r.Contains("广播"));
        Assert.Equal(HttpStatusCode.OK, (await banner.OfficeApi.GetAsync(banner.Api(Plugin, "/ledgers/publicity"))).StatusCode);
    }

    [Fact]
    public async Task A_returned_report_carries_its_reason_and_is_revised_and_reported_again()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        var gacha = await Host.ApiClientAsync("ar-gacha");
        string Url(string tail = "") => banner.Api(Plugin, $"/publicity{tail}");
        var id = (await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url(), new { unitId = gachaId, kind = "Practice", title = "流动党员微信群", story = "……", day = "2026-03-08" }), HttpStatusCode.Created))
            .GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.BadRequest, (await banner.OfficeApi.PostAsJsonAsync(Url($"/{id}/return"), new { version = 1 })).StatusCode);
        var returned = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(Url($"/{id}/return"), new { reason = "请补充具体成效", version = 1 }), HttpStatusCode.OK);
        Assert.Equal(("Returned", "请补充具体成效"), (returned.GetProperty("state").GetString(), returned.GetProperty("returnReason").GetString()));
        var again = await Banner.JsonAsync(await gacha.PutAsJsonAsync(Url($"/{id}"), new { kind = "Practice", title = "流动党员微信群", story = "……覆盖外出党员 2 名", version = 2 }), HttpStatusCode.OK);
        Assert.Equal("Reported", again.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await gacha.PutAsJsonAsync(Url($"/{id}"), new { kind = "Practice", title = "t", story = "s", version = 2 })).StatusCode);
        Assert.Single((await gacha.GetFromJsonAsync<JsonElement>(Url("?state=Reported"))).EnumerateArray());
        Assert.Empty((await (await Host.ApiClientAsync("ar-other")).GetFromJsonAsync<JsonElement>(Url())).EnumerateArray());
    }
}
