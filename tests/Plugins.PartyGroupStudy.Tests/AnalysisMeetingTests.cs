using System.Net;
using System.Net.Http.Json;
using static Plugins.PartyGroupStudy.Tests.County;
using static Plugins.PartyGroupStudy.Tests.Analysis;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>四(二)2 专题民主生活会 through the real host: the meeting with attendance, materials before it, criticism never of oneself.</summary>
public sealed class AnalysisMeetingTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    [Fact]
    public async Task The_office_records_the_meeting_members_write_material_before_it_and_criticise_each_other_never_themselves()
    {
        var county = await GroupAsync(Host);
        var other = await GroupAsync(Host, "other");
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 8);
        var api = county.Api(Plugin, "/life-meeting");
        var member = await Host.ApiClientAsync("xg-member");
        var (wang, li) = (county.People["王强"], county.People["李明"]);

        await JsonAsync(await member.PutAsJsonAsync(api, Meeting(county, "2009-05-12")), HttpStatusCode.Forbidden);
        var outside = (await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, new { title = " ", heldOn = "2009-09-01", hours = 0, attended = new[] { county.People["赵敏"] } }), HttpStatusCode.BadRequest))
            .GetProperty("errors");
        Assert.Equal(["attended", "heldOn", "hours", "title"], outside.EnumerateObject().Select(e => e.Name).Order());
        var meeting = await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, Meeting(county, "2009-05-12")), HttpStatusCode.Created);
        Assert.Equal(6, meeting.GetProperty("meeting").GetProperty("attended").GetInt32());
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, Meeting(county, "2009-05-13")), HttpStatusCode.Conflict); // no version read
        var read = meeting.GetProperty("meeting").GetProperty("version").GetInt32();
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, Meeting(county, "2009-05-13", version: read)), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, Meeting(county, "2009-05-12", version: read)), HttpStatusCode.Conflict); // stale

        // Criticism waits for the meeting.
        Assert.True((await JsonAsync(await member.PostAsJsonAsync($"{api}/criticisms", new { text = "自我批评" }), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("meeting", out _));

        var material = await JsonAsync(await member.PutAsJsonAsync($"{api}/materials", new { text = "结合征求到的意见，查找本人在推动科学发展方面的差距。", writtenOn = "2009-05-08" }), HttpStatusCode.Created);
        await JsonAsync(await member.PutAsJsonAsync($"{api}/materials", new { text = "第二份", writtenOn = "2009-05-08" }), HttpStatusCode.Conflict); // one each: send the version read
        await JsonAsync(await member.PutAsJsonAsync($"{api}/materials", new { text = "修改", writtenOn = "2009-05-08", version = material.GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        await JsonAsync(await member.PutAsJsonAsync($"{api}/materials", new { personId = li, text = "代写", writtenOn = "2009-05-08" }), HttpStatusCode.Forbidden);
        Assert.Equal(["text", "writtenOn"], (await JsonAsync(await member.PutAsJsonAsync($"{api}/materials", new { text = "", writtenOn = "2009-05-09", version = 2 }), HttpStatusCode.BadRequest))
            .GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 14);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/materials", new { personId = li, text = "会后补交", writtenOn = "2009-05-14" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync($"{api}/criticisms", new { text = "对群众反映的问题回应不及时。" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync($"{api}/criticisms", new { toPersonId = li, text = "深入基层少。" }), HttpStatusCode.Created);
        var ownself = (await JsonAsync(await member.PostAsJsonAsync($"{api}/criticisms", new { toPersonId = wang, text = "批评自己" }), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["toPersonId"], ownself.EnumerateObject().Select(e => e.Name));
        Assert.True((await JsonAsync(await member.PostAsJsonAsync($"{api}/criticisms", new { toPersonId = county.People["赵敏"], text = "x" }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("toPersonId", out _));
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/criticisms", new { fromPersonId = county.People["赵敏"], toPersonId = wang, text = "x" }), HttpStatusCode.BadRequest);
        await JsonAsync(await member.PostAsJsonAsync($"{api}/criticisms", new { fromPersonId = li, toPersonId = wang, text = "x" }), HttpStatusCode.Forbidden);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/criticisms", new { fromPersonId = li, toPersonId = wang, text = "工作作风不够扎实。" }), HttpStatusCode.Created);

        var seen = await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK);
        var said = seen.GetProperty("criticisms").EnumerateArray().Select(c => (c.GetProperty("from").GetString(), c.GetProperty("to").GetString())).ToList();
        Assert.Equal([("王强", null), ("王强", "李明"), ("李明", "王强")], said);
        var lines = seen.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("member").GetString()!);
        Assert.False(lines["刘伟"].GetProperty("attended").GetBoolean());
        Assert.Equal("Done", lines["王强"].GetProperty("state").GetString());
        Assert.Equal("Late", lines["李明"].GetProperty("state").GetString());
        await JsonAsync(await (await Host.ApiClientAsync("xg-director")).GetAsync(api), HttpStatusCode.Forbidden);
        await JsonAsync(await (await Host.ApiClientAsync("xg-inspector")).GetAsync(api), HttpStatusCode.OK);
        Assert.Equal(0, (await JsonAsync(await other.OfficeApi.GetAsync(other.Api(Plugin, "/life-meeting")), HttpStatusCode.OK)).GetProperty("criticisms").GetArrayLength());

        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 21);
        var owed = await ObligationsAsync(county, "speaking-material");
        Assert.Equal(("done", "late", "missed"), (owed[wang], owed[li], owed[county.People["陈红"]]));
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/life-meeting"))).StatusCode);
    }
}
