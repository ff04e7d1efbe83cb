using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>二(三) 帮扶 through the real host: the town above or the office records, totals per town and kind, 403/404/409, the ledger.</summary>
public sealed class AssistanceTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = ["/assistance", "/assistance?townId={unit}", "/assistance/{assistance}", "/ledgers/assistance"];
    public static readonly string[] Pages = ["/Assistance"];

    private static object Help(TestJurisdiction b, string kind, string? gacha = null, string? person = null, decimal? amount = null, string? detail = null,
        string day = "2026-03-05", int? version = null) =>
        new { kind, unitId = gacha is null ? (long?)null : b.Org[gacha], personId = person is null ? (long?)null : b.People[person], amount, detail, givenOn = day, version };

    [Fact]
    public async Task A_town_helps_its_gacha_and_members_and_the_totals_add_up_per_town_and_kind()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var town = await Host.ApiClientAsync("ar-town");
        string Url(string path = "") => b.Api(Plugin, "/assistance" + path);
        await Banner.JsonAsync(await town.PostAsJsonAsync(Url(), Help(b, "Funds", "巴彦宝力格嘎查党支部", amount: 5000)), HttpStatusCode.Created);
        await Banner.JsonAsync(await town.PostAsJsonAsync(Url(), Help(b, "Funds", "呼和乌拉嘎查党支部", amount: 0.01m)), HttpStatusCode.Created);
        await Banner.JsonAsync(await town.PostAsJsonAsync(Url(), Help(b, "Venue", "呼和乌拉嘎查党支部", detail: "苏木活动室一间")), HttpStatusCode.Created);
        var member = await Banner.JsonAsync(await town.PostAsJsonAsync(Url(), Help(b, "Member", person: "其其格", amount: 500, detail: "春节慰问")), HttpStatusCode.Created);
        Assert.Equal(("巴彦宝力格嘎查党支部", "巴音高勒苏木党委"), (member.GetProperty("unit").GetString(), member.GetProperty("town").GetString()));
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(Url(), Help(b, "Materials", "阿拉腾嘎查党支部", detail: "必读书目50册")), HttpStatusCode.Created);

        var overview = await Banner.JsonAsync(await b.OfficeApi.GetAsync(Url()), HttpStatusCode.OK);
        var byTown = overview.GetProperty("byTown").EnumerateArray().ToList();
        Assert.Equal(["巴音高勒苏木党委", "阿拉腾敖包镇党委"], byTown.Select(t => t.GetProperty("town").GetString()));
        Assert.Equal((2, 5000.01m, 1, 1, 500m), (byTown[0].GetProperty("count").GetProperty("Funds").GetInt32(), byTown[0].GetProperty("amount").GetProperty("Funds").GetDecimal(),
            byTown[0].GetProperty("count").GetProperty("Venue").GetInt32(), byTown[0].GetProperty("count").GetProperty("Member").GetInt32(),
            byTown[0].GetProperty("amount").GetProperty("Member").GetDecimal()));
        Assert.Equal((5, 5500.01m), (overview.GetProperty("all").GetProperty("records").GetInt32(), overview.GetProperty("all").GetProperty("yuan").GetDecimal()));
        Assert.Equal(2, (await Banner.JsonAsync(await b.OfficeApi.GetAsync(Url("?kind=Funds")), HttpStatusCode.OK)).GetProperty("records").GetArrayLength());

        // The gacha reads the help it got; the other town reads its own.
        var gacha = await Host.ApiClientAsync("ar-gacha");
        Assert.Equal(2, (await Banner.JsonAsync(await gacha.GetAsync(Url()), HttpStatusCode.OK)).GetProperty("records").GetArrayLength());
        var other = await Host.ApiClientAsync("ar-other");
        Assert.Equal(["阿拉腾嘎查党支部"], (await Banner.JsonAsync(await other.GetAsync(Url()), HttpStatusCode.OK)).GetProperty("records").EnumerateArray().Select(r => r.GetProperty("unit").GetString()));
    }

    [Fact]
    public async Task Funds_need_their_amount_a_gacha_cannot_record_its_own_help_and_a_stale_save_is_409()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var town = await Host.ApiClientAsync("ar-town");
        var gacha = await Host.ApiClientAsync("ar-gacha");
        var other = await Host.ApiClientAsync("ar-other");
        string Url(string path = "") => b.Api(Plugin, "/assistance" + path);

        foreach (var (body, field) in new (object, string)[]
        {
            (Help(b, "Funds", "巴彦宝力格嘎查党支部"), "amount"),
            (Help(b, "Funds", "巴彦宝力格嘎查党支部", amount: 0), "amount"),
            (Help(b, "Materials", "巴彦宝力格嘎查党支部"), "detail"),
            (Help(b, "Venue", "巴彦宝力格嘎查党支部", detail: "活动室", day: "2026-03-11"), "givenOn"),
            (Help(b, "Venue", "巴音高勒苏木党委", detail: "活动室"), "unitId"),            // help goes to a gacha, not a town
            (Help(b, "Venue", detail: "活动室"), "unitId"),
            (Help(b, "Member", person: "王强"), "detail"),
            (Help(b, "Member", detail: "慰问"), "personId"),
            (Help(b, "Venue", "阿拉腾嘎查党支部", detail: "活动室"), "unitId"),           // another town's gacha: not its to see
            (new { unitId = b.Org["巴彦宝力格嘎查党支部"], givenOn = "2026-03-05" }, "kind"),
        })
        {
            var refused = await Banner.JsonAsync(await town.PostAsJsonAsync(Url(), body), HttpStatusCode.BadRequest);
            Assert.True(refused.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {refused}");
        }
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url(), Help(b, "Funds", "巴彦宝力格嘎查党支部", amount: 100)), HttpStatusCode.Forbidden);   // sees it, may not give
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url(), Help(b, "Member", person: "王强", detail: "慰问")), HttpStatusCode.Forbidden);

        var saved = await Banner.JsonAsync(await town.PostAsJsonAsync(Url(), Help(b, "Funds", "巴彦宝力格嘎查党支部", amount: 100)), HttpStatusCode.Created);
        var id = saved.GetProperty("id").GetInt64();
        await Banner.JsonAsync(await gacha.GetAsync(Url($"/{id}")), HttpStatusCode.OK);
        await Banner.JsonAsync(await other.GetAsync(Url($"/{id}")), HttpStatusCode.NotFound);
        await Banner.JsonAsync(await other.PutAsJsonAsync(Url($"/{id}"), Help(b, "Funds", "巴彦宝力格嘎查党支部", amount: 200, version: 1)), HttpStatusCode.NotFound);
        await Banner.JsonAsync(await gacha.PutAsJsonAsync(Url($"/{id}"), Help(b, "Funds", "巴彦宝力格嘎查党支部", amount: 200, version: 1)), HttpStatusCode.Forbidden);
        var corrected = await Banner.JsonAsync(await b.OfficeApi.PutAsJsonAsync(Url($"/{id}"), Help(b, "Funds", "巴彦宝力格嘎查党支部", amount: 200, version: 1)), HttpStatusCode.OK);
        Assert.Equal(200m, corrected.GetProperty("amount").GetDecimal());
        await Banner.JsonAsync(await town.PutAsJsonAsync(Url($"/{id}"), Help(b, "Funds", "巴彦宝力格嘎查党支部", amount: 300, version: 1)), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_ledger_lists_every_record()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/assistance"), Help(b, "Funds", "巴彦宝力格嘎查党支部", amount: 3000)), HttpStatusCode.Created);
        var rows = await (await b.OfficeApi.GetAsync(b.Api(Plugin, "/ledgers/assistance?format=csv"))).CsvRowsAsync();
        Assert.Contains(rows, r => r.Contains("巴彦宝力格嘎查党支部") && r.Contains("经费") && r.Contains("巴音高勒苏木党委") && r.Any(c => c.StartsWith("3000")));
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.GetAsync(b.Api(Plugin, "/ledgers/assistance"))).StatusCode);
    }
}
