using System.Net;
using System.Text.Json;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>A first run's demo on the real clock: XX县's contest moved into the current years and recorded so far.</summary>
public sealed class CountyDemoFixture() : SharedTestHost([CountyHost.PluginId], null, TestHost.DemoArgs);

/// <summary>The classes that read the demo county share one host: a demo host costs a start and a demo's worth of writes.</summary>
[CollectionDefinition(Name)]
[RunsLong(75)] // the demo county seeded, then every page opened at two widths for three roles
public sealed class CountyDemoCollection : ICollectionFixture<CountyDemoFixture>
{
    public const string Name = "county demo";
}

/// <summary>
/// The county demo (issue 10), read through the API as the office, the branch secretary and the member:
/// the campaign is in stage 3 today, and every dashboard shows a mix of done, late and missing work.
/// </summary>
[Collection(CountyDemoCollection.Name)]
public sealed class CountyDemoTests(CountyDemoFixture fixture)
{
    private static string Api(string path) => $"/api/j/xx-county/{CountyHost.PluginId}{path}";

    private async Task<JsonElement> GetAsync(string user, string path)
    {
        var client = await fixture.Host.ApiClientAsync(user);
        return await client.GetAsync(Api(path)).OkJsonAsync();
    }

    [Fact]
    public async Task The_campaign_is_in_stage_3_today_with_the_earlier_stages_past()
    {
        var stages = await GetAsync("xx-county-admin", "/stages");
        var today = DateOnly.Parse(stages.GetProperty("today").GetString()!);
        Assert.Equal(3, stages.GetProperty("current").GetInt32());
        var ends = stages.GetProperty("stages").Items().Select(s => DateOnly.Parse(s.GetProperty("end").GetString()!)).ToList();
        Assert.True(ends[0] < today && ends[1] < today, "stages 1 and 2 are over");
        Assert.True(ends[2] >= today && ends[3] > today, "stages 3 and 4 are not");
        Assert.True(DateOnly.Parse(stages.GetProperty("commendationLastDay").GetString()!) < today);

        // The host's dashboard card says so too.
        var home = await (await fixture.Host.BrowserClientAsync("xx-county-admin")).GetStringAsync("/j/xx-county");
        Assert.Contains("对标定位，晋档升级", home);
    }

