using System.Net;
using System.Net.Http.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>三(一)三 我为组织建一言 through the real host: every member at least one, the branch answers each, at the version read.</summary>
public sealed class SuggestionTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared)
{
    [Fact]
    public async Task Members_write_to_their_branch_which_answers_each_and_sees_who_has_not_written()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, "/suggestions");
        var member = await Host.ApiClientAsync("ci-member");

        var blank = await JsonAsync(await member.PostAsJsonAsync(api, new { text = "  " }), HttpStatusCode.BadRequest);
        Assert.True(blank.GetProperty("errors").TryGetProperty("text", out _));
        var given = await JsonAsync(await member.PostAsJsonAsync(api, new { text = "建议每月组织一次课题组技术交流" }), HttpStatusCode.Created);
        Assert.Equal(institute.Org["光栅室党支部"], given.GetProperty("organizationId").GetInt64());
        var id = given.GetProperty("id").GetInt64();

        // The branch sees every member's count: 王强 has given one, 李明 none.
        var branch = (await JsonAsync(await institute.OfficeApi.GetAsync(api), HttpStatusCode.OK)).EnumerateArray()
            .Single(b => b.GetProperty("branchId").GetInt64() == institute.Org["光栅室党支部"]);
        var counts = branch.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("met").GetBoolean());
        Assert.True(counts["王强"]);
        Assert.False(counts["李明"]);

        // A member does not answer; the secretary does, at the version read; a second answer from the old version is 409.
        await JsonAsync(await member.PutAsJsonAsync($"{api}/{id}/reply", new { reply = "好", version = 1 }), HttpStatusCode.Forbidden);
        var secretary = await Host.ApiClientAsync("ci-secretary");
        var noAnswer = await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/reply", new { reply = " ", version = 1 }), HttpStatusCode.BadRequest);
        Assert.True(noAnswer.GetProperty("errors").TryGetProperty("reply", out _));
        var answered = await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/reply", new { reply = "采纳，下月起实行", version = 1 }), HttpStatusCode.OK);
        Assert.Equal("采纳，下月起实行", answered.GetProperty("reply").GetString());
        await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/reply", new { reply = "另一答复", version = 1 }), HttpStatusCode.Conflict);
        var mine = await JsonAsync(await member.GetAsync($"{api}/mine"), HttpStatusCode.OK);
        Assert.Equal("采纳，下月起实行", mine[0].GetProperty("reply").GetString());

        // Another branch's member neither sees nor answers it; their own list is empty.
        var other = await Host.ApiClientAsync("ci-other");
        await JsonAsync(await other.PutAsJsonAsync($"{api}/{id}/reply", new { reply = "x", version = 2 }), HttpStatusCode.NotFound);
        Assert.Empty((await JsonAsync(await other.GetAsync($"{api}/mine"), HttpStatusCode.OK)).EnumerateArray());
        // The branch records one a member gave on paper; a member may not give one in a colleague's name.
        await JsonAsync(await secretary.PostAsJsonAsync(api, new { text = "书面建议：改进仪器预约", personId = institute.People["李明"] }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(api, new { text = "冒名建议", personId = institute.People["李明"] }), HttpStatusCode.Forbidden);
    }
}
