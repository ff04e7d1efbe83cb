using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>三(一) “四到位、四落实”: the unit reports, the level above (or its guidance group, or the office) verifies, a gap is followed up.</summary>
public sealed class ChecklistTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = ["/checklist", "/checklist/{unitId}", "/ledgers/checklist"];
    public static readonly string[] Pages = ["/Checklist"];

    [Fact]
    public void An_item_counts_when_confirmed_or_once_its_gaps_follow_up_is_closed()
    {
        Assert.Equal(8, Modular.Plugins.BannerThirdBatch.Checklist.ChecklistRule.Total);
        Assert.True(Modular.Plugins.BannerThirdBatch.Checklist.ChecklistRule.Counts(Modular.Plugins.BannerThirdBatch.Checklist.Verdict.Confirmed, false));
        Assert.False(Modular.Plugins.BannerThirdBatch.Checklist.ChecklistRule.Counts(Modular.Plugins.BannerThirdBatch.Checklist.Verdict.Gap, false));
        Assert.True(Modular.Plugins.BannerThirdBatch.Checklist.ChecklistRule.Counts(Modular.Plugins.BannerThirdBatch.Checklist.Verdict.Gap, true));
        Assert.False(Modular.Plugins.BannerThirdBatch.Checklist.ChecklistRule.Counts(null, true));
    }

    [Fact]
    public async Task The_unit_reports_the_level_above_verifies_and_a_gap_counts_once_its_follow_up_is_closed()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        string Url(string item, string act) => banner.Api(Plugin, $"/checklist/{gachaId}/{item}/{act}");
        var gacha = await Host.ApiClientAsync("ar-gacha");
        var town = await Host.ApiClientAsync("ar-town");

        await Banner.JsonAsync(await gacha.PutAsJsonAsync(Url("Recognition", "report"), new { inPlace = true, note = "支部会专题学习" }), HttpStatusCode.OK);
        var noNote = await Banner.JsonAsync(await gacha.PutAsJsonAsync(Url("Funds", "report"), new { inPlace = false }), HttpStatusCode.BadRequest);
        Assert.True(noNote.GetProperty("errors").TryGetProperty("note", out _));
        await Banner.JsonAsync(await gacha.PutAsJsonAsync(Url("Funds", "report"), new { inPlace = false, note = "经费尚未到位，已向苏木申请" }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await gacha.PutAsJsonAsync(Url("Funds", "report"), new { inPlace = false, note = "再报" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Host.ApiClientAsync("ar-member")).PutAsJsonAsync(Url("Venue", "report"), new { inPlace = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Host.ApiClientAsync("ar-other")).PutAsJsonAsync(Url("Venue", "report"), new { inPlace = true })).StatusCode);

        // The unit does not verify itself; an item not yet reported cannot be verified.
        Assert.Equal(HttpStatusCode.Forbidden, (await gacha.PutAsJsonAsync(Url("Recognition", "verify"), new { verdict = "Confirmed", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await town.PutAsJsonAsync(Url("Venue", "verify"), new { verdict = "Confirmed", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await town.PutAsJsonAsync(Url("Recognition", "verify"), new { verdict = "Confirmed", version = 5 })).StatusCode);
        await Banner.JsonAsync(await town.PutAsJsonAsync(Url("Recognition", "verify"), new { verdict = "Confirmed", version = 1 }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.BadRequest, (await town.PutAsJsonAsync(Url("Funds", "verify"), new { verdict = "Gap", version = 1 })).StatusCode); // a gap says what
        var view = await Banner.JsonAsync(await town.PutAsJsonAsync(Url("Funds", "verify"), new { verdict = "Gap", note = "活动经费未落实", version = 1 }), HttpStatusCode.OK);
        Assert.Equal((2, 1, 1), (view.GetProperty("reported").GetInt32(), view.GetProperty("verified").GetInt32(), view.GetProperty("openGaps").GetInt32()));
        var funds = view.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "Funds");
        var followUpId = funds.GetProperty("followUpId").GetInt64();
        var followUp = await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, $"/follow-ups/{followUpId}"));
        Assert.Equal("2026-04-09", followUp.GetProperty("deadline").GetString());
        Assert.Equal("Funds", followUp.GetProperty("checklistItem").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await town.PutAsJsonAsync(Url("Funds", "verify"), new { verdict = "Confirmed", version = 2 })).StatusCode); // being followed up

        await Banner.JsonAsync(await gacha.PostAsJsonAsync(banner.Api(Plugin, $"/follow-ups/{followUpId}/close"), new { completedOn = "2026-03-10", evidence = "苏木拨付活动经费2000元", version = 1 }), HttpStatusCode.OK);
        var row = (await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/checklist"))).EnumerateArray().Single(r => r.GetProperty("unitId").GetInt64() == gachaId);
        Assert.Equal((2, 2, 0, 8), (row.GetProperty("reported").GetInt32(), row.GetProperty("verified").GetInt32(), row.GetProperty("openGaps").GetInt32(), row.GetProperty("total").GetInt32()));
        Assert.Contains("巴彦宝力格嘎查党支部", await banner.OfficeApi.GetStringAsync(banner.Api(Plugin, "/ledgers/checklist?format=csv")));
        Assert.Equal(HttpStatusCode.OK, (await banner.OfficeApi.GetAsync(banner.Api(Plugin, "/ledgers/checklist"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Host.ApiClientAsync("ar-other")).GetAsync(banner.Api(Plugin, $"/checklist/{gachaId}"))).StatusCode);
    }

    [Fact]
    public async Task A_member_of_the_units_guidance_group_verifies_too()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/guidance/groups"), GuidanceTests.BannerGroup(banner, "巴彦宝力格嘎查党支部")), HttpStatusCode.Created);
        await Banner.JsonAsync(await (await Host.ApiClientAsync("ar-gacha")).PutAsJsonAsync(banner.Api(Plugin, $"/checklist/{gachaId}/Venue/report"), new { inPlace = true }), HttpStatusCode.OK);
        var member = await Host.ApiClientAsync("ar-member");
        var view = await Banner.JsonAsync(await member.PutAsJsonAsync(banner.Api(Plugin, $"/checklist/{gachaId}/Venue/verify"), new { verdict = "Confirmed", version = 1 }), HttpStatusCode.OK);
        Assert.Equal(1, view.GetProperty("verified").GetInt32());
    }
}
