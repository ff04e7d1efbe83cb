using System.Net;
using System.Net.Http.Json;
using static Plugins.PartyGroupStudy.Tests.County;
using static Plugins.PartyGroupStudy.Tests.Analysis;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>四(二)2 谈心交心 through the real host: every pair of seven once (21), whichever way named; outsiders refused; the leader-only reading.</summary>
public sealed class AnalysisTalkTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    [Fact]
    public async Task Seven_members_make_21_pairs_each_counted_once_whichever_way_it_is_recorded()
    {
        var county = await GroupAsync(Host);
        var other = await GroupAsync(Host, "other");
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 5);
        var api = county.Api(Plugin, "/talks");
        var member = await Host.ApiClientAsync("xg-member");
        var (wang, li) = (county.People["王强"], county.People["李明"]);

        var plan = await JsonAsync(await county.OfficeApi.GetAsync(api), HttpStatusCode.OK);
        Assert.Equal((true, 21, 0), (plan.GetProperty("everyPair").GetBoolean(), plan.GetProperty("requiredPairs").GetInt32(), plan.GetProperty("pairsHeld").GetInt32()));

        var talk = await JsonAsync(await member.PostAsJsonAsync(api, new { withPersonId = li, talkedOn = "2009-05-04", topics = "交流分析检查报告" }), HttpStatusCode.Created);
        // The same pair named the other way round, by 李明's side (the office) or by 王强 again: recorded already.
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, new { personId = li, withPersonId = wang, talkedOn = "2009-05-05" }), HttpStatusCode.Conflict);
        await JsonAsync(await member.PostAsJsonAsync(api, new { withPersonId = li, talkedOn = "2009-05-05" }), HttpStatusCode.Conflict);
        // Outsiders and oneself are refused by field; a day after today too.
        var outsider = (await JsonAsync(await member.PostAsJsonAsync(api, new { withPersonId = county.People["赵敏"], talkedOn = "2009-05-04" }), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["withPersonId"], outsider.EnumerateObject().Select(e => e.Name));
        var self = (await JsonAsync(await member.PostAsJsonAsync(api, new { withPersonId = wang, talkedOn = "2009-05-06" }), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["talkedOn", "withPersonId"], self.EnumerateObject().Select(e => e.Name).Order());
        await JsonAsync(await (await Host.ApiClientAsync("xg-director")).PostAsJsonAsync(api, new { withPersonId = wang, talkedOn = "2009-05-04" }), HttpStatusCode.Forbidden);
        await JsonAsync(await member.PostAsJsonAsync(api, new { personId = li, withPersonId = county.People["陈红"], talkedOn = "2009-05-04" }), HttpStatusCode.Forbidden);
        // Corrected at the version read; stale is a conflict. Another county's office does not find it.
        var id = talk.GetProperty("id").GetInt64();
        await JsonAsync(await member.PutAsJsonAsync($"{api}/{id}", new { withPersonId = li, talkedOn = "2009-05-03", version = 1 }), HttpStatusCode.OK);
        await JsonAsync(await member.PutAsJsonAsync($"{api}/{id}", new { withPersonId = li, talkedOn = "2009-05-02", version = 1 }), HttpStatusCode.Conflict);
        await JsonAsync(await other.OfficeApi.PutAsJsonAsync(other.Api(Plugin, $"/talks/{id}"), new { personId = other.People["王强"], withPersonId = other.People["李明"], talkedOn = "2009-05-02", version = 2 }), HttpStatusCode.NotFound);

        // Every other pair talks, the last on 05-18 (刘伟 with 陈红); 王强 finished on his last pair's day.
        var names = Members.Select(n => county.People[n]).ToList();
        var day = 6;
        foreach (var (a, b) in from i in Enumerable.Range(0, 7) from j in Enumerable.Range(i + 1, 6 - i) select (names[i], names[j]))
            if (!(a == li && b == wang) && !(a == wang && b == li))
            {
                var on = (a, b) == (county.People["陈红"], county.People["刘伟"]) ? "2009-05-18" : $"2009-05-{Math.Min(day++, 17):00}";
                Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 18);
                await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, new { personId = b, withPersonId = a, talkedOn = on }), HttpStatusCode.Created);
            }
        var done = await JsonAsync(await county.OfficeApi.GetAsync(api), HttpStatusCode.OK);
        Assert.Equal(21, done.GetProperty("pairsHeld").GetInt32());
        Assert.Equal(21, done.GetProperty("talks").GetArrayLength());
        var members = done.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        Assert.All(members.Values, m => Assert.Equal(6, m.GetProperty("held").GetInt32()));
        Assert.Equal("2009-05-18", members["刘伟"].GetProperty("doneOn").GetString());
        // A member reads their own progress and the talks they were in.
        var mine = await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK);
        Assert.Single(mine.GetProperty("members").EnumerateArray());
        Assert.Equal(6, mine.GetProperty("talks").GetArrayLength());
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 21);
        Assert.All((await ObligationsAsync(county, "talks")).Values, s => Assert.Equal("done", s));
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/talks"))).StatusCode);
    }

    [Fact]
    public async Task With_every_pair_off_the_leader_talks_with_each_member()
    {
        var county = await GroupAsync(Host);
        await Host.SetSwitchAsync(county.Id, Plugin, enabled: true, new() { ["talks.everyPair"] = "false" });
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 5);
        var api = county.Api(Plugin, "/talks");
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, new { personId = county.People["王强"], withPersonId = county.People["许建国"], talkedOn = "2009-05-04" }), HttpStatusCode.Created);
        var plan = await JsonAsync(await county.OfficeApi.GetAsync(api), HttpStatusCode.OK);
        Assert.Equal((false, 6, 1), (plan.GetProperty("everyPair").GetBoolean(), plan.GetProperty("requiredPairs").GetInt32(), plan.GetProperty("pairsHeld").GetInt32()));
        var members = plan.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        Assert.Equal((1, 1, "2009-05-04"), (members["王强"].GetProperty("required").GetInt32(), members["王强"].GetProperty("held").GetInt32(), members["王强"].GetProperty("doneOn").GetString()));
        Assert.Equal((6, 1), (members["许建国"].GetProperty("required").GetInt32(), members["许建国"].GetProperty("held").GetInt32()));
    }
}
