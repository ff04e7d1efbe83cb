using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.PartyGroupStudy.Tests.County;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>Where everyone stands, from the items' steps: the office's table, a member's own work, the five leads, the core's obligations.</summary>
public sealed class ProgressTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    private static Dictionary<string, JsonElement> ByName(JsonElement members) =>
        members.EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);

    [Fact]
    public async Task The_office_sees_every_member_s_missing_steps_a_member_their_own_and_an_outsider_nothing()
    {
        var county = await CreateAsync(Host, "xg");
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/leading-group"), Group(county)), HttpStatusCode.OK);
        var unit = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/units"), new { personId = county.People["王强"], name = "县农业局", relation = "InCharge" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/guidance-visits"),
            new { unitId = unit.GetProperty("id").GetInt64(), visitedOn = "2009-03-05", focus = "Study", findings = "x" }), HttpStatusCode.Created);

        var office = await JsonAsync(await county.OfficeApi.GetAsync(county.Api(Plugin, "/progress")), HttpStatusCode.OK);
        var members = ByName(office.GetProperty("members"));
        Assert.Equal(7, members.Count);
        var guidance = (string name) => members[name].GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("typeKey").GetString() == "party-group-study.guidance");
        Assert.Equal("Done", guidance("王强").GetProperty("state").GetString());
        Assert.Equal("2009-03-05", guidance("王强").GetProperty("doneOn").GetString());
        Assert.Equal("Pending", guidance("李明").GetProperty("state").GetString()); // no unit yet: owed, not met
        Assert.DoesNotContain(members["许建国"].GetProperty("steps").EnumerateArray(), s => s.GetProperty("typeKey").GetString() == "party-group-study.guidance");

        // After the campaign: what was never done is missing, and the core's obligations say the same.
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 8, 21);
        var after = ByName((await JsonAsync(await county.OfficeApi.GetAsync(county.Api(Plugin, "/progress")), HttpStatusCode.OK)).GetProperty("members"));
        Assert.Contains("指导分管和联系单位", after["李明"].GetProperty("stages")[2].GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        var obligations = (await JsonAsync(await county.OfficeApi.GetAsync($"/api/j/xg/obligations?type=party-group-study.guidance&pageSize=100"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToDictionary(o => o.GetProperty("obligedId").GetInt64(), o => o.GetProperty("status").GetString());
        Assert.Equal(("done", "missed"), (obligations[county.People["王强"]], obligations[county.People["李明"]]));

        // A member reads their own line and work; the five leads; an outsider is refused; the inspector reads all.
        var member = await Host.ApiClientAsync("xg-member");
        Assert.Single((await JsonAsync(await member.GetAsync(county.Api(Plugin, "/progress")), HttpStatusCode.OK)).GetProperty("members").EnumerateArray());
        var mine = await JsonAsync(await member.GetAsync(county.Api(Plugin, "/progress/mine")), HttpStatusCode.OK);
        Assert.Equal("王强", mine.GetProperty("name").GetString());
        Assert.Equal(5, (await JsonAsync(await member.GetAsync(county.Api(Plugin, "/five-leads")), HttpStatusCode.OK))[0].GetProperty("leads").GetArrayLength());
        var outsider = await Host.ApiClientAsync("xg-director");
        await JsonAsync(await outsider.GetAsync(county.Api(Plugin, "/progress")), HttpStatusCode.Forbidden);
        await JsonAsync(await outsider.GetAsync(county.Api(Plugin, "/progress/mine")), HttpStatusCode.Forbidden);
        await JsonAsync(await outsider.GetAsync(county.Api(Plugin, "/five-leads")), HttpStatusCode.Forbidden);
        Assert.Equal(7, (await JsonAsync(await (await Host.ApiClientAsync("xg-inspector")).GetAsync(county.Api(Plugin, "/five-leads")), HttpStatusCode.OK)).GetArrayLength());
        var ledger = await county.OfficeApi.GetStringAsync(county.Api(Plugin, "/ledgers/progress?format=csv"));
        Assert.Contains("指导分管和联系单位", ledger);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(county.Api(Plugin, "/ledgers/progress"))).StatusCode);
    }
}
