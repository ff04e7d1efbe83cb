using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Plugins.InstituteBranchPlan;
using Modular.Plugins.InstituteBranchPlan.Dedication;
using Modular.Plugins.InstituteBranchPlan.PartySpirit;
using Modular.Sdk.Scheduling;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>三(二)1 党性教育 and 三(二)2 岗位奉献 as plain rules: coverage at its threshold, the analysis's day, contests and posts.</summary>
public sealed class StageTwoRuleTests
{
    private static InstituteRules Rules(params (string Key, string Value)[] changed) =>
        InstituteRules.From(PluginDefaults.Settings(InstituteBranchPlanHost.PluginId, changed));

    [Fact]
    public void A_member_is_reached_at_the_minimum_number_of_events_and_not_below()
    {
        var document = Rules();
        Assert.Equal(1, document.MinEducationEvents);
        Assert.False(PartySpiritRule.Reached(document, 0));
        Assert.True(PartySpiritRule.Reached(document, 1));
        var three = Rules(("partySpirit.minEventsPerMember", "3"));
        Assert.False(PartySpiritRule.Reached(three, 2));
        Assert.True(PartySpiritRule.Reached(three, 3));
    }

    [Fact]
    public void The_analysis_is_due_at_the_year_s_end_by_default_and_the_last_day_counts()
    {
        var document = Rules();
        Assert.Equal(new DateOnly(2010, 12, 31), document.AnalysisDue);
        Assert.Equal(DueState.Done, PartySpiritRule.StateOf(document, new(2010, 12, 31), new(2011, 1, 5)));
        Assert.Equal(DueState.Late, PartySpiritRule.StateOf(document, new(2011, 1, 1), new(2011, 1, 5)));
        Assert.Equal(DueState.Pending, PartySpiritRule.StateOf(document, null, new(2010, 12, 31)));
        Assert.Equal(DueState.Missed, PartySpiritRule.StateOf(document, null, new(2011, 1, 1)));
        Assert.Equal(new DateOnly(2010, 11, 30), Rules(("partySpirit.analysisDue", "11-30")).AnalysisDue);
    }

    [Fact]
    public void An_analysis_needs_its_form_the_problems_found_and_the_self_criticism()
    {
        Assert.Equal(["form", "problemsFound", "selfCriticism"], PartySpiritRule.AnalysisProblems(null, " ", "").Keys.Order());
        Assert.Empty(PartySpiritRule.AnalysisProblems(AnalysisForm.LifeMeeting, "学习不深", "今后加强学习"));
        Assert.Contains("heldOn", PartySpiritRule.EventProblems(Rules(), "党课", new(2011, 1, 1), 2m).Keys);
        Assert.Contains("hours", PartySpiritRule.EventProblems(Rules(), "党课", new(2010, 10, 1), 0m).Keys);
    }

    [Fact]
    public void Contests_results_and_model_posts_need_what_the_branch_records()
    {
        Assert.Equal(["heldOn", "kind", "title"], DedicationRule.ContestProblems(Rules(), null, "", null).Keys.Order());
        Assert.Contains("rank", DedicationRule.ResultProblems(0, null).Keys);
        Assert.Contains("award", DedicationRule.ResultProblems(null, " ").Keys);
        Assert.Empty(DedicationRule.ResultProblems(null, "优秀奖"));
        Assert.Contains("to", DedicationRule.PostProblems("示范岗", "作表率", new(2010, 10, 1), new(2010, 9, 30)).Keys);
        Assert.True(DedicationRule.Current(new(2010, 10, 1), null, new(2011, 3, 1)));
        Assert.False(DedicationRule.Current(new(2010, 10, 1), new(2010, 12, 31), new(2011, 1, 1)));
    }
}

