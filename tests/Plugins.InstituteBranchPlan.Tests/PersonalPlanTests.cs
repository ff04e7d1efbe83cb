using System.Net;
using System.Net.Http.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>三(一)二 个人打算 through the real host: handed in by 09-14 in Beijing's day, kept by the branch, published, assessed.</summary>
public sealed class PersonalPlanTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared)
{
    private static object Plan(string text = "完成光栅刻划机调试任务", string[]? problems = null, string kind = "Member", long? personId = null, int? version = null) =>
        new { personId, kind, text, problems = problems ?? ["创新意识不强"], version };

    private async Task<string> StateOfAsync(TestJurisdiction institute, string name)
    {
        var branches = await JsonAsync(await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/personal-plans")), HttpStatusCode.OK);
        return branches.EnumerateArray().SelectMany(b => b.GetProperty("lines").EnumerateArray())
            .Single(l => l.GetProperty("name").GetString() == name).GetProperty("state").GetString()!;
    }

    [Fact]
    public async Task A_member_hands_in_their_plan_naming_the_problems_and_the_14th_counts_to_midnight_in_Beijing()
    {
        var institute = await CreateAsync(Host, "ci");
        var member = await Host.ApiClientAsync("ci-member");
        var api = institute.Api(Plugin, "/personal-plans");

        var empty = await JsonAsync(await member.PostAsJsonAsync(api, Plan(text: " ", problems: [])), HttpStatusCode.BadRequest);
        Assert.Equal(["problems", "text"], empty.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        // 2010-09-14 23:50 in Beijing is 15:50 UTC: still the 14th there, on time.
        Clock.Now = InstituteBranchPlanHost.Beijing(2010, 9, 14, 23, 50);
        var created = await JsonAsync(await member.PostAsJsonAsync(api, Plan()), HttpStatusCode.Created);
        Assert.Equal(["创新意识不强"], created.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("Done", await StateOfAsync(institute, "王强"));

        // 00:10 on the 15th there (16:10 UTC on the 14th): late.
        Clock.Now = InstituteBranchPlanHost.Beijing(2010, 9, 15, 0, 10);
        var late = await Host.ApiClientAsync("ci-other");
        await JsonAsync(await late.PostAsJsonAsync(api, Plan()), HttpStatusCode.Created);
        Assert.Equal("Late", await StateOfAsync(institute, "陈红"));
        Assert.Equal("Missed", await StateOfAsync(institute, "李明"));

        // Changing the plan later does not move the day it was handed in; a stale version is a conflict.
        var version = created.GetProperty("version").GetInt32();
        var changed = await JsonAsync(await member.PostAsJsonAsync(api, Plan(text: "完成调试并交付阶段成果", version: version)), HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("submittedAt").GetDateTimeOffset(), changed.GetProperty("submittedAt").GetDateTimeOffset());
        Assert.Equal("Done", await StateOfAsync(institute, "王强"));
        await JsonAsync(await member.PostAsJsonAsync(api, Plan(text: "旧版本上的修改", version: version)), HttpStatusCode.Conflict);
        // One plan a member: a post pledge after a member pledge is refused, naming the kind.
        var other = await JsonAsync(await member.PostAsJsonAsync(api, Plan(kind: "Post", version: version + 1)), HttpStatusCode.BadRequest);
        Assert.True(other.GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task The_plan_meets_the_member_s_obligation_in_theHost_s_calendar()
    {
        var institute = await CreateAsync(Host, "ci");
        var member = await Host.ApiClientAsync("ci-member");
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/personal-plans"), Plan()), HttpStatusCode.Created);

        var owed = (await JsonAsync(await institute.OfficeApi.GetAsync($"/api/j/ci/obligations?type=institute-branch-plan.personal-plan&pageSize=100"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(7, owed.Count); // every member of both branches
        Assert.All(owed, o => Assert.Equal("2010-09-14", o.GetProperty("dueOn").GetString()));
        Assert.Equal("done", owed.Single(o => o.GetProperty("obligedId").GetInt64() == institute.People["王强"]).GetProperty("status").GetString());
        Assert.Equal("pending", owed.Single(o => o.GetProperty("obligedId").GetInt64() == institute.People["李明"]).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_leading_group_records_publishes_and_assesses_for_its_branch_and_members_may_not()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, "/personal-plans");
        var deputy = await Host.ApiClientAsync("ci-deputy");
        var member = await Host.ApiClientAsync("ci-member");

        // Before the group is recorded 冯树龙 is a plain member: not for 李明.
        await JsonAsync(await deputy.PostAsJsonAsync(api, Plan(personId: institute.People["李明"])), HttpStatusCode.Forbidden);
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(institute.Api(Plugin, $"/branches/{institute.Org["光栅室党支部"]}/leading-group"),
            new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["冯树龙"] }, version = 0 }), HttpStatusCode.OK);
        var recorded = await JsonAsync(await deputy.PostAsJsonAsync(api, Plan(personId: institute.People["李明"])), HttpStatusCode.Created);
        var id = recorded.GetProperty("id").GetInt64();
        // Not for another branch's member, and a member not for a colleague.
        await JsonAsync(await deputy.PostAsJsonAsync(api, Plan(personId: institute.People["陈红"])), HttpStatusCode.Forbidden);
        await JsonAsync(await member.PostAsJsonAsync(api, Plan(personId: institute.People["李明"])), HttpStatusCode.Forbidden);

        // Published institute-wide: another branch's member reads it; before, 404.
        var other = await Host.ApiClientAsync("ci-other");
        await JsonAsync(await other.GetAsync(institute.Api(Plugin, $"/personal-plans/{id}")), HttpStatusCode.NotFound);
        // A colleague does not even read an unpublished plan, let alone publish it.
        await JsonAsync(await member.PutAsync(institute.Api(Plugin, $"/personal-plans/{id}/published?published=true"), null), HttpStatusCode.NotFound);
        await JsonAsync(await deputy.PutAsync(institute.Api(Plugin, $"/personal-plans/{id}/published?published=true"), null), HttpStatusCode.OK);
        await JsonAsync(await other.GetAsync(institute.Api(Plugin, $"/personal-plans/{id}")), HttpStatusCode.OK);
        Assert.Single((await JsonAsync(await other.GetAsync(institute.Api(Plugin, "/personal-plans/published")), HttpStatusCode.OK)).EnumerateArray());

        // Assessed by the branch; then no more changes.
        await JsonAsync(await member.PutAsJsonAsync(institute.Api(Plugin, $"/personal-plans/{id}/review"), new { outcome = "Fulfilled", score = 92 }), HttpStatusCode.Forbidden);
        var noScore = await JsonAsync(await deputy.PutAsJsonAsync(institute.Api(Plugin, $"/personal-plans/{id}/review"), new { outcome = "Fulfilled" }), HttpStatusCode.BadRequest);
        Assert.True(noScore.GetProperty("errors").TryGetProperty("score", out _));
        var reviewed = await JsonAsync(await deputy.PutAsJsonAsync(institute.Api(Plugin, $"/personal-plans/{id}/review"), new { outcome = "Fulfilled", score = 92 }), HttpStatusCode.OK);
        Assert.Equal(92m, reviewed.GetProperty("score").GetDecimal());
        await JsonAsync(await deputy.PostAsJsonAsync(api, Plan(personId: institute.People["李明"], version: recorded.GetProperty("version").GetInt32() + 1)), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_ledger_lists_every_member_handed_in_or_not()
    {
        var institute = await CreateAsync(Host, "ci");
        await JsonAsync(await (await Host.ApiClientAsync("ci-member")).PostAsJsonAsync(institute.Api(Plugin, "/personal-plans"), Plan()), HttpStatusCode.Created);
        var csv = await institute.OfficeApi.GetStringAsync(institute.Api(Plugin, "/ledgers/personal-plans?format=csv"));
        var rows = csv.Split('\n');
        Assert.Contains(rows, r => r.Contains("王强") && r.Contains("按时提交") && r.Contains("创新意识不强"));
        Assert.Contains(rows, r => r.Contains("李明") && r.Contains("待提交"));
        var xlsx = await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/ledgers/personal-plans"));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
    }
}
