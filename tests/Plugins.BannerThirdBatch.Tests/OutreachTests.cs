using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Sdk.Core;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>二(三) 外出党员传达 through the real host: who may record, what is refused, coverage counted once and following transfers, the obligation, the ledger.</summary>
public sealed class OutreachTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = ["/outreach", "/outreach?unitId={unit}", "/outreach/{contact}", "/outreach/contacts", "/outreach/contacts?unitId={unit}&month=2026-03", "/ledgers/outreach"];
    public static readonly string[] Pages = ["/Outreach"];

    private static object Contact(TestJurisdiction b, string person, string day = "2026-03-05", string method = "Phone", int? version = null) =>
        new { personId = b.People[person], reachedOn = day, method, note = "传达第三批活动实施意见", version };

    private static async Task<JsonElement> UnitAsync(HttpClient client, TestJurisdiction b, string unit)
    {
        var overview = await Banner.JsonAsync(await client.GetAsync(b.Api(Plugin, "/outreach")), HttpStatusCode.OK);
        return overview.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("figure").GetProperty("unitId").GetInt64() == b.Org[unit]);
    }

    private static (int Done, int Owed) Figure(JsonElement unit) =>
        (unit.GetProperty("figure").GetProperty("done").GetInt32(), unit.GetProperty("figure").GetProperty("owed").GetInt32());

    [Fact]
    public async Task Each_outgoing_member_counts_once_however_many_contacts_and_a_transfer_takes_them_to_the_new_unit()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var overview = await Banner.JsonAsync(await b.OfficeApi.GetAsync(b.Api(Plugin, "/outreach")), HttpStatusCode.OK);
        Assert.Equal(["孟和", "其其格", "萨仁", "那顺"], overview.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal("包头市", overview.GetProperty("members")[0].GetProperty("whereabouts").GetString());
        Assert.Equal((0, 2), Figure(await UnitAsync(b.OfficeApi, b, "巴彦宝力格嘎查党支部")));
        Assert.Equal((0, 0), Figure(await UnitAsync(b.OfficeApi, b, "巴音高勒苏木党委")));   // the town's own members stayed home

        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/outreach"), Contact(b, "孟和", "2026-03-02")), HttpStatusCode.Created);
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/outreach"), Contact(b, "孟和", "2026-03-06", "Visit")), HttpStatusCode.Created);
        var gacha = await UnitAsync(b.OfficeApi, b, "巴彦宝力格嘎查党支部");
        Assert.Equal((1, 2), Figure(gacha));
        var mengHe = (await Banner.JsonAsync(await b.OfficeApi.GetAsync(b.Api(Plugin, "/outreach")), HttpStatusCode.OK)).GetProperty("members")[0];
        Assert.Equal((2, "2026-03-02", "2026-03-06"), (mengHe.GetProperty("contacts").GetInt32(), mengHe.GetProperty("firstReachedOn").GetString(), mengHe.GetProperty("lastReachedOn").GetString()));

        // 孟和 moves to 呼和乌拉: the member and the fact they were reached go with them.
        var moved = await b.OfficeApi.PostAsJsonAsync($"/api/j/ar/people/{b.People["孟和"]}/transfer", new { toOrganizationId = b.Org["呼和乌拉嘎查党支部"], on = "2026-03-08" });
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        Assert.Equal((0, 1), Figure(await UnitAsync(b.OfficeApi, b, "巴彦宝力格嘎查党支部")));
        Assert.Equal((1, 1), Figure(await UnitAsync(b.OfficeApi, b, "呼和乌拉嘎查党支部")));
        // …and to a banner organ, which takes no part: counted nowhere.
        await b.OfficeApi.PostAsJsonAsync($"/api/j/ar/people/{b.People["孟和"]}/transfer", new { toOrganizationId = b.Org["旗财政局党支部"], on = "2026-03-09" });
        Assert.Equal((0, 0), Figure(await UnitAsync(b.OfficeApi, b, "呼和乌拉嘎查党支部")));
        Assert.Equal(3, (await Banner.JsonAsync(await b.OfficeApi.GetAsync(b.Api(Plugin, "/outreach")), HttpStatusCode.OK)).GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task A_contact_needs_an_outgoing_member_a_day_no_later_than_today_and_a_method()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        string Url() => b.Api(Plugin, "/outreach");
        var notOutgoing = await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(Url(), Contact(b, "王强")), HttpStatusCode.BadRequest);
        Assert.Contains("不是外出党员", notOutgoing.GetProperty("errors").GetProperty("personId")[0].GetString());
        Assert.True((await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(Url(), new { reachedOn = "2026-03-05", method = "Phone" }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("personId", out _));
        var future = await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(Url(), Contact(b, "孟和", "2026-03-11")), HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("reachedOn", out _));
        var noMethod = await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(Url(), new { personId = b.People["孟和"], reachedOn = "2026-03-05" }), HttpStatusCode.BadRequest);
        Assert.True(noMethod.GetProperty("errors").TryGetProperty("method", out _));
        var today = await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(Url(), Contact(b, "孟和", "2026-03-10", "Message")), HttpStatusCode.Created);
        Assert.Equal(("短信微信", "巴彦宝力格嘎查党支部"), (today.GetProperty("methodName").GetString(), today.GetProperty("unit").GetString()));
    }

    [Fact]
    public async Task The_unit_those_above_and_the_office_record_others_get_404_or_403_and_a_stale_save_409()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        await b.UserAsync("ar-inspector", KnownRoles.Inspector, b.Org["巴音高勒苏木党委"]);
        var gacha = await Host.ApiClientAsync("ar-gacha");
        var town = await Host.ApiClientAsync("ar-town");
        var other = await Host.ApiClientAsync("ar-other");
        var member = await Host.ApiClientAsync("ar-member");
        var inspector = await Host.ApiClientAsync("ar-inspector");
        string Url(string path = "") => b.Api(Plugin, "/outreach" + path);

        var own = await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url(), Contact(b, "孟和")), HttpStatusCode.Created);
        await Banner.JsonAsync(await town.PostAsJsonAsync(Url(), Contact(b, "萨仁")), HttpStatusCode.Created);
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url(), Contact(b, "萨仁")), HttpStatusCode.BadRequest);     // a sibling's member: not the gacha's to see
        await Banner.JsonAsync(await other.PostAsJsonAsync(Url(), Contact(b, "其其格")), HttpStatusCode.BadRequest);
        await Banner.JsonAsync(await member.PostAsJsonAsync(Url(), Contact(b, "其其格")), HttpStatusCode.BadRequest);
        await Banner.JsonAsync(await inspector.PostAsJsonAsync(Url(), Contact(b, "其其格")), HttpStatusCode.Forbidden); // sees it, may not record

        var id = own.GetProperty("id").GetInt64();
        await Banner.JsonAsync(await other.GetAsync(Url($"/{id}")), HttpStatusCode.NotFound);
        await Banner.JsonAsync(await member.GetAsync(Url($"/{id}")), HttpStatusCode.NotFound);
        await Banner.JsonAsync(await inspector.GetAsync(Url($"/{id}")), HttpStatusCode.OK);
        await Banner.JsonAsync(await other.PutAsJsonAsync(Url($"/{id}"), Contact(b, "孟和", version: 1)), HttpStatusCode.NotFound);
        await Banner.JsonAsync(await inspector.PutAsJsonAsync(Url($"/{id}"), Contact(b, "孟和", version: 1)), HttpStatusCode.Forbidden);
        var corrected = await Banner.JsonAsync(await town.PutAsJsonAsync(Url($"/{id}"), Contact(b, "孟和", "2026-03-04", "Letter", version: 1)), HttpStatusCode.OK);
        Assert.Equal(("Letter", 2), (corrected.GetProperty("method").GetString(), corrected.GetProperty("version").GetInt32()));
        await Banner.JsonAsync(await gacha.PutAsJsonAsync(Url($"/{id}"), Contact(b, "孟和", "2026-03-03", version: 1)), HttpStatusCode.Conflict);
        await Banner.JsonAsync(await gacha.PutAsJsonAsync(Url($"/{id}"), Contact(b, "孟和", "2026-03-03")), HttpStatusCode.Conflict);

        // Each reads the units it sees.
        Assert.Equal(["孟和", "其其格"], (await Banner.JsonAsync(await gacha.GetAsync(Url()), HttpStatusCode.OK)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Empty((await Banner.JsonAsync(await member.GetAsync(Url()), HttpStatusCode.OK)).GetProperty("units").EnumerateArray());
    }

    [Fact]
    public async Task A_unit_owes_reaching_every_outgoing_member_thirty_days_after_its_start_met_the_day_the_last_one_was_reached()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        var gachaId = b.Org["巴彦宝力格嘎查党支部"];
        await Banner.JsonAsync(await b.OfficeApi.PutAsJsonAsync(b.Api(Plugin, $"/units/{gachaId}/schedule"), new { start = "2026-03-01" }), HttpStatusCode.OK);
        await Banner.JsonAsync(await b.OfficeApi.PutAsJsonAsync(b.Api(Plugin, $"/units/{b.Org["巴音高勒苏木党委"]}/schedule"), new { start = "2026-02-01" }), HttpStatusCode.OK);
        async Task<List<JsonElement>> DuesAsync() => [.. (await b.OfficeApi.GetFromJsonAsync<JsonElement>("/api/j/ar/obligations?type=banner-third-batch.outreach&pageSize=100"))
            .GetProperty("items").EnumerateArray()];

        var due = Assert.Single(await DuesAsync());   // the town has no outgoing member; the community chose no start
        Assert.Equal((gachaId, "2026-03-31", "pending"), (due.GetProperty("obligedId").GetInt64(), due.GetProperty("dueOn").GetString(), due.GetProperty("status").GetString()));

        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/outreach"), Contact(b, "孟和", "2026-03-02")), HttpStatusCode.Created);
        Assert.Equal("pending", Assert.Single(await DuesAsync()).GetProperty("status").GetString());
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/outreach"), Contact(b, "其其格", "2026-03-09")), HttpStatusCode.Created);
        Assert.Equal("done", Assert.Single(await DuesAsync()).GetProperty("status").GetString());

        // An outgoing member not yet reached moves in: the unit owes again.
        await b.OfficeApi.PostAsJsonAsync($"/api/j/ar/people/{b.People["萨仁"]}/transfer", new { toOrganizationId = gachaId, on = "2026-03-10" });
        var overview = await UnitAsync(b.OfficeApi, b, "巴彦宝力格嘎查党支部");
        Assert.Equal((2, 3), Figure(overview));
        Assert.Equal("pending", Assert.Single(await DuesAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_office_overview_shows_outreach_and_secretaries_trained_as_columns()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/outreach"), Contact(b, "孟和")), HttpStatusCode.Created);
        var progress = await Banner.JsonAsync(await b.OfficeApi.GetAsync(b.Api(Plugin, "/progress")), HttpStatusCode.OK);
        var columns = progress.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!);
        Assert.Equal((1, 4, "/Outreach"), (columns["outreach"].GetProperty("done").GetInt32(), columns["outreach"].GetProperty("owed").GetInt32(),
            columns["outreach"].GetProperty("pagePath").GetString()));
        Assert.Equal((0, 5), (columns["secretary-training"].GetProperty("done").GetInt32(), columns["secretary-training"].GetProperty("owed").GetInt32()));
    }

    [Fact]
    public async Task The_ledger_lists_every_contact_and_every_member_not_reached()
    {
        var b = await Banner.CreateAsync(Host, "ar");
        await Banner.JsonAsync(await b.OfficeApi.PostAsJsonAsync(b.Api(Plugin, "/outreach"), Contact(b, "孟和", "2026-03-02", "Visit")), HttpStatusCode.Created);
        var response = await b.OfficeApi.GetAsync(b.Api(Plugin, "/ledgers/outreach?format=csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await response.CsvRowsAsync();
        Assert.Contains(rows, r => r.Contains("孟和") && r.Contains("走访") && r.Contains("已传达") && r.Contains("包头市"));
        Assert.Contains(rows, r => r.Contains("其其格") && r.Contains("未传达"));
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.GetAsync(b.Api(Plugin, "/ledgers/outreach"))).StatusCode);
    }
}