/// <summary>三(二)1 党性教育 through the real host: events with attendance, coverage per member, one analysis a year.</summary>
public sealed class PartySpiritTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared)
{
    private static async Task<JsonElement> LineAsync(TestJurisdiction institute, string name)
    {
        var branches = await JsonAsync(await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/party-spirit")), HttpStatusCode.OK);
        return branches.EnumerateArray().SelectMany(b => b.GetProperty("lines").EnumerateArray()).Single(l => l.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task The_branch_records_education_events_and_a_member_is_reached_at_the_minimum_and_not_before()
    {
        var institute = await CreateAsync(Host, "ci");
        await Host.SetSwitchAsync(institute.Id, Plugin, enabled: true, new() { ["partySpirit.minEventsPerMember"] = "2" });
        var api = institute.Api(Plugin, "/party-spirit/events");
        var branch = institute.Org["光栅室党支部"];
        var (wang, li) = (institute.People["王强"], institute.People["李明"]);

        // A member does not record an event; the deputy (leading group) may once the group is recorded; the secretary may.
        var member = await Host.ApiClientAsync("ci-member");
        var lecture = new { branchId = branch, kind = "PartyLecture", title = "支部书记讲党课", heldOn = "2010-09-20", hours = 2, attended = new[] { wang, li } };
        await JsonAsync(await member.PostAsJsonAsync(api, lecture), HttpStatusCode.Forbidden);
        var secretary = await Host.ApiClientAsync("ci-secretary");
        var blank = await JsonAsync(await secretary.PostAsJsonAsync(api, new { branchId = branch, title = " ", heldOn = "2011-01-02", hours = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal(["heldOn", "hours", "kind", "title"], blank.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        var stranger = await JsonAsync(await secretary.PostAsJsonAsync(api, lecture with { attended = new[] { institute.People["陈红"] } }), HttpStatusCode.BadRequest);
        Assert.True(stranger.GetProperty("errors").TryGetProperty("attended", out _));
        var first = await JsonAsync(await secretary.PostAsJsonAsync(api, lecture), HttpStatusCode.Created);
        Assert.Equal(5, first.GetProperty("expected").GetInt32()); // every member of the branch is expected
        Assert.Equal(2, first.GetProperty("attended").GetInt32());
        Assert.Equal("领导干部讲党课", first.GetProperty("kindName").GetString());

        // One event of two: not reached yet at the setting of 2.
        Assert.Equal(1, (await LineAsync(institute, "王强")).GetProperty("events").GetInt32());
        Assert.False((await LineAsync(institute, "王强")).GetProperty("reached").GetBoolean());
        var visit = await JsonAsync(await secretary.PostAsJsonAsync(api, new { branchId = branch, kind = "Visit", title = "参观纪念馆", heldOn = "2010-10-10", hours = 4, attended = new[] { wang } }),
            HttpStatusCode.Created);
        Assert.True((await LineAsync(institute, "王强")).GetProperty("reached").GetBoolean());
        Assert.False((await LineAsync(institute, "李明")).GetProperty("reached").GetBoolean());

        // Attendance corrected at the version read; a stale one is 409.
        var id = visit.GetProperty("id").GetInt64();
        var version = visit.GetProperty("version").GetInt32();
        await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/attendance", new { attended = new[] { wang, li }, version }), HttpStatusCode.OK);
        await JsonAsync(await secretary.PutAsJsonAsync($"{api}/{id}/attendance", new { attended = new[] { wang }, version }), HttpStatusCode.Conflict);
        Assert.True((await LineAsync(institute, "李明")).GetProperty("reached").GetBoolean());
        // Another branch's member neither sees nor changes it.
        await JsonAsync(await (await Host.ApiClientAsync("ci-other")).PutAsJsonAsync($"{api}/{id}/attendance", new { attended = Array.Empty<long>(), version = version + 1 }),
            HttpStatusCode.NotFound);

        // The ledgers carry the event and every member's line.
        Assert.Equal(HttpStatusCode.OK, (await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/ledgers/party-spirit-education"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/ledgers/party-spirit-analyses"))).StatusCode);
    }

    [Fact]
    public async Task One_analysis_a_member_a_year_a_second_is_409_and_a_change_at_the_version_read_keeps_the_day()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, "/party-spirit/analyses");
        var member = await Host.ApiClientAsync("ci-member");
        var empty = await JsonAsync(await member.PostAsJsonAsync(api, new { problemsFound = " " }), HttpStatusCode.BadRequest);
        Assert.Equal(["form", "problemsFound", "selfCriticism"], empty.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        Clock.Now = InstituteBranchPlanHost.Beijing(2010, 12, 31, 23, 50); // the last day, in Beijing
        var analysis = new { form = "LifeMeeting", problemsFound = "理论学习不深", selfCriticism = "今后加强学习", criticismReceived = "多联系群众" };
        var created = await JsonAsync(await member.PostAsJsonAsync(api, analysis), HttpStatusCode.Created);
        Assert.Equal(2010, created.GetProperty("year").GetInt32());
        Assert.Equal("Done", (await LineAsync(institute, "王强")).GetProperty("state").GetString());
        var again = await JsonAsync(await member.PostAsJsonAsync(api, analysis), HttpStatusCode.Conflict);
        Assert.Contains("已提交", again.GetRawText());

        Clock.Now = InstituteBranchPlanHost.Beijing(2011, 1, 1, 0, 10);
        var version = created.GetProperty("version").GetInt32();
        var changed = await JsonAsync(await member.PostAsJsonAsync(api, new { form = "Forum", problemsFound = "理论学习不深；联系群众不够", selfCriticism = "今后加强学习", version }),
            HttpStatusCode.OK);
        Assert.Equal(version + 1, changed.GetProperty("version").GetInt32());
        Assert.Equal(created.GetProperty("handedInAt").GetDateTimeOffset(), changed.GetProperty("handedInAt").GetDateTimeOffset());
        await JsonAsync(await member.PostAsJsonAsync(api, new { form = "Forum", problemsFound = "x", selfCriticism = "y", version }), HttpStatusCode.Conflict);
        Assert.Equal("Done", (await LineAsync(institute, "王强")).GetProperty("state").GetString());
        Assert.Equal("Missed", (await LineAsync(institute, "李明")).GetProperty("state").GetString());

        // The branch records one for a member, after the day: late. A member may not hand one in for a colleague.
        await JsonAsync(await member.PostAsJsonAsync(api, new { personId = institute.People["李明"], form = "Forum", problemsFound = "x", selfCriticism = "y" }), HttpStatusCode.Forbidden);
        await JsonAsync(await (await Host.ApiClientAsync("ci-secretary")).PostAsJsonAsync(api,
            new { personId = institute.People["李明"], form = "HeartToHeart", problemsFound = "作风不实", selfCriticism = "改进作风" }), HttpStatusCode.Created);
        Assert.Equal("Late", (await LineAsync(institute, "李明")).GetProperty("state").GetString());
        // A member of another branch does not record one for 光栅室.
        await JsonAsync(await (await Host.ApiClientAsync("ci-other")).PostAsJsonAsync(api,
            new { personId = institute.People["谭鑫"], form = "Forum", problemsFound = "x", selfCriticism = "y" }), HttpStatusCode.Forbidden);

        // The obligation: every member, due the year's end; met by the analysis.
        var owed = (await JsonAsync(await institute.OfficeApi.GetAsync("/api/j/ci/obligations?type=institute-branch-plan.party-spirit-analysis&pageSize=100"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(7, owed.Count);
        Assert.All(owed, o => Assert.Equal("2010-12-31", o.GetProperty("dueOn").GetString()));
        Assert.Equal("done", owed.Single(o => o.GetProperty("obligedId").GetInt64() == institute.People["王强"]).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_member_hands_in_the_analysis_on_the_page_and_the_branch_sees_the_coverage_bar()
    {
        var institute = await CreateAsync(Host, "ci");
        var member = await Host.BrowserClientAsync("ci-member");
        var page = institute.Page(Plugin, "/PartySpirit");
        var refused = await TestHost.SubmitFormAsync(member, page, new() { ["Form"] = "Forum", ["ProblemsFound"] = "", ["SelfCriticism"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("自我批评", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var saved = await TestHost.SubmitFormAsync(member, page, new() { ["Form"] = "Forum", ["ProblemsFound"] = "学习不深", ["SelfCriticism"] = "加强学习" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("党性分析已保存", System.Net.WebUtility.HtmlDecode(await member.GetStringAsync(saved.Headers.Location!.OriginalString)));

        var secretary = await Host.BrowserClientAsync("ci-secretary");
        var recorded = await TestHost.SubmitFormAsync(secretary, page, new()
        {
            ["branchId"] = institute.Org["光栅室党支部"].ToString(), ["kind"] = "OathRenewal", ["title"] = "重温入党誓词", ["heldOn"] = "2010-09-10", ["hours"] = "1",
            ["attended"] = institute.People["王强"].ToString(),
        }, page + "?handler=Event");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var shown = System.Net.WebUtility.HtmlDecode(await secretary.GetStringAsync(page));
        Assert.Contains("重温入党誓词", shown);
        Assert.Contains("role=\"progressbar\"", shown);
        Assert.Contains("学习不深", shown);
    }
}
