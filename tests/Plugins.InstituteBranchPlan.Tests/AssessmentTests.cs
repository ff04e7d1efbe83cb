using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Plugins.InstituteBranchPlan;
using Modular.Plugins.InstituteBranchPlan.Assessment;
using Modular.Sdk.Scheduling;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>年度考核 as plain rules: an item's due state read as a line, counts owed by the year's end, the overall state.</summary>
public sealed class AssessmentRuleTests
{
    private static readonly InstituteRules Rules = InstituteRules.From(PluginDefaults.Settings(InstituteBranchPlanHost.PluginId));

    [Fact]
    public void A_hand_in_keeps_its_item_s_state_and_a_count_is_owed_by_the_year_s_end()
    {
        Assert.Equal(AssessmentState.Done, AssessmentRule.Of(DueState.Done));
        Assert.Equal(AssessmentState.Late, AssessmentRule.Of(DueState.Late));
        Assert.Equal(AssessmentState.Open, AssessmentRule.Of(DueState.Pending));
        Assert.Equal(AssessmentState.Overdue, AssessmentRule.Of(DueState.Missed));
        Assert.Equal(AssessmentState.Open, AssessmentRule.ByYearEnd(false, Rules, new(2010, 12, 31)));
        Assert.Equal(AssessmentState.Overdue, AssessmentRule.ByYearEnd(false, Rules, new(2011, 1, 1)));
        Assert.Equal(AssessmentState.Done, AssessmentRule.ByYearEnd(true, Rules, new(2011, 1, 1)));
    }

    [Fact]
    public void The_overall_state_is_the_worst_required_line()
    {
        Assert.Equal(AssessmentState.Done, AssessmentRule.Overall([AssessmentState.Done, AssessmentState.Done]));
        Assert.Equal(AssessmentState.Late, AssessmentRule.Overall([AssessmentState.Done, AssessmentState.Late]));
        Assert.Equal(AssessmentState.Open, AssessmentRule.Overall([AssessmentState.Late, AssessmentState.Open]));
        Assert.Equal(AssessmentState.Overdue, AssessmentRule.Overall([AssessmentState.Open, AssessmentState.Overdue, AssessmentState.Done]));
    }
}

