using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.PartyGroupStudy.Tests.County;
using static Plugins.PartyGroupStudy.Tests.Analysis;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>四(二)1–2 个人分析检查报告 and the opinions on it, through the real host: five parts, versions kept, the member finalizes; whose report who reads.</summary>
public sealed class AnalysisReportTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    [Fact]
    public async Task A_report_needs_all_five_parts_keeps_every_version_in_order_and_a_stale_version_is_a_conflict()
    {
        var county = await GroupAsync(Host);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 4);
        var member = await Host.ApiClientAsync("xg-member");
        var api = county.Api(Plugin, "/personal-reports");

        var missing = (await JsonAsync(await member.PostAsJsonAsync(api, Report(0, withoutCauses: true)), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["causes"], missing.EnumerateObject().Select(e => e.Name));
        var none = (await JsonAsync(await member.PostAsJsonAsync(api, new { version = 0, essence = "x" }), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["causes", "expectations", "practice", "situation"], none.EnumerateObject().Select(e => e.Name).Order());

        var first = await JsonAsync(await member.PostAsJsonAsync(api, Report(0)), HttpStatusCode.Created);
        Assert.Equal(1, first.GetProperty("document").GetProperty("version").GetInt32());
        Assert.Equal(county.People["王强"], first.GetProperty("document").GetProperty("ownerPersonId").GetInt64());
        await JsonAsync(await member.PostAsJsonAsync(api, Report(0)), HttpStatusCode.Conflict); // a second first draft
        await JsonAsync(await member.PostAsJsonAsync(api, Report(1, note: "吸收谈心意见")), HttpStatusCode.OK);
        await JsonAsync(await member.PostAsJsonAsync(api, Report(1, note: "又改")), HttpStatusCode.Conflict); // read version 1, 2 saved since
        await JsonAsync(await member.PostAsJsonAsync($"{api}/final", new { version = 1 }), HttpStatusCode.Conflict);

        var mine = await JsonAsync(await member.GetAsync($"{api}/{county.People["王强"]}"), HttpStatusCode.OK);
        var history = mine.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal([1, 2], history.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("吸收谈心意见", history[1].GetProperty("note").GetString());
        Assert.Contains("一、对照科学发展观的本质要求", history[0].GetProperty("body").GetString());

        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 8);
        var final = await JsonAsync(await member.PostAsJsonAsync($"{api}/final", new { version = 2 }), HttpStatusCode.OK);
        Assert.True(final.GetProperty("document").GetProperty("final").GetBoolean());
        Assert.Equal("2009-05-08", final.GetProperty("finalOn").GetString());
        Assert.True((await JsonAsync(await member.PostAsJsonAsync(api, Report(2)), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("version", out _));

        // The office writes for a member; stage 2 over, the core reads who finalized on time.
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, Report(0, county.People["李明"])), HttpStatusCode.Created);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 22);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/final", new { personId = county.People["李明"], version = 1 }), HttpStatusCode.OK);
        var owed = await ObligationsAsync(county, "personal-report");
        Assert.Equal(("done", "late", "missed"), (owed[county.People["王强"]], owed[county.People["李明"]], owed[county.People["陈红"]]));
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/personal-reports"))).StatusCode);
    }

    [Fact]
    public async Task A_member_writes_and_reads_only_their_own_report_and_another_county_s_are_not_found()
    {
        var county = await GroupAsync(Host);
        var other = await GroupAsync(Host, "other");
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 4);
        var member = await Host.ApiClientAsync("xg-member");
        var api = county.Api(Plugin, "/personal-reports");
        var li = county.People["李明"];
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, Report(0, li)), HttpStatusCode.Created);

        await JsonAsync(await member.PostAsJsonAsync(api, Report(1, li)), HttpStatusCode.Forbidden);
        await JsonAsync(await member.GetAsync($"{api}/{li}"), HttpStatusCode.NotFound);
        Assert.Single((await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK)).EnumerateArray()); // their own line only
        await JsonAsync(await (await Host.ApiClientAsync("xg-inspector")).GetAsync($"{api}/{li}"), HttpStatusCode.OK);
        await JsonAsync(await (await Host.ApiClientAsync("xg-inspector")).PostAsJsonAsync(api, Report(1, li)), HttpStatusCode.Forbidden);
        await JsonAsync(await (await Host.ApiClientAsync("xg-director")).PostAsJsonAsync(api, Report(0)), HttpStatusCode.Forbidden); // 赵敏 is not of the group
        // The other county's office: 李明 of xg is nobody there.
        await JsonAsync(await other.OfficeApi.GetAsync(other.Api(Plugin, $"/personal-reports/{li}")), HttpStatusCode.NotFound);
        Assert.True((await JsonAsync(await other.OfficeApi.PostAsJsonAsync(other.Api(Plugin, "/personal-reports"), Report(0, li)), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("personId", out _));
    }

    [Fact]
    public async Task Opinions_come_from_the_grassroots_or_the_public_before_the_life_meeting()
    {
        var county = await GroupAsync(Host);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 6);
        var member = await Host.ApiClientAsync("xg-member");
        var api = county.Api(Plugin, "/personal-reports/opinions");
        var bad = (await JsonAsync(await member.PostAsJsonAsync(api, new { source = "Public", receivedOn = "2009-05-07", text = " " }), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["receivedOn", "text"], bad.EnumerateObject().Select(e => e.Name).Order());
        var opinion = await JsonAsync(await member.PostAsJsonAsync(api, new { source = "Grassroots", fromWhom = "城关镇党委", receivedOn = "2009-05-05", text = "深入基层调研不够。" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(api, new { source = "Public", receivedOn = "2009-05-06", text = "办事效率有待提高。" }), HttpStatusCode.Created); // anonymous
        await JsonAsync(await member.PostAsJsonAsync(api, new { personId = county.People["李明"], source = "Public", receivedOn = "2009-05-06", text = "x" }), HttpStatusCode.Forbidden);
        var id = opinion.GetProperty("id").GetInt64();
        await JsonAsync(await member.PutAsJsonAsync($"{api}/{id}", new { source = "Grassroots", fromWhom = "城关镇党委", receivedOn = "2009-05-05", text = "改", version = 1 }), HttpStatusCode.OK);
        await JsonAsync(await member.PutAsJsonAsync($"{api}/{id}", new { source = "Grassroots", receivedOn = "2009-05-05", text = "又改", version = 1 }), HttpStatusCode.Conflict);

        // The meeting on 05-12: opinions are due that day; 陈红's comes after it.
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/life-meeting"), Meeting(county, "2009-05-12")), HttpStatusCode.Created);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 14);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, new { personId = county.People["陈红"], source = "Public", receivedOn = "2009-05-13", text = "晚了" }), HttpStatusCode.Created);
        var reports = await JsonAsync(await county.OfficeApi.GetAsync(county.Api(Plugin, "/personal-reports")), HttpStatusCode.OK);
        var wang = reports.EnumerateArray().Single(r => r.GetProperty("member").GetString() == "王强");
        Assert.Equal((1, 1, "2009-05-12"), (wang.GetProperty("fromGrassroots").GetInt32(), wang.GetProperty("fromPublic").GetInt32(), wang.GetProperty("opinionsDue").GetString()));
        var owed = await ObligationsAsync(county, "report-opinions");
        Assert.Equal(("done", "late", "missed"), (owed[county.People["王强"]], owed[county.People["陈红"]], owed[county.People["李明"]]));
    }
}
