using System.Net;
using System.Net.Http.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>四(一) 领导小组 through the real host: proposed from the officers, recorded whole, versioned, and its members act for the branch.</summary>
public sealed class LeadingGroupTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared)
{
    [Fact]
    public async Task The_officers_are_proposed_then_the_group_is_recorded_once_and_a_stale_save_is_a_conflict()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, $"/branches/{institute.Org["光栅室党支部"]}/leading-group");

        var proposed = await JsonAsync(await institute.OfficeApi.GetAsync(api), HttpStatusCode.OK);
        Assert.False(proposed.GetProperty("recorded").GetBoolean());
        Assert.Equal(new[] { "巴音 Leader", "冯树龙 Deputy", "谭鑫 Deputy" }.Order(),
            proposed.GetProperty("seats").EnumerateArray().Select(s => $"{s.GetProperty("name").GetString()} {s.GetProperty("role").GetString()}").Order());

        var group = new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["冯树龙"], institute.People["谭鑫"] }, memberIds = Array.Empty<long>(), version = 0 };
        var saved = await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(api, group), HttpStatusCode.OK);
        Assert.True(saved.GetProperty("recorded").GetBoolean());
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        // Someone who read version 0 saves after: 409, nothing overwritten.
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(api, group with { }), HttpStatusCode.Conflict);

        // Nobody from another branch, nobody twice, one leader.
        var stranger = await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(api, new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["陈红"] }, version = 1 }),
            HttpStatusCode.BadRequest);
        Assert.True(stranger.GetProperty("errors").TryGetProperty("memberIds", out _));
        var twice = await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(api, new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["巴音"] }, version = 1 }),
            HttpStatusCode.BadRequest);
        Assert.True(twice.GetProperty("errors").TryGetProperty("deputyIds", out _));
    }

    [Fact]
    public async Task A_member_reads_their_branch_s_group_sets_none_and_another_branch_s_member_sees_nothing()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, $"/branches/{institute.Org["光栅室党支部"]}/leading-group");
        var member = await Host.ApiClientAsync("ci-member");
        await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK);
        await JsonAsync(await member.PutAsJsonAsync(api, new { leaderId = institute.People["王强"], version = 0 }), HttpStatusCode.Forbidden);
        var other = await Host.ApiClientAsync("ci-other");
        await JsonAsync(await other.GetAsync(api), HttpStatusCode.NotFound);
        // The branch secretary (an officer account) sets it.
        var secretary = await Host.ApiClientAsync("ci-secretary");
        await JsonAsync(await secretary.PutAsJsonAsync(api, new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["冯树龙"] }, version = 0 }), HttpStatusCode.OK);
    }
}
