using System.Net;
using System.Net.Http.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>Every route of the plugin from another jurisdiction (404), switched off (404, no menu), and its pages for each role in both languages.</summary>
public sealed class IsolationAndPagesTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared)
{
    private static readonly string[] Pages = ["", "/LeadingGroup", "/BranchPlan", "/PersonalPlans", "/Suggestions", "/Study", "/ReadingNotes", "/PartySpirit", "/Dedication", "/Evaluation", "/Commendation", "/Summary", "/Oversight", "/Assessment"];

    [Fact]
    public async Task Another_jurisdiction_reaches_none_of_it()
    {
        var victim = await CreateAsync(Host, "victim");
        var intruder = await CreateAsync(Host, "intruder");
        var plan = await JsonAsync(await (await Host.ApiClientAsync("victim-member")).PostAsJsonAsync(victim.Api(Plugin, "/personal-plans"),
            new { text = "计划", problems = new[] { "问题" } }), HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetInt64();
        var suggestion = await JsonAsync(await (await Host.ApiClientAsync("victim-member")).PostAsJsonAsync(victim.Api(Plugin, "/suggestions"), new { text = "建议" }), HttpStatusCode.Created);
        var suggestionId = suggestion.GetProperty("id").GetInt64();
        var branch = victim.Org["光栅室党支部"];
        var session = await JsonAsync(await victim.OfficeApi.PostAsJsonAsync(victim.Api(Plugin, "/study/sessions"),
            new { branchId = branch, kind = "Session", title = "学习", heldOn = "2010-09-08", plannedHours = 2, actualHours = 2 }), HttpStatusCode.Created);
        var sessionId = session.GetProperty("id").GetInt64();

        // Through the victim's URLs: 404 for every route.
        foreach (var path in new[] { "/personal-plans", "/personal-plans/mine", "/personal-plans/published", $"/personal-plans/{planId}", "/suggestions", "/suggestions/mine",
                     $"/branches/{branch}/leading-group", "/ledgers/personal-plans", "/ledgers/suggestions",
                     "/study", "/study/mine", $"/study/sessions/{sessionId}", $"/branches/{branch}/required-readings", "/reading-notes", "/reading-notes/mine", "/ledgers/study", "/ledgers/reading-notes",
                     "/party-spirit", "/party-spirit/mine", "/dedication/contests", "/dedication/model-posts", "/ledgers/party-spirit-education",
                     "/ledgers/party-spirit-analyses", "/ledgers/dedication-contests", "/ledgers/model-posts",
                     "/evaluation", "/evaluation/mine", $"/evaluation/branches/{branch}/YearEnd", "/ledgers/evaluation-results",
                     "/commendation", "/commendation/nominations", "/commendation/honors", "/ledgers/recommendations",
                     $"/summary/branches/{branch}", $"/branch-plans/{branch}", "/summary/reports", "/summary/reports/mine", "/oversight", "/ledgers/member-reports", "/ledgers/oversight",
                     "/assessment/mine", $"/assessment/members/{victim.People["王强"]}", "/ledgers/member-assessments" })
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.GetAsync(victim.Api(Plugin, path))).StatusCode);
        // Through its own, by the victim's ids: nothing found, nothing changed.
        await JsonAsync(await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/branch-plans/{branch}"), new { goals = "x", requirements = "y", version = 0 }), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, $"/personal-plans/{planId}")), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.PutAsync(intruder.Api(Plugin, $"/personal-plans/{planId}/published?published=true"), null), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/personal-plans/{planId}/review"), new { outcome = "Fulfilled", score = 1 }), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/suggestions/{suggestionId}/reply"), new { reply = "x", version = 1 }), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, $"/branches/{branch}/leading-group")), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/branches/{branch}/leading-group"), new { leaderId = victim.People["巴音"], version = 0 }), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, $"/study/sessions/{sessionId}")), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/study/sessions/{sessionId}"),
            new { branchId = branch, kind = "Session", title = "改", heldOn = "2010-09-08", plannedHours = 1, actualHours = 1, version = 1 }), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.PostAsJsonAsync(intruder.Api(Plugin, "/study/sessions"),
            new { branchId = branch, kind = "Session", title = "x", heldOn = "2010-09-08", plannedHours = 1, actualHours = 1 }), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.PutAsJsonAsync(intruder.Api(Plugin, $"/branches/{branch}/required-readings"), new { titles = new[] { "x" }, version = 0 }), HttpStatusCode.NotFound);
        var foreignNote = await JsonAsync(await intruder.OfficeApi.PostAsJsonAsync(intruder.Api(Plugin, "/reading-notes"),
            new { kind = "ReadingNote", body = new string('字', 300), personId = victim.People["李明"] }), HttpStatusCode.BadRequest);
        Assert.True(foreignNote.GetProperty("errors").TryGetProperty("personId", out _));
        var foreignPlan = await JsonAsync(await intruder.OfficeApi.PostAsJsonAsync(intruder.Api(Plugin, "/personal-plans"), new { personId = victim.People["李明"], text = "x", problems = new[] { "y" } }),
            HttpStatusCode.BadRequest);
        Assert.True(foreignPlan.GetProperty("errors").TryGetProperty("personId", out _));
        await JsonAsync(await intruder.OfficeApi.PostAsync(intruder.Api(Plugin, $"/evaluation/branches/{branch}/YearEnd"), null), HttpStatusCode.NotFound);
        await JsonAsync(await intruder.OfficeApi.PostAsJsonAsync(intruder.Api(Plugin, "/commendation/nominations"), new { personId = victim.People["李明"] }), HttpStatusCode.BadRequest);
        var browser = await Host.BrowserClientAsync("intruder-admin");
        foreach (var page in Pages) Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(victim.Page(Plugin, page))).StatusCode);
        Assert.Empty((await JsonAsync(await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, "/personal-plans/published")), HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task Switched_off_it_answers_404_and_leaves_the_menu()
    {
        var institute = await CreateAsync(Host, "ci");
        var browser = await Host.BrowserClientAsync("ci-admin");
        Assert.Contains("个人打算", await browser.GetStringAsync("/j/ci"));
        await Host.SetSwitchAsync(institute.Id, Plugin, enabled: false);
        Assert.Equal(HttpStatusCode.NotFound, (await institute.OfficeApi.GetAsync(institute.Api(Plugin, "/personal-plans"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(institute.Page(Plugin, "/PersonalPlans"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await institute.OfficeApi.GetAsync(institute.Api(Plugin, $"/assessment/members/{institute.People["王强"]}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(institute.Page(Plugin, "/Assessment"))).StatusCode);
        Assert.DoesNotContain("个人打算", await browser.GetStringAsync("/j/ci"));
    }

    [Theory]
    [InlineData("ci-admin")]
    [InlineData("ci-secretary")]
    [InlineData("ci-deputy")]
    [InlineData("ci-member")]
    public async Task Every_page_opens_for_each_role_in_Chinese_and_English(string user)
    {
        var institute = await CreateAsync(Host, "ci");
        var browser = await Host.BrowserClientAsync(user);
        foreach (var page in Pages)
        {
            var chinese = await browser.GetAsync(institute.Page(Plugin, page));
            Assert.True(chinese.StatusCode == HttpStatusCode.OK, $"{user} {page}: {(int)chinese.StatusCode}");
            var english = await browser.GetStringAsync(institute.Page(Plugin, page) + "?culture=en");
            Assert.DoesNotContain("个人打算（", english);
        }
        Assert.Contains("9月14日前", await browser.GetStringAsync(institute.Page(Plugin, "")));
    }

    [Fact]
    public async Task A_member_hands_in_the_plan_and_gives_a_suggestion_through_the_pages_and_the_branch_answers_there()
    {
        var institute = await CreateAsync(Host, "ci");
        var member = await Host.BrowserClientAsync("ci-member");
        var plans = institute.Page(Plugin, "/PersonalPlans");

        var refused = await TestHost.SubmitFormAsync(member, plans, new() { ["Kind"] = "Member", ["PlanText"] = "完成课题", ["Problems"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("针对的突出问题", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var saved = await TestHost.SubmitFormAsync(member, plans, new() { ["Kind"] = "Post", ["PlanText"] = "完成光栅课题阶段任务", ["Problems"] = "创新意识不强\n作风不实" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = System.Net.WebUtility.HtmlDecode(await member.GetStringAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("个人打算已提交", shown);
        Assert.Contains("按时提交", shown);

        var suggestions = institute.Page(Plugin, "/Suggestions");
        var given = await TestHost.SubmitFormAsync(member, suggestions, new() { ["SuggestionText"] = "建议每月一次技术交流" });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);

        var secretary = await Host.BrowserClientAsync("ci-secretary");
        var page = System.Net.WebUtility.HtmlDecode(await secretary.GetStringAsync(suggestions));
        Assert.Contains("建议每月一次技术交流", page);
        Assert.Contains("role=\"progressbar\"", page);
        var id = (await JsonAsync(await member.GetAsync(institute.Api(Plugin, "/suggestions/mine")), HttpStatusCode.OK))[0].GetProperty("id").GetInt64();
        var answered = await TestHost.SubmitFormAsync(secretary, suggestions, new() { ["id"] = id.ToString(), ["version"] = "1", ["reply"] = "采纳" }, suggestions + "?handler=Reply");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("采纳", await member.GetStringAsync(suggestions));
    }
}
