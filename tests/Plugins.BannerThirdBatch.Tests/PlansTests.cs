using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Plugins.BannerThirdBatch;
using Modular.Plugins.BannerThirdBatch.Plans;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>二(三) 调查研究、制定实施方案: the unit drafts, the level above comments and approves; stale versions; the obligation; the ledger.</summary>
public sealed class PlansTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = ["/plans", "/plans/awaiting", "/plans/{unitId}", "/ledgers/plans"];
    public static readonly string[] Pages = ["/Plans", "/Plans?unitId={unitId}"];

    [Fact]
    public void The_plan_is_due_thirty_days_after_the_units_start()
    {
        Assert.Equal(new DateOnly(2026, 3, 31), PlanRule.Due(ThirdBatchRules.Document, new DateOnly(2026, 3, 1)));
        Assert.Equal(new DateOnly(2026, 3, 2), PlanRule.Due(ThirdBatchRules.Document with { PlanDueDays = 1 }, new DateOnly(2026, 3, 1)));
        Assert.Equal(PlanState.None, PlanRule.StateOf(false, false));
        Assert.Equal(PlanState.Drafting, PlanRule.StateOf(true, false));
        Assert.Equal(PlanState.Approved, PlanRule.StateOf(true, true));
    }

    [Fact]
    public async Task A_gacha_drafts_its_plan_its_town_comments_and_approves_it_and_the_gacha_cannot_approve_its_own()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        var gacha = await Host.ApiClientAsync("ar-gacha");
        var town = await Host.ApiClientAsync("ar-town");
        var other = await Host.ApiClientAsync("ar-other");
        var member = await Host.ApiClientAsync("ar-member");
        string Url(string tail = "") => banner.Api(Plugin, $"/plans/{gachaId}{tail}");
        await Banner.JsonAsync(await gacha.PutAsJsonAsync(banner.Api(Plugin, $"/units/{gachaId}/schedule"), new { start = "2026-03-01" }), HttpStatusCode.OK);

        var situation = await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url("/situation"), new { body = "党员 32 名，外出 2 名；群众盼望解决饮水问题。", version = 0 }), HttpStatusCode.Created);
        Assert.Equal(1, situation.GetProperty("situation").GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await gacha.PostAsJsonAsync(Url("/unit-plan"), new { body = " ", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await gacha.PostAsJsonAsync(Url("/nonsense"), new { body = "x", version = 0 })).StatusCode);
        var first = await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url("/unit-plan"), new { body = "第一稿", version = 0 }), HttpStatusCode.Created);
        Assert.Equal("Drafting", first.GetProperty("line").GetProperty("state").GetString());
        Assert.Equal("2026-03-31", first.GetProperty("line").GetProperty("due").GetString());
        // A stale version is a conflict, the first draft too.
        Assert.Equal(HttpStatusCode.Conflict, (await gacha.PostAsJsonAsync(Url("/unit-plan"), new { body = "又一个第一稿", version = 0 })).StatusCode);
        await Banner.JsonAsync(await gacha.PostAsJsonAsync(Url("/unit-plan"), new { body = "第二稿", version = 1, note = "补充外出党员传达措施" }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await gacha.PostAsJsonAsync(Url("/unit-plan"), new { body = "第二稿'", version = 1 })).StatusCode);

        // Who may: the gacha may not approve its own plan (403); another town and a member do not see it (404).
        Assert.Equal(HttpStatusCode.Forbidden, (await gacha.PostAsJsonAsync(Url("/unit-plan/approve"), new { version = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(Url("/unit-plan/approve"), new { version = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(Url())).StatusCode);
        Assert.Empty((await gacha.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/plans/awaiting"))).EnumerateArray());

        var obligations = await banner.OfficeApi.GetFromJsonAsync<JsonElement>("/api/j/ar/obligations?type=banner-third-batch.plan&pageSize=100");
        var due = obligations.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("obligedId").GetInt64() == gachaId);
        Assert.Equal(("2026-03-31", "pending"), (due.GetProperty("dueOn").GetString(), due.GetProperty("status").GetString())); // due within the reminder window

        // The town reviews: its list, a comment on version 2, approval at a stale version (409), then at the version read.
        var awaiting = (await town.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/plans/awaiting"))).EnumerateArray().ToList();
        Assert.Equal([gachaId], awaiting.Select(a => a.GetProperty("unitId").GetInt64()));
        await Banner.JsonAsync(await town.PostAsJsonAsync(Url("/unit-plan/comments"), new { version = 2, text = "请细化帮扶困难党员的措施。" }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.BadRequest, (await town.PostAsJsonAsync(Url("/unit-plan/comments"), new { version = 3, text = "?" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await town.PostAsJsonAsync(Url("/unit-plan/approve"), new { version = 1 })).StatusCode);
        var approved = await Banner.JsonAsync(await town.PostAsJsonAsync(Url("/unit-plan/approve"), new { version = 2 }), HttpStatusCode.OK);
        Assert.Equal(("Approved", "2026-03-10"), (approved.GetProperty("line").GetProperty("state").GetString(), approved.GetProperty("line").GetProperty("approvedOn").GetString()));
        var history = approved.GetProperty("plan").GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal("请细化帮扶困难党员的措施。", history[1].GetProperty("comments")[0].GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await town.PostAsJsonAsync(Url("/unit-plan/approve"), new { version = 2 })).StatusCode);
        Assert.False((await gacha.PostAsJsonAsync(Url("/unit-plan"), new { body = "第三稿", version = 2 })).IsSuccessStatusCode);
        Assert.Empty((await town.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/plans/awaiting"))).EnumerateArray());

        // The obligation is met the day the plan is approved.
        obligations = await banner.OfficeApi.GetFromJsonAsync<JsonElement>("/api/j/ar/obligations?type=banner-third-batch.plan&pageSize=100");
        due = obligations.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("obligedId").GetInt64() == gachaId);
        Assert.Equal("done", due.GetProperty("status").GetString());
        Assert.Single(obligations.GetProperty("items").EnumerateArray()); // only units that chose a start owe a plan
    }

    [Fact]
    public async Task A_towns_plan_is_approved_by_the_banner_not_by_the_town_itself()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var townId = banner.Org["巴音高勒苏木党委"];
        var town = await Host.ApiClientAsync("ar-town");
        var gacha = await Host.ApiClientAsync("ar-gacha");
        string Url(string tail = "") => banner.Api(Plugin, $"/plans/{townId}{tail}");
        await Banner.JsonAsync(await town.PostAsJsonAsync(Url("/unit-plan"), new { body = "苏木机关实施方案", version = 0 }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await gacha.GetAsync(Url())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.PostAsJsonAsync(Url("/unit-plan/approve"), new { version = 1 })).StatusCode);
        Assert.Contains(townId, (await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/plans/awaiting"))).EnumerateArray().Select(a => a.GetProperty("unitId").GetInt64()));
        await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(Url("/unit-plan/approve"), new { version = 1 }), HttpStatusCode.OK);

        var list = (await town.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/plans"))).EnumerateArray().ToList();
        Assert.Equal(4, list.Count);
        Assert.Equal("Approved", list.Single(l => l.GetProperty("unitId").GetInt64() == townId).GetProperty("state").GetString());

        var ledger = await banner.OfficeApi.GetAsync(banner.Api(Plugin, "/ledgers/plans"));
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        var rows = await (await banner.OfficeApi.GetAsync(banner.Api(Plugin, "/ledgers/plans?format=csv"))).CsvRowsAsync();
        Assert.Contains(rows, r => r[0] == "巴音高勒苏木党委" && r.Contains("已审定"));
    }
}