    [Fact]
    public async Task The_office_sees_done_late_and_missing_work_in_every_stage_so_far()
    {
        const string office = "xx-county-admin";
        var meetings = await GetAsync(office, "/mobilization");
        Assert.Equal(["Done", "Late", "Missed"], meetings.GetProperty("committees").Items().Select(c => c.GetProperty("status").GetString()).Distinct().Order());

        // Plans in every filing state: received (first time or after a return), waiting, returned, resubmitted, never filed.
        var plans = (await GetAsync(office, "/plans")).Items().Select(p => (State: p.GetProperty("state").ValueKind == JsonValueKind.Null ? null : p.GetProperty("state").GetString(),
            Submissions: p.GetProperty("submissions").GetInt32())).ToList();
        Assert.Contains(("Received", 1), plans);
        Assert.Contains(("Received", 2), plans);
        Assert.Contains(("Submitted", 1), plans);
        Assert.Contains(("Submitted", 2), plans);
        Assert.Contains(("Returned", 1), plans);
        Assert.Contains((null, 0), plans);

        var spirit = (await GetAsync(office, "/party-spirit")).Items().ToList();
        Assert.True(spirit.Sum(r => r.GetProperty("reportsOnTime").GetInt32()) > spirit.Sum(r => r.GetProperty("reportsLate").GetInt32()));
        Assert.True(spirit.Sum(r => r.GetProperty("reportsLate").GetInt32()) > 0);
        Assert.True(spirit.Sum(r => r.GetProperty("missing").GetInt32()) > 0);
        Assert.Contains(spirit, r => r.GetProperty("weekStarts").ValueKind == JsonValueKind.Null);
        Assert.NotEmpty((await GetAsync(office, "/party-spirit/evaluation")).Items());

        // Every township's row of the dashboard has figures; the county's total has every activity.
        var dashboard = await GetAsync(office, "/dashboard");
        Assert.Equal("全县", dashboard.GetProperty("scope").GetString());
        Assert.All(dashboard.GetProperty("byTownship").Items(), t => Assert.True(t.GetProperty("figures").GetProperty("partySpiritReportsOnTime").GetInt32() > 0, t.GetProperty("name").GetString()));
        var total = dashboard.GetProperty("total");
        foreach (var figure in new[] { "committeeMeetingsOnTime", "committeeMeetingsLate", "plansReceived", "pledgesPublished", "dedicationActivities", "memberPosts",
            "services", "badges", "demonstrationUnitsRecognized", "nominationsApproved", "nominationsInProgress", "organizationFourFinds", "memberFourFinds", "scored", "fiveGoods" })
            Assert.True(total.GetProperty(figure).GetDecimal() > 0, figure);
        Assert.True(total.GetProperty("serviceHours").GetDecimal() > total.GetProperty("services").GetInt32());
        Assert.True(total.GetProperty("plansReceived").GetInt32() < total.GetProperty("organizations").GetInt32());
        Assert.True(total.GetProperty("memberFourFinds").GetInt32() < total.GetProperty("members").GetInt32());
        // The dashboard counts members and reports per organization in SQL; the party-spirit sheet reads the roster member by member.
        int Sum(string figure) => spirit.Sum(r => r.GetProperty(figure).GetInt32());
        Assert.Equal((Sum("members"), Sum("owing"), Sum("reportsOnTime"), Sum("reportsLate")),
            (total.GetProperty("members").GetInt32(), total.GetProperty("reportsOwed").GetInt32(),
             total.GetProperty("partySpiritReportsOnTime").GetInt32(), total.GetProperty("partySpiritReportsLate").GetInt32()));
        // The four-finds sheet counts each organization's members in SQL too: the same members as the party-spirit sheet's, and
        // the same members done as the dashboard's.
        var finds = (await GetAsync(office, "/four-finds")).Items().ToList();
        Assert.Equal(spirit.ToDictionary(r => r.GetProperty("organizationId").GetInt64(), r => r.GetProperty("members").GetInt32()),
            finds.Where(r => spirit.Any(s => s.GetProperty("organizationId").GetInt64() == r.GetProperty("organizationId").GetInt64()))
                .ToDictionary(r => r.GetProperty("organizationId").GetInt64(), r => r.GetProperty("members").GetInt32()));
        Assert.Equal(total.GetProperty("memberFourFinds").GetInt32(), finds.Sum(r => r.GetProperty("membersDone").GetInt32()));

        // Two grading rounds; some organizations moved up, one fell back.
        var ranking = await GetAsync(office, "/scores/ranking");
        Assert.Equal(2, ranking.GetProperty("rounds").GetArrayLength());
        var movements = ranking.GetProperty("sectors").Items().SelectMany(s => s.GetProperty("rows").Items()).Select(r => r.GetProperty("movement").GetInt32()).ToList();
        Assert.Contains(1, movements);
        Assert.Contains(-1, movements);
        Assert.Contains((await GetAsync(office, "/scores/history")).Items(), h => h.GetProperty("movedUp").GetBoolean());
        Assert.True((await GetAsync(office, "/scores/five-goods-share")).GetArrayLength() > 1);
        // The members' five models assessed in both rounds; the three shares per sector, each with its rises.
        var shares = (await GetAsync(office, "/shares")).Items().ToList();
        Assert.Contains(shares, s => s.GetProperty("rounds").Items().Count() == 2 && s.GetProperty("rounds")[1].GetProperty("fiveModels").GetProperty("count").GetInt32() > 0);
        Assert.Contains(shares, s => s.GetProperty("rounds").Items().Any(r => r.GetProperty("demonstrationUnits").GetProperty("count").GetInt32() > 0));
        Assert.Contains((await GetAsync("xx-county-secretary", "/five-models")).GetProperty("rows").Items(), r => r.GetProperty("fiveModels").GetBoolean());

        // 七一 nominations part-way: approved, waiting at a township or the county, one dropped with its reason.
        var nominations = (await GetAsync(office, "/commendation")).Items().ToList();
        Assert.Contains(nominations, n => n.GetProperty("status").GetString() == "Approved");
        Assert.Contains(nominations, n => n.GetProperty("status").GetString() == "Dropped" && n.GetProperty("steps").Items().Last().GetProperty("reason").GetString()!.Length > 0);
        var waiting = nominations.Where(n => n.GetProperty("status").GetString() == "InProgress").ToList();
        Assert.Contains(waiting, n => n.GetProperty("steps").GetArrayLength() > 1);
        Assert.True(waiting.Select(n => n.GetProperty("currentOrganizationId").GetInt64()).Distinct().Count() > 1);
        // 各级表彰 by the townships; two reported up to XX市, which selected one and has the other to decide.
        Assert.Equal(3, nominations.Sum(n => n.GetProperty("levelCommendations").GetArrayLength()));
        var upward = nominations.Select(n => n.GetProperty("upward").GetProperty("name").GetString()).ToList();
        Assert.Single(upward, u => u == "上级表彰（入选）");
        Assert.Single(upward, u => u == "已上报，待上级评定");
        var city = await (await fixture.Host.ApiClientAsync("xx-city-admin")).GetAsync($"/api/j/xx-city/{CountyHost.PluginId}/commendation/reported").OkJsonAsync();
        Assert.Equal(["入选", "待评定"], city.Items().Select(r => r.GetProperty("decisionName").GetString()));

        Assert.True((await GetAsync(office, "/summaries/county")).GetProperty("report").GetProperty("body").GetString()!.Length > 0);
        Assert.NotEmpty((await GetAsync(office, "/badges")).Items());
    }