/// <summary>年度考核 through the real host: the member's own, the branch choosing a member, everyone else 404.</summary>
public sealed class AssessmentTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared)
{
    private static JsonElement Line(JsonElement assessment, string key) =>
        assessment.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("key").GetString() == key);

    /// <summary>王强 hands in his plan on time and one suggestion; 李明 does nothing.</summary>
    private async Task<TestJurisdiction> InstituteWithRecordsAsync()
    {
        var institute = await CreateAsync(Host, "ci");
        var member = await Host.ApiClientAsync("ci-member");
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/personal-plans"), new { text = "完成课题", problems = new[] { "钻研不深" } }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(institute.Api(Plugin, "/suggestions"), new { text = "建议每月一次技术交流" }), HttpStatusCode.Created);
        await JsonAsync(await institute.OfficeApi.PostAsJsonAsync(institute.Api(Plugin, "/study/sessions"), new
        {
            branchId = institute.Org["光栅室党支部"], kind = "Session", title = "集中学习", heldOn = "2010-09-08", plannedHours = 2, actualHours = 2,
            absent = new[] { new { personId = institute.People["李明"], reason = "出差" } },
        }), HttpStatusCode.Created);
        return institute;
    }

    [Fact]
    public async Task A_member_reads_their_own_year_line_by_line_with_the_summary()
    {
        var institute = await InstituteWithRecordsAsync();
        var member = await Host.ApiClientAsync("ci-member");
        var mine = await JsonAsync(await member.GetAsync(institute.Api(Plugin, "/assessment/mine")), HttpStatusCode.OK);
        Assert.Equal("王强", mine.GetProperty("name").GetString());
        Assert.Equal("Done", Line(mine, "plan").GetProperty("state").GetString());
        Assert.Equal("Open", Line(mine, "plan-score").GetProperty("state").GetString());
        Assert.Equal("Done", Line(mine, "suggestions").GetProperty("state").GetString());
        Assert.Equal("Done", Line(mine, "study").GetProperty("state").GetString());
        Assert.Equal("Open", Line(mine, "analysis").GetProperty("state").GetString());
        Assert.Equal("NotRequired", Line(mine, "contests").GetProperty("state").GetString());
        Assert.Contains("年终评议", mine.GetProperty("summary").GetString());
        Assert.Equal("Open", mine.GetProperty("overall").GetString());
        // The same through the members route with one's own id.
        var same = await JsonAsync(await member.GetAsync(institute.Api(Plugin, $"/assessment/members/{institute.People["王强"]}")), HttpStatusCode.OK);
        Assert.Equal(mine.GetProperty("summary").GetString(), same.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task The_branch_opens_any_member_and_the_year_s_end_makes_what_is_owed_overdue()
    {
        var institute = await InstituteWithRecordsAsync();
        var secretary = await Host.ApiClientAsync("ci-secretary");
        var li = await JsonAsync(await secretary.GetAsync(institute.Api(Plugin, $"/assessment/members/{institute.People["李明"]}")), HttpStatusCode.OK);
        Assert.Equal("李明", li.GetProperty("name").GetString());
        Assert.Equal("Open", Line(li, "study").GetProperty("state").GetString());
        Assert.Contains("缺席 1 次", Line(li, "study").GetProperty("detail").GetString());
        var wang = await JsonAsync(await institute.OfficeApi.GetAsync(institute.Api(Plugin, $"/assessment/members/{institute.People["王强"]}")), HttpStatusCode.OK);
        Assert.Equal("Done", Line(wang, "plan").GetProperty("state").GetString());

        Clock.Now = InstituteBranchPlanHost.Beijing(2011, 1, 5);
        li = await JsonAsync(await secretary.GetAsync(institute.Api(Plugin, $"/assessment/members/{institute.People["李明"]}")), HttpStatusCode.OK);
        Assert.Equal("Overdue", Line(li, "plan").GetProperty("state").GetString());
        Assert.Equal("Overdue", Line(li, "suggestions").GetProperty("state").GetString());
        Assert.Equal("Overdue", Line(li, "report").GetProperty("state").GetString());
        Assert.Equal("Overdue", li.GetProperty("overall").GetString());

        var ledger = await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/ledgers/member-assessments"));
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        var csv = await institute.OfficeApi.GetStringAsync(institute.Api(Plugin, "/ledgers/member-assessments?format=csv"));
        Assert.Contains("李明", csv);
        Assert.Contains("陈红", csv);
    }

    [Fact]
    public async Task Anyone_else_asking_for_a_member_is_told_there_is_none()
    {
        var institute = await InstituteWithRecordsAsync();
        var wang = institute.People["王强"];
        foreach (var user in new[] { "ci-member", "ci-deputy", "ci-other" })
        {
            var asked = user == "ci-member" ? institute.People["李明"] : wang;
            var client = await Host.ApiClientAsync(user);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(institute.Api(Plugin, $"/assessment/members/{asked}"))).StatusCode);
        }
        // A plain member sees no branch: the ledger has no rows of others.
        var csv = await (await Host.ApiClientAsync("ci-other")).GetStringAsync(institute.Api(Plugin, "/ledgers/member-assessments?format=csv"));
        Assert.DoesNotContain("王强", csv);
        // The page: another member's is 404, one's own opens.
        var browser = await Host.BrowserClientAsync("ci-other");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(institute.Page(Plugin, $"/Assessment?personId={wang}"))).StatusCode);
        Assert.Contains("陈红", System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync(institute.Page(Plugin, "/Assessment"))));
        // Another jurisdiction, by the same id: 404.
        var intruder = await CreateAsync(Host, "intruder");
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, $"/assessment/members/{wang}"))).StatusCode);
    }

    [Fact]
    public async Task The_secretary_chooses_a_member_on_the_page()
    {
        var institute = await InstituteWithRecordsAsync();
        var browser = await Host.BrowserClientAsync("ci-secretary");
        var page = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync(institute.Page(Plugin, $"/Assessment?personId={institute.People["李明"]}")));
        Assert.Contains("<option value=\"" + institute.People["李明"] + "\" selected", page.Replace("selected=\"selected\"", "selected"));
        Assert.Contains("缺席 1 次", page);
        Assert.Contains("ledgers/member-assessments", page);
    }
}
