using System.Net;
using System.Net.Http.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>三(三) 年度总结 and 四(五) 严格考核督导 through the real host.</summary>
public sealed class SummaryAndOversightTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared, InstituteBranchPlanHost.Beijing(2010, 12, 20))
{
    private static object Summary(int version, string experience = "学用结合", string shortcomings = "笔记流于形式", string measures = "每季度检查", string? note = null) =>
        new { experience, shortcomings, measures, version, note };

    [Fact]
    public async Task The_branch_drafts_its_summary_in_three_parts_revises_it_by_version_and_finalizes_it()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, $"/summary/branches/{institute.Org["光栅室党支部"]}");
        var secretary = await Host.ApiClientAsync("ci-secretary");

        var missing = await JsonAsync(await secretary.PutAsJsonAsync(api, new { experience = "学用结合", version = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal(["measures", "shortcomings"], missing.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        await JsonAsync(await (await Host.ApiClientAsync("ci-member")).PutAsJsonAsync(api, Summary(0)), HttpStatusCode.Forbidden);

        var first = await JsonAsync(await secretary.PutAsJsonAsync(api, Summary(0)), HttpStatusCode.OK);
        Assert.Equal(1, first.GetProperty("document").GetProperty("version").GetInt32());
        Assert.Equal("笔记流于形式", first.GetProperty("parts").GetProperty("shortcomings").GetString());
        var second = await JsonAsync(await secretary.PutAsJsonAsync(api, Summary(1, measures: "每季度检查一次笔记", note: "按书记意见补充")), HttpStatusCode.OK);
        Assert.Equal(2, second.GetProperty("history").GetArrayLength());
        await JsonAsync(await secretary.PutAsJsonAsync(api, Summary(1, measures: "旧稿上的修改")), HttpStatusCode.Conflict);
        await JsonAsync(await secretary.PutAsJsonAsync(api, Summary(0)), HttpStatusCode.Conflict); // a second "first draft"

        Assert.Equal("Pending", second.GetProperty("state").GetString());
        var final = await JsonAsync(await secretary.PostAsync($"{api}/final?version=2", null), HttpStatusCode.OK);
        Assert.True(final.GetProperty("document").GetProperty("final").GetBoolean());
        Assert.Equal("Done", final.GetProperty("state").GetString());
        await JsonAsync(await secretary.PutAsJsonAsync(api, Summary(2)), HttpStatusCode.BadRequest); // final: no more versions
        var owed = (await JsonAsync(await institute.OfficeApi.GetAsync("/api/j/ci/obligations?type=institute-branch-plan.branch-summary&pageSize=10"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToDictionary(o => o.GetProperty("obligedId").GetInt64(), o => o.GetProperty("status").GetString());
        Assert.Equal("done", owed[institute.Org["光栅室党支部"]]);
        Assert.Equal("pending", owed[institute.Org["激光室党支部"]]);
        // Another branch's member does not read it.
        await JsonAsync(await (await Host.ApiClientAsync("ci-other")).GetAsync(api), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Members_report_in_two_parts_by_the_summary_day_and_the_branch_accepts_or_returns()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, "/summary/reports");
        var member = await Host.ApiClientAsync("ci-member");

        var half = await JsonAsync(await member.PostAsJsonAsync(api, new { participation = "参加了集中学习" }), HttpStatusCode.BadRequest);
        Assert.True(half.GetProperty("errors").TryGetProperty("pledge", out _));
        var report = await JsonAsync(await member.PostAsJsonAsync(api, new { participation = "参加了集中学习", pledge = "课题任务已完成" }), HttpStatusCode.Created);
        var id = report.GetProperty("id").GetInt64();
        await JsonAsync(await member.PostAsJsonAsync(api, new { personId = institute.People["李明"], participation = "x", pledge = "y" }), HttpStatusCode.Forbidden);

        var secretary = await Host.ApiClientAsync("ci-secretary");
        await JsonAsync(await member.PutAsJsonAsync($"{api}/{id}/review", new { accept = true }), HttpStatusCode.NotFound); // a member reviews nothing, sees no branch's list
        var noWhy = await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/review", new { accept = false }), HttpStatusCode.BadRequest);
        Assert.True(noWhy.GetProperty("errors").TryGetProperty("comment", out _));
        Assert.Equal("Returned", (await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/review", new { accept = false, comment = "请补充履行承诺的具体成果" }), HttpStatusCode.OK))
            .GetProperty("state").GetString());
        await JsonAsync(await member.PostAsJsonAsync(api, new { participation = "参加了集中学习", pledge = "课题任务已完成，发表论文一篇" }), HttpStatusCode.OK);
        Assert.Equal("Accepted", (await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/review", new { accept = true }), HttpStatusCode.OK)).GetProperty("state").GetString());
        await JsonAsync(await member.PostAsJsonAsync(api, new { participation = "改", pledge = "改" }), HttpStatusCode.BadRequest); // accepted: final

        // 12-31 in Beijing is the last day: a report then is on time, on 01-01 late, none at all missing.
        Clock.Now = InstituteBranchPlanHost.Beijing(2010, 12, 31, 23, 59);
        await JsonAsync(await (await Host.ApiClientAsync("ci-deputy")).PostAsJsonAsync(api, new { participation = "a", pledge = "b" }), HttpStatusCode.Created);
        Clock.Now = InstituteBranchPlanHost.Beijing(2011, 1, 1, 0, 1);
        await JsonAsync(await (await Host.ApiClientAsync("ci-other")).PostAsJsonAsync(api, new { participation = "a", pledge = "b" }), HttpStatusCode.Created);
        var states = (await JsonAsync(await institute.OfficeApi.GetAsync(api), HttpStatusCode.OK)).EnumerateArray().SelectMany(b => b.GetProperty("lines").EnumerateArray())
            .ToDictionary(l => l.GetProperty("name").GetString()!, l => l.GetProperty("state").GetString());
        Assert.Equal(("Done", "Done", "Late", "Missed"), (states["王强"], states["冯树龙"], states["陈红"], states["李明"]));
        var csv = await institute.OfficeApi.GetStringAsync(institute.Api(Plugin, "/ledgers/member-reports?format=csv"));
        Assert.Contains(csv.Split('\n'), r => r.Contains("王强") && r.Contains("已通过") && r.Contains("发表论文一篇"));
    }

    [Fact]
    public async Task A_check_puts_flagged_members_on_the_rectification_list_which_is_closed_at_the_version_read()
    {
        var institute = await CreateAsync(Host, "ci");
        var secretary = await Host.ApiClientAsync("ci-secretary");
        var branch = institute.Org["光栅室党支部"];
        // 王强 hands in a plan and a suggestion; the others have neither (the plans' day has passed): the records flag them.
        var member = await Host.ApiClientAsync("ci-member");
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/personal-plans"), new { text = "计划", problems = new[] { "问题" } }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/suggestions"), new { text = "建议" }), HttpStatusCode.Created);
        var before = (await JsonAsync(await secretary.GetAsync(institute.Api(Plugin, "/oversight")), HttpStatusCode.OK)).EnumerateArray().Single(b => b.GetProperty("branchId").GetInt64() == branch);
        var flagged = before.GetProperty("candidates").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList());
        Assert.DoesNotContain("王强", flagged.Keys);
        Assert.Equal(["逾期未提交个人打算", "未向组织提建议"], flagged["李明"]);

        var api = institute.Api(Plugin, "/oversight/checks");
        var bad = await JsonAsync(await secretary.PostAsJsonAsync(api, new { branchId = branch, checkedOn = "2010-12-21", findings = " ", flaggedPersonIds = new[] { institute.People["陈红"] } }),
            HttpStatusCode.BadRequest);
        Assert.Equal(["checkedOn", "findings", "flaggedPersonIds"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        // A plain member does not even see the branch's oversight.
        await JsonAsync(await member.PostAsJsonAsync(api, new { branchId = branch, checkedOn = "2010-12-20", findings = "x" }), HttpStatusCode.NotFound);
        await JsonAsync(await secretary.PostAsJsonAsync(api, new { branchId = branch, checkedOn = "2010-12-20", findings = "个别党员未提交个人打算",
            flaggedPersonIds = new[] { institute.People["李明"] } }), HttpStatusCode.Created);

        var after = (await JsonAsync(await secretary.GetAsync(institute.Api(Plugin, "/oversight")), HttpStatusCode.OK)).EnumerateArray().Single(b => b.GetProperty("branchId").GetInt64() == branch);
        var line = Assert.Single(after.GetProperty("rectifications").EnumerateArray());
        Assert.Equal("2011-01-19", line.GetProperty("line").GetProperty("deadline").GetString()); // 30 days
        Assert.Equal(institute.People["李明"], line.GetProperty("line").GetProperty("leadPersonId").GetInt64());
        var id = line.GetProperty("line").GetProperty("id").GetInt64();
        var version = line.GetProperty("line").GetProperty("version").GetInt32();

        // Overdue once its day passes; closed with what was done, at the version read.
        Clock.Now = InstituteBranchPlanHost.Beijing(2011, 1, 20);
        var overdue = (await JsonAsync(await secretary.GetAsync(institute.Api(Plugin, "/oversight")), HttpStatusCode.OK)).EnumerateArray().Single(b => b.GetProperty("branchId").GetInt64() == branch);
        Assert.Equal("Overdue", overdue.GetProperty("rectifications")[0].GetProperty("status").GetString());
        var done = institute.Api(Plugin, $"/oversight/rectifications/{id}/done");
        await JsonAsync(await secretary.PutAsJsonAsync(done, new { evidence = " ", version }), HttpStatusCode.BadRequest);
        await JsonAsync(await secretary.PutAsJsonAsync(done, new { evidence = "已谈话，补交个人打算", version }), HttpStatusCode.OK);
        await JsonAsync(await secretary.PutAsJsonAsync(done, new { evidence = "再销一次", version = version + 1 }), HttpStatusCode.BadRequest); // closed once
        var csv = await institute.OfficeApi.GetStringAsync(institute.Api(Plugin, "/ledgers/oversight?format=csv"));
        Assert.Contains(csv.Split('\n'), r => r.Contains("李明") && r.Contains("已整改") && r.Contains("补交个人打算"));
        // Another jurisdiction's office reaches none of it.
        var intruder = await CreateAsync(Host, "intruder");
        await JsonAsync(await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/oversight/rectifications/{id}/done"), new { evidence = "x", version = version + 1 }), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.PostAsJsonAsync(intruder.Api(Plugin, "/oversight/checks"), new { branchId = branch, checkedOn = "2011-01-20", findings = "x" }), HttpStatusCode.NotFound);
    }
}