    [Fact]
    public async Task The_secretary_and_the_member_see_their_own_branch_and_work()
    {
        var me = await GetAsync("xx-county-member", "/me");
        var person = me.GetProperty("person").GetProperty("id").GetInt64();
        var branch = me.GetProperty("person").GetProperty("organizationId").GetInt64();

        var dashboard = await GetAsync("xx-county-secretary", "/dashboard");
        var figures = dashboard.GetProperty("total");
        Assert.Equal(1, figures.GetProperty("organizations").GetInt32());
        var spirit = (await GetAsync("xx-county-secretary", "/party-spirit")).Row("organizationId", branch);
        Assert.True(spirit.GetProperty("reportsOnTime").GetInt32() > 0 && spirit.GetProperty("reportsLate").GetInt32() > 0 && spirit.GetProperty("missing").GetInt32() > 0);
        var plan = (await GetAsync("xx-county-secretary", "/plans")).Row("organizationId", branch);
        Assert.Equal("Received", plan.GetProperty("state").GetString());
        Assert.Equal(2, plan.GetProperty("submissions").GetInt32()); // returned once by the township, then resubmitted
        var history = (await GetAsync("xx-county-secretary", "/scores/history")).Row("organizationId", branch);
        Assert.True(history.GetProperty("movedUp").GetBoolean());

        // The member: their own services, 四找 and the approved list with their own name on it.
        Assert.Contains((await GetAsync("xx-county-member", "/services")).Items(), s => s.GetProperty("personId").GetInt64() == person);
        Assert.Equal(person, (await GetAsync("xx-county-member", $"/four-finds/people/{person}")).GetProperty("subjectId").GetInt64());
        Assert.Contains((await GetAsync("xx-county-member", "/commendation")).Items(), n => n.GetProperty("nomineeId").GetInt64() == person && n.GetProperty("status").GetString() == "Approved");
        await (await fixture.Host.ApiClientAsync("xx-county-member")).GetAsync(Api("/dashboard")).StatusAsync(HttpStatusCode.Forbidden);
    }
}

/// <summary>The demo on the first half hour of stage 3 (07-01 00:30 in XX县): stage 3's acts squeeze into that half hour.</summary>
public sealed class CountyDemoEdgeFixture() : SharedTestHost([CountyHost.PluginId], Beijing(2025, 7, 1, 0, 30), TestHost.DemoArgs);

public sealed class CountyDemoEdgeTests(CountyDemoEdgeFixture fixture) : IClassFixture<CountyDemoEdgeFixture>
{
    [Fact]
    public async Task On_the_first_morning_of_stage_3_the_demo_still_has_both_rounds_and_the_commendation_just_behind()
    {
        var office = await fixture.Host.ApiClientAsync("xx-county-admin");
        var stages = await office.GetAsync("/api/j/xx-county/county-five-activities/stages").OkJsonAsync();
        Assert.Equal("2025-07-01", stages.GetProperty("today").GetString());
        Assert.Equal(3, stages.GetProperty("current").GetInt32());
        Assert.Equal("2025-06-30", stages.GetProperty("commendationLastDay").GetString());
        var ranking = await office.GetAsync("/api/j/xx-county/county-five-activities/scores/ranking").OkJsonAsync();
        Assert.Equal(["2025年上半年", "2025年下半年"], ranking.GetProperty("rounds").Items().Select(r => r.GetString()));
        var commendation = await office.GetAsync("/api/j/xx-county/county-five-activities/commendation").OkJsonAsync();
        Assert.Contains(commendation.Items(), n => n.GetProperty("status").GetString() == "Approved");
    }
}
