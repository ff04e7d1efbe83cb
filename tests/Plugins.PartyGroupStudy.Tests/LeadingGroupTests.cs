using System.Net;
using System.Net.Http.Json;
using static Plugins.PartyGroupStudy.Tests.County;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>五(一) 领导小组 and 五(二) 指导 through the real host: proposed from the roster, recorded whole and versioned; units and visits by who may.</summary>
public sealed class LeadingGroupTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    [Fact]
    public async Task The_roster_proposes_the_group_the_office_records_it_once_and_a_stale_save_is_a_conflict()
    {
        var county = await CreateAsync(Host, "xg");
        var api = county.Api(Plugin, "/leading-group");

        var proposed = await JsonAsync(await county.OfficeApi.GetAsync(api), HttpStatusCode.OK);
        Assert.False(proposed.GetProperty("recorded").GetBoolean());
        var seats = proposed.GetProperty("seats").EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("role").GetString())).ToList();
        Assert.Equal(7, seats.Count); // every member of the party group, nobody from outside it
        Assert.Equal(("许建国", "Leader"), seats[0]);
        Assert.Equal(("毛志强", "Deputy"), seats[1]);
        Assert.DoesNotContain(seats, s => s.Item1 == "赵敏");

        var saved = await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, Group(county)), HttpStatusCode.OK);
        Assert.True(saved.GetProperty("recorded").GetBoolean());
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal("赵敏", saved.GetProperty("directorName").GetString());
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, Group(county)), HttpStatusCode.Conflict); // read version 0, saved after

        // One leader, nobody twice, nobody from outside the party group, a director.
        var errors = (await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, new { deputyIds = new[] { county.People["赵敏"] }, version = 1 }), HttpStatusCode.BadRequest))
            .GetProperty("errors");
        Assert.Equal(["directorName", "leaderId", "memberIds"], errors.EnumerateObject().Select(e => e.Name).Order());
        var twice = await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, new { leaderId = county.People["许建国"], deputyIds = new[] { county.People["许建国"] }, directorName = "赵敏", version = 1 }),
            HttpStatusCode.BadRequest);
        Assert.True(twice.GetProperty("errors").TryGetProperty("deputyIds", out _));
        // The director is linked only to someone on the party group's roster.
        var linked = await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, Group(county, version: 1, linkDirector: true)), HttpStatusCode.BadRequest);
        Assert.True(linked.GetProperty("errors").TryGetProperty("directorPersonId", out _));
    }

    [Fact]
    public async Task Members_read_the_group_and_may_not_set_it_an_outsider_reads_nothing_and_the_inspector_reads()
    {
        var county = await CreateAsync(Host, "xg");
        var api = county.Api(Plugin, "/leading-group");
        var member = await Host.ApiClientAsync("xg-member");
        await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK);
        await JsonAsync(await member.PutAsJsonAsync(api, Group(county)), HttpStatusCode.Forbidden);
        await JsonAsync(await (await Host.ApiClientAsync("xg-director")).GetAsync(api), HttpStatusCode.Forbidden); // not of the group, not its office yet
        await JsonAsync(await (await Host.ApiClientAsync("xg-inspector")).GetAsync(api), HttpStatusCode.OK);
        await JsonAsync(await (await Host.ApiClientAsync("xg-inspector")).PutAsJsonAsync(api, Group(county)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Members_keep_their_own_units_and_visits_the_office_keeps_anyone_s_and_a_visited_unit_stays()
    {
        var county = await CreateAsync(Host, "xg");
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/leading-group"), Group(county)), HttpStatusCode.OK);
        var member = await Host.ApiClientAsync("xg-member");
        var units = county.Api(Plugin, "/units");

        var own = await JsonAsync(await member.PostAsJsonAsync(units, new { name = "县农业局", relation = "InCharge" }), HttpStatusCode.Created);
        Assert.Equal(county.People["王强"], own.GetProperty("personId").GetInt64());
        await JsonAsync(await member.PostAsJsonAsync(units, new { personId = county.People["李明"], name = "县水利局", relation = "InCharge" }), HttpStatusCode.Forbidden);
        var twice = await JsonAsync(await member.PostAsJsonAsync(units, new { name = "县农业局", relation = "Liaison" }), HttpStatusCode.BadRequest);
        Assert.True(twice.GetProperty("errors").TryGetProperty("name", out _));
        var hers = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(units, new { personId = county.People["陈红"], name = "东乡镇", relation = "Liaison" }), HttpStatusCode.Created);
        var outsider = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(units, new { personId = county.People["赵敏"], name = "西河乡", relation = "Liaison" }), HttpStatusCode.BadRequest);
        Assert.True(outsider.GetProperty("errors").TryGetProperty("personId", out _));
        // A member lists their own units only; the office everyone's.
        Assert.Single((await JsonAsync(await member.GetAsync(units), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(2, (await JsonAsync(await county.OfficeApi.GetAsync(units), HttpStatusCode.OK)).GetArrayLength());

        var visits = county.Api(Plugin, "/guidance-visits");
        var unitId = own.GetProperty("id").GetInt64();
        // The clock is on 2009-03-10: a visit before the campaign, after today, without findings — each field named.
        var bad = (await JsonAsync(await member.PostAsJsonAsync(visits, new { unitId, visitedOn = "2009-03-11", focus = "Study", findings = " " }), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["findings", "visitedOn"], bad.EnumerateObject().Select(e => e.Name).Order());
        var early = (await JsonAsync(await member.PostAsJsonAsync(visits, new { unitId, visitedOn = "2009-02-28", focus = "Study", findings = "x" }), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("活动期间", early.GetProperty("visitedOn")[0].GetString());
        await JsonAsync(await member.PostAsJsonAsync(visits, new { unitId = hers.GetProperty("id").GetInt64(), visitedOn = "2009-03-05", focus = "Study", findings = "x" }), HttpStatusCode.BadRequest);
        var visit = await JsonAsync(await member.PostAsJsonAsync(visits, new { unitId, visitedOn = "2009-03-01", focus = "Study", findings = "学习笔记不全", followUp = "限两周补齐" }), HttpStatusCode.Created);
        // Corrected at the version read; a stale correction is a conflict.
        var id = visit.GetProperty("id").GetInt64();
        await JsonAsync(await member.PutAsJsonAsync($"{visits}/{id}", new { unitId, visitedOn = "2009-03-02", focus = "Problems", findings = "改", version = 1 }), HttpStatusCode.OK);
        await JsonAsync(await member.PutAsJsonAsync($"{visits}/{id}", new { unitId, visitedOn = "2009-03-02", focus = "Problems", findings = "又改", version = 1 }), HttpStatusCode.Conflict);

        var coverage = (await JsonAsync(await county.OfficeApi.GetAsync($"{visits}/coverage"), HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => (m.GetProperty("unitsVisited").GetInt32(), m.GetProperty("units").GetArrayLength()));
        Assert.Equal((1, 1), coverage["王强"]);
        Assert.Equal((0, 1), coverage["陈红"]);
        await JsonAsync(await member.DeleteAsync($"{units}/{unitId}"), HttpStatusCode.Conflict);
        await JsonAsync(await county.OfficeApi.DeleteAsync($"{units}/{hers.GetProperty("id").GetInt64()}"), HttpStatusCode.OK);
        Assert.Equal(1, (await JsonAsync(await county.OfficeApi.GetAsync(visits), HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/guidance-visits"))).StatusCode);
    }

    [Fact]
    public async Task The_office_director_once_recorded_runs_the_daily_work()
    {
        var county = await CreateAsync(Host, "xg");
        // 赵敏 is on the group's roster? No: link her as director only works for the group's people; name her and link a member instead.
        var director = await Host.ApiClientAsync("xg-leader");
        await JsonAsync(await director.PostAsJsonAsync(county.Api(Plugin, "/units"), new { personId = county.People["李明"], name = "县水利局", relation = "InCharge" }), HttpStatusCode.Forbidden);
        var group = new
        {
            leaderId = county.People["许建国"], deputyIds = new[] { county.People["毛志强"] }, memberIds = Members.Skip(2).Select(m => county.People[m]).ToArray(),
            directorName = "许建国", directorPersonId = county.People["许建国"], version = 0,
        };
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/leading-group"), group), HttpStatusCode.OK);
        await JsonAsync(await director.PostAsJsonAsync(county.Api(Plugin, "/units"), new { personId = county.People["李明"], name = "县水利局", relation = "InCharge" }), HttpStatusCode.Created);
    }
}
