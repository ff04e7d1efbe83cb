using System.Net;
using System.Net.Http.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>三(一)二 制定方案: each branch's plan drafted in two parts, revised by version, final by 09-14 (Beijing), read by its members.</summary>
public sealed class BranchPlanTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared, InstituteBranchPlanHost.Beijing(2010, 9, 1))
{
    private static object Plan(int version, string goals = "创建五个好先进党组织", string requirements = "每名党员提出个人打算", string? note = null) =>
        new { goals, requirements, version, note };

    [Fact]
    public async Task The_branch_drafts_revises_and_finalizes_its_plan_and_its_members_read_it()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, $"/branch-plans/{institute.Org["光栅室党支部"]}");
        var (secretary, member, other) = (await Host.ApiClientAsync("ci-secretary"), await Host.ApiClientAsync("ci-member"), await Host.ApiClientAsync("ci-other"));

        var missing = await JsonAsync(await secretary.PutAsJsonAsync(api, new { goals = "创建五个好", version = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal(["requirements"], missing.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await JsonAsync(await member.PutAsJsonAsync(api, Plan(0)), HttpStatusCode.Forbidden);
        Assert.Equal(1, (await JsonAsync(await secretary.PutAsJsonAsync(api, Plan(0)), HttpStatusCode.OK)).GetProperty("document").GetProperty("version").GetInt32());
        var second = await JsonAsync(await secretary.PutAsJsonAsync(api, Plan(1, requirements: "每名党员9月14日前提出个人打算", note: "按动员大会意见修改")), HttpStatusCode.OK);
        Assert.Equal(2, second.GetProperty("history").GetArrayLength());
        await JsonAsync(await secretary.PutAsJsonAsync(api, Plan(1, goals: "旧稿")), HttpStatusCode.Conflict);
        Assert.Equal("2010-09-14", second.GetProperty("due").GetString());

        // The member reads the branch's plan; another branch's member does not.
        Assert.Equal("每名党员9月14日前提出个人打算", (await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK)).GetProperty("parts").GetProperty("requirements").GetString());
        await JsonAsync(await other.GetAsync(api), HttpStatusCode.NotFound);

        Clock.Now = InstituteBranchPlanHost.Beijing(2010, 9, 14, 23, 59);
        Assert.Equal("Done", (await JsonAsync(await secretary.PostAsync($"{api}/final?version=2", null), HttpStatusCode.OK)).GetProperty("state").GetString());
        await JsonAsync(await secretary.PutAsJsonAsync(api, Plan(2)), HttpStatusCode.BadRequest); // final: no more versions

        // The other branch finalizes a day late: 09-15 in Beijing.
        Clock.Now = InstituteBranchPlanHost.Beijing(2010, 9, 15, 0, 1);
        var laser = institute.Api(Plugin, $"/branch-plans/{institute.Org["激光室党支部"]}");
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(laser, Plan(0)), HttpStatusCode.OK);
        Assert.Equal("Late", (await JsonAsync(await institute.OfficeApi.PostAsync($"{laser}/final?version=1", null), HttpStatusCode.OK)).GetProperty("state").GetString());
        var owed = (await JsonAsync(await institute.OfficeApi.GetAsync("/api/j/ci/obligations?type=institute-branch-plan.branch-plan&pageSize=10"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToDictionary(o => o.GetProperty("obligedId").GetInt64(), o => o.GetProperty("status").GetString());
        Assert.Equal(("done", "late"), (owed[institute.Org["光栅室党支部"]], owed[institute.Org["激光室党支部"]]));
    }

    [Fact]
    public async Task On_the_page_the_secretary_saves_a_draft_and_the_member_reads_the_final_plan()
    {
        var institute = await CreateAsync(Host, "ci");
        var secretary = await Host.BrowserClientAsync("ci-secretary");
        var member = await Host.BrowserClientAsync("ci-member");
        var page = institute.Page(Plugin, "/BranchPlan");
        var branch = institute.Org["光栅室党支部"].ToString();

        Assert.Contains("党支部尚未起草", System.Net.WebUtility.HtmlDecode(await member.GetStringAsync(page)));
        var empty = await TestHost.SubmitFormAsync(secretary, page, new() { ["branchId"] = branch, ["version"] = "0", ["goals"] = "创建五个好" }, page + "?handler=Save");
        Assert.Contains("请填写“对党员的具体要求”", System.Net.WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        var saved = await TestHost.SubmitFormAsync(secretary, page,
            new() { ["branchId"] = branch, ["version"] = "0", ["goals"] = "创建五个好", ["requirements"] = "每名党员提出个人打算" }, page + "?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var final = await TestHost.SubmitFormAsync(secretary, page, new() { ["branchId"] = branch, ["version"] = "1" }, page + "?handler=Final");
        Assert.Equal(HttpStatusCode.Redirect, final.StatusCode);
        var read = System.Net.WebUtility.HtmlDecode(await member.GetStringAsync(page));
        Assert.Contains("每名党员提出个人打算", read);
        Assert.Contains("已定稿", read);
        Assert.DoesNotContain("?handler=Save", read); // a member only reads
    }
}
