using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerThirdBatch.Tests;

/// <summary>三(二) 督促检查: visits by guidance groups and by leading-group members to their liaison points; follow-ups open, overdue, closed.</summary>
public sealed class VisitsTests(BannerThirdBatchHost shared) : SharedHostTests<BannerThirdBatchHost>(shared)
{
    private const string Plugin = Banner.Plugin;

    public static readonly string[] Routes = ["/visits", "/visits?unitId={unitId}&month=2026-03&sort=Unit&page=2", "/visits/{id}", "/visits/coverage", "/follow-ups", "/follow-ups/by-unit", "/follow-ups/{id}",
        "/ledgers/guidance-visits", "/ledgers/follow-ups"];
    public static readonly string[] Pages = ["/Visits"];

    private async Task<long> BannerGroupAsync(TestJurisdiction banner, params string[] units) =>
        (await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/guidance/groups"), GuidanceTests.BannerGroup(banner, units)), HttpStatusCode.Created))
            .GetProperty("id").GetInt64();

    [Fact]
    public async Task A_follow_up_is_due_after_the_default_days_turns_overdue_when_the_clock_passes_it_and_a_late_close_is_told_apart()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var groupId = await BannerGroupAsync(banner, "巴彦宝力格嘎查党支部");
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        var member = await Host.ApiClientAsync("ar-member"); // 王强, in the group
        var visits = banner.Api(Plugin, "/visits");

        var future = await Banner.JsonAsync(await member.PostAsJsonAsync(visits, new { unitId = gachaId, groupId, visitedOn = "2026-03-11", findings = "x" }), HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("visitedOn", out _));
        var noFindings = await Banner.JsonAsync(await member.PostAsJsonAsync(visits, new { unitId = gachaId, groupId, visitedOn = "2026-03-05", findings = " " }), HttpStatusCode.BadRequest);
        Assert.True(noFindings.GetProperty("errors").TryGetProperty("findings", out _));
        var early = await Banner.JsonAsync(await member.PostAsJsonAsync(visits, new { unitId = gachaId, groupId, visitedOn = "2026-03-05", findings = "x",
            followUps = new[] { new { problem = "p", deadline = "2026-03-04" } } }), HttpStatusCode.BadRequest);
        Assert.True(early.GetProperty("errors").TryGetProperty("followUps[0].deadline", out _));

        var visit = await Banner.JsonAsync(await member.PostAsJsonAsync(visits, new
        {
            unitId = gachaId, groupId, visitedOn = "2026-03-05", findings = "外出党员传达不全，学习记录不规范。",
            followUps = new object[] { new { problem = "外出党员未全部传达", leadPersonId = banner.People["乌云"] }, new { problem = "学习记录不规范", deadline = "2026-03-20" } },
        }), HttpStatusCode.Created);
        var ids = visit.GetProperty("followUpIds").EnumerateArray().Select(i => i.GetInt64()).ToList();
        Assert.Equal(2, ids.Count);
        var first = await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, $"/follow-ups/{ids[0]}"));
        Assert.Equal("2026-04-04", first.GetProperty("deadline").GetString()); // the visit day + 30 days
        Assert.Equal("乌云", first.GetProperty("lead").GetString());
        Assert.Contains("2026-03-05", first.GetProperty("foundIn").GetString());
        Assert.Equal("Open", first.GetProperty("status").GetString());

        // The unit closes; the group member may not; another town does not see it; a stale version is 409.
        string Close(long id) => banner.Api(Plugin, $"/follow-ups/{id}/close");
        var gacha = await Host.ApiClientAsync("ar-gacha");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(Close(ids[0]), new { completedOn = "2026-03-09", evidence = "已全部电话传达", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Host.ApiClientAsync("ar-other")).PostAsJsonAsync(Close(ids[0]), new { completedOn = "2026-03-09", evidence = "e", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await gacha.PostAsJsonAsync(Close(ids[0]), new { completedOn = "2026-03-11", evidence = "e", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await gacha.PostAsJsonAsync(Close(ids[0]), new { completedOn = "2026-03-09", evidence = "", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await gacha.PostAsJsonAsync(Close(ids[0]), new { completedOn = "2026-03-09", evidence = "e", version = 3 })).StatusCode);
        var closed = await Banner.JsonAsync(await gacha.PostAsJsonAsync(Close(ids[0]), new { completedOn = "2026-03-09", evidence = "已全部电话传达", version = 1 }), HttpStatusCode.OK);
        Assert.Equal(("Done", false), (closed.GetProperty("status").GetString(), closed.GetProperty("closedLate").GetBoolean()));

        // The second passes its deadline unclosed: overdue; then closed late.
        Clock.Now = BannerThirdBatchHost.Beijing(2026, 3, 21);
        var overdue = (await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/follow-ups?status=Overdue"))).EnumerateArray().ToList();
        Assert.Equal([ids[1]], overdue.Select(f => f.GetProperty("id").GetInt64()));
        var row = (await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/follow-ups/by-unit"))).EnumerateArray().Single(u => u.GetProperty("unitId").GetInt64() == gachaId);
        Assert.Equal((0, 1, 1, 0), (row.GetProperty("open").GetInt32(), row.GetProperty("overdue").GetInt32(), row.GetProperty("closed").GetInt32(), row.GetProperty("closedLate").GetInt32()));
        var late = await Banner.JsonAsync(await gacha.PostAsJsonAsync(Close(ids[1]), new { completedOn = "2026-03-21", evidence = "已规范", version = 1 }), HttpStatusCode.OK);
        Assert.True(late.GetProperty("closedLate").GetBoolean());
        row = (await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/follow-ups/by-unit"))).EnumerateArray().Single(u => u.GetProperty("unitId").GetInt64() == gachaId);
        Assert.Equal((0, 0, 1, 1), (row.GetProperty("open").GetInt32(), row.GetProperty("overdue").GetInt32(), row.GetProperty("closed").GetInt32(), row.GetProperty("closedLate").GetInt32()));

        var ledger = await banner.OfficeApi.GetStringAsync(banner.Api(Plugin, "/ledgers/follow-ups?format=csv"));
        Assert.Contains("外出党员未全部传达", ledger);
        Assert.Contains("外出党员传达不全", await banner.OfficeApi.GetStringAsync(banner.Api(Plugin, "/ledgers/guidance-visits?format=csv")));
        Assert.Equal(HttpStatusCode.OK, (await banner.OfficeApi.GetAsync(banner.Api(Plugin, "/ledgers/guidance-visits"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await banner.OfficeApi.GetAsync(banner.Api(Plugin, "/ledgers/follow-ups"))).StatusCode);
    }

    [Fact]
    public async Task A_leading_group_member_visits_their_liaison_point_and_only_there_and_groups_visit_only_their_units()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(banner.Api(Plugin, "/leading-group"), LeadingGroupTests.Group(banner, 0)), HttpStatusCode.OK);
        var visits = banner.Api(Plugin, "/visits");
        var townId = banner.Org["巴音高勒苏木党委"];
        var liaison = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(visits, new { unitId = townId, liaisonPersonId = banner.People["旗委书记"], visitedOn = "2026-03-02", findings = "联系点调研" }), HttpStatusCode.Created);
        Assert.Equal("旗委书记", liaison.GetProperty("liaison").GetString());
        var wrong = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(visits, new { unitId = townId, liaisonPersonId = banner.People["组织部长"], visitedOn = "2026-03-02", findings = "x" }), HttpStatusCode.BadRequest);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("liaisonPersonId", out _));
        var town = await Host.ApiClientAsync("ar-town");
        Assert.Equal(HttpStatusCode.Forbidden, (await town.PostAsJsonAsync(visits, new { unitId = townId, liaisonPersonId = banner.People["旗委书记"], visitedOn = "2026-03-02", findings = "x" })).StatusCode);

        var groupId = await BannerGroupAsync(banner, "巴彦宝力格嘎查党支部");
        var notCovered = await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(visits, new { unitId = banner.Org["额肯社区党支部"], groupId, visitedOn = "2026-03-02", findings = "x" }), HttpStatusCode.BadRequest);
        Assert.True(notCovered.GetProperty("errors").TryGetProperty("groupId", out _));
        // The town sees its gacha's visits but did not send the banner's group.
        Assert.Equal(HttpStatusCode.Forbidden, (await town.PostAsJsonAsync(visits, new { unitId = banner.Org["巴彦宝力格嘎查党支部"], groupId, visitedOn = "2026-03-02", findings = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Host.ApiClientAsync("ar-other")).GetAsync(banner.Api(Plugin, $"/visits/{liaison.GetProperty("id").GetInt64()}"))).StatusCode);
        Assert.Single((await town.GetFromJsonAsync<JsonElement>(visits)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Each_scheduled_unit_owes_a_guidance_visit_in_its_concentrated_phase_met_by_the_first_visit()
    {
        var banner = await Banner.CreateAsync(Host, "ar");
        var gachaId = banner.Org["巴彦宝力格嘎查党支部"];
        await Banner.JsonAsync(await banner.OfficeApi.PutAsJsonAsync(banner.Api(Plugin, $"/units/{gachaId}/schedule"), new { start = "2026-03-03" }), HttpStatusCode.OK);
        async Task<JsonElement> DueAsync() => (await banner.OfficeApi.GetFromJsonAsync<JsonElement>("/api/j/ar/obligations?type=banner-third-batch.guidance&pageSize=100"))
            .GetProperty("items").EnumerateArray().Single(o => o.GetProperty("obligedId").GetInt64() == gachaId);
        var due = await DueAsync();
        Assert.Equal("2026-07-03", due.GetProperty("dueOn").GetString()); // the concentrated phase: four months from 2026-03-03
        Assert.Equal("pending", due.GetProperty("status").GetString()); // not due until the phase ends

        var groupId = await BannerGroupAsync(banner, "巴彦宝力格嘎查党支部");
        // A visit the day before the start does not count; one on the start does.
        await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/visits"), new { unitId = gachaId, groupId, visitedOn = "2026-03-02", findings = "启动前了解情况" }), HttpStatusCode.Created);
        Assert.Equal("pending", (await DueAsync()).GetProperty("status").GetString());
        await Banner.JsonAsync(await banner.OfficeApi.PostAsJsonAsync(banner.Api(Plugin, "/visits"), new { unitId = gachaId, groupId, visitedOn = "2026-03-03", findings = "启动当天指导" }), HttpStatusCode.Created);
        Assert.Equal("done", (await DueAsync()).GetProperty("status").GetString());
        var coverage = (await banner.OfficeApi.GetFromJsonAsync<JsonElement>(banner.Api(Plugin, "/visits/coverage"))).EnumerateArray().Single();
        Assert.Equal((1, 1), (coverage.GetProperty("done").GetInt32(), coverage.GetProperty("owed").GetInt32()));
    }
}
