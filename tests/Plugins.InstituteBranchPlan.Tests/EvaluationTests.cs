using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>三(二)3 群众评议 and 三(二)4 评选表彰 through the real host: rounds, ratings by members and code holders, fixed grades, the list and the nominations.</summary>
public sealed class EvaluationTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared)
{
    private static string Round(TestJurisdiction institute, string period, string tail = "") =>
        institute.Api(Plugin, $"/evaluation/branches/{institute.Org["光栅室党支部"]}/{period}{tail}");

    private static object Rating(TestJurisdiction institute, string name, string grade, string? code = null) =>
        new { personId = institute.People[name], grade, code };

    /// <summary>The branch hands in and assesses a member's plan (the personal-plan score the composite uses).</summary>
    private async Task PlanAsync(TestJurisdiction institute, HttpClient secretary, string name, string outcome, decimal score)
    {
        var plan = await JsonAsync(await secretary.PostAsJsonAsync(institute.Api(Plugin, "/personal-plans"),
            new { personId = institute.People[name], text = "完成课题", problems = new[] { "创新意识不强" } }), HttpStatusCode.Created);
        await JsonAsync(await secretary.PutAsJsonAsync(institute.Api(Plugin, $"/personal-plans/{plan.GetProperty("id").GetInt64()}/review"), new { outcome, score, comment = "年度考核" }), HttpStatusCode.OK);
    }

    private static JsonElement Line(JsonElement round, string name) =>
        round.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("name").GetString() == name);

    [Fact]
    public async Task The_branch_opens_members_and_code_holders_rate_and_closing_fixes_the_composite_grade()
    {
        var institute = await CreateAsync(Host, "ci");
        var secretary = await Host.ApiClientAsync("ci-secretary");
        var deputy = await Host.ApiClientAsync("ci-deputy");
        var member = await Host.ApiClientAsync("ci-member");
        var other = await Host.ApiClientAsync("ci-other");
        await PlanAsync(institute, secretary, "李明", "Fulfilled", 92);

        await JsonAsync(await member.PostAsync(Round(institute, "YearEnd"), null), HttpStatusCode.Forbidden);
        await JsonAsync(await secretary.PostAsync(Round(institute, "YearEnd"), null), HttpStatusCode.Created);
        await JsonAsync(await secretary.PostAsync(Round(institute, "YearEnd"), null), HttpStatusCode.Conflict);

        // Members rate colleagues once each, never themselves; another branch's member does not rate here without a code.
        foreach (var rater in new[] { secretary, deputy, member })
            await JsonAsync(await rater.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, "李明", "excellent")), HttpStatusCode.OK);
        await JsonAsync(await member.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, "李明", "qualified")), HttpStatusCode.BadRequest);
        var self = await JsonAsync(await member.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, "王强", "excellent")), HttpStatusCode.BadRequest);
        Assert.True(self.GetProperty("errors").TryGetProperty("personId", out _));
        await JsonAsync(await other.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, "李明", "excellent")), HttpStatusCode.Forbidden);
        var offScale = await JsonAsync(await deputy.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, "王强", "great")), HttpStatusCode.BadRequest);
        Assert.True(offScale.GetProperty("errors").TryGetProperty("grade", out _));
        foreach (var rater in new[] { secretary, deputy })
            await JsonAsync(await rater.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, "王强", "qualified")), HttpStatusCode.OK);
        // A paper sheet of 谭鑫's (no account) is entered by the branch, not by a colleague.
        var sheet = new { personId = institute.People["王强"], grade = "qualified", raterId = institute.People["谭鑫"] };
        await JsonAsync(await member.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), sheet with { personId = institute.People["李明"] }), HttpStatusCode.Forbidden);
        await JsonAsync(await secretary.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), sheet), HttpStatusCode.OK);

        // The public: codes from the branch only; each code rates each member once, anonymously.
        await JsonAsync(await member.PostAsJsonAsync(Round(institute, "YearEnd", "/codes"), new { count = 2 }), HttpStatusCode.Forbidden);
        var codes = (await JsonAsync(await secretary.PostAsJsonAsync(Round(institute, "YearEnd", "/codes"), new { count = 2 }), HttpStatusCode.OK))
            .GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(2, codes.Count);
        await JsonAsync(await other.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, "李明", "excellent", codes[0])), HttpStatusCode.OK);
        var twice = await JsonAsync(await other.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, "李明", "excellent", codes[0])), HttpStatusCode.BadRequest);
        Assert.True(twice.GetProperty("errors").TryGetProperty("code", out _));
        await JsonAsync(await other.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, "王强", "qualified", codes[1])), HttpStatusCode.OK);

        // While open the branch sees tallies; the member sees whom they rated, not their own grade; a plain member sees no tallies.
        var open = await JsonAsync(await secretary.GetAsync(Round(institute, "YearEnd")), HttpStatusCode.OK);
        Assert.Equal([3, 0, 0, 0], Line(open, "李明").GetProperty("membersTally").EnumerateArray().Select(c => c.GetInt32()));
        var mine = (await JsonAsync(await member.GetAsync(institute.Api(Plugin, "/evaluation/mine")), HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("mine").ValueKind);
        Assert.True(mine.GetProperty("colleagues").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "李明").GetProperty("rated").GetBoolean());
        Assert.Empty((await JsonAsync(await member.GetAsync(institute.Api(Plugin, "/evaluation")), HttpStatusCode.OK)).EnumerateArray());
        await JsonAsync(await member.GetAsync(Round(institute, "YearEnd")), HttpStatusCode.NotFound);

        await JsonAsync(await member.PostAsync(Round(institute, "YearEnd", "/close"), null), HttpStatusCode.Forbidden);
        var closed = await JsonAsync(await secretary.PostAsync(Round(institute, "YearEnd", "/close"), null), HttpStatusCode.OK);
        var li = Line(closed, "李明");
        Assert.Equal(97.6m, li.GetProperty("composite").GetDecimal()); // 40% × 100 + 30% × 100 + 30% × 92
        Assert.Equal("excellent", li.GetProperty("grade").GetString());
        var wang = Line(closed, "王强");
        Assert.Equal(75m, wang.GetProperty("composite").GetDecimal()); // no plan: members 75 (three sheets) and public 75 weighed 40:30
        Assert.Equal([0, 3, 0, 0], wang.GetProperty("membersTally").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal("qualified", wang.GetProperty("grade").GetString());
        Assert.Equal(JsonValueKind.Null, Line(closed, "谭鑫").GetProperty("grade").ValueKind); // nobody rated, no plan

        // Closed: fixed. No more ratings, no second close; a later plan score does not move it.
        await JsonAsync(await deputy.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, "谭鑫", "excellent")), HttpStatusCode.Conflict);
        await JsonAsync(await secretary.PostAsync(Round(institute, "YearEnd", "/close"), null), HttpStatusCode.Conflict);
        await PlanAsync(institute, secretary, "王强", "Fulfilled", 100);
        Assert.Equal(75m, Line(await JsonAsync(await secretary.GetAsync(Round(institute, "YearEnd")), HttpStatusCode.OK), "王强").GetProperty("composite").GetDecimal());
        mine = (await JsonAsync(await member.GetAsync(institute.Api(Plugin, "/evaluation/mine")), HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal("qualified", mine.GetProperty("mine").GetProperty("grade").GetString());

        var csv = await institute.OfficeApi.GetStringAsync(institute.Api(Plugin, "/ledgers/evaluation-results?format=csv"));
        Assert.Contains(csv.Split('\n'), r => r.Contains("李明") && r.Contains("优秀") && r.Contains("97.6"));
    }

    [Fact]
    public async Task A_round_is_not_opened_after_the_day_it_closes()
    {
        var institute = await CreateAsync(Host, "ci");
        var secretary = await Host.ApiClientAsync("ci-secretary");
        // 2010-09-10 is after the half-year round's 07-15.
        var late = await JsonAsync(await secretary.PostAsync(Round(institute, "HalfYear"), null), HttpStatusCode.BadRequest);
        Assert.True(late.GetProperty("errors").TryGetProperty("period", out _));
        await JsonAsync(await secretary.PostAsync(Round(institute, "YearEnd"), null), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Only_a_member_graded_excellent_who_kept_the_pledge_is_recommended_and_the_level_above_sees_and_decides_the_nomination()
    {
        // The institute's party committee is the parent jurisdiction: the branch's nominations go to its 优秀党员 selection.
        var parent = await TestJurisdiction.CreateAsync(Host, "cp", "光机所党委", []);
        var institute = await CreateAsync(Host, "ci", parent.Id);
        var unrelated = await TestJurisdiction.CreateAsync(Host, "cu", "另一所党委", []);
        var secretary = await Host.ApiClientAsync("ci-secretary");
        var deputy = await Host.ApiClientAsync("ci-deputy");
        var member = await Host.ApiClientAsync("ci-member");
        var other = await Host.ApiClientAsync("ci-other");
        await PlanAsync(institute, secretary, "李明", "Fulfilled", 95);
        await PlanAsync(institute, secretary, "王强", "Partly", 95);
        foreach (var name in new[] { "李明", "王强" })
            await JsonAsync(await secretary.PostAsJsonAsync(institute.Api(Plugin, "/suggestions"), new { text = "建议加强交流", personId = institute.People[name] }), HttpStatusCode.Created);
        await JsonAsync(await secretary.PostAsync(Round(institute, "YearEnd"), null), HttpStatusCode.Created);
        foreach (var rater in new[] { secretary, deputy })
            foreach (var name in new[] { "李明", "王强" })
                await JsonAsync(await rater.PostAsJsonAsync(Round(institute, "YearEnd", "/ratings"), Rating(institute, name, "excellent")), HttpStatusCode.OK);
        await JsonAsync(await secretary.PostAsync(Round(institute, "YearEnd", "/close"), null), HttpStatusCode.OK);

        var list = (await JsonAsync(await secretary.GetAsync(institute.Api(Plugin, "/commendation")), HttpStatusCode.OK)).EnumerateArray()
            .Single(b => b.GetProperty("branch").GetString() == "光栅室党支部").GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(["李明"], list.Where(c => c.GetProperty("recommended").GetBoolean()).Select(c => c.GetProperty("name").GetString()));
        Assert.True(list.Single(c => c.GetProperty("name").GetString() == "王强").GetProperty("excellent").GetBoolean()); // excellent, but the pledge only partly kept

        var nominations = institute.Api(Plugin, "/commendation/nominations");
        var notOnList = await JsonAsync(await secretary.PostAsJsonAsync(nominations, new { personId = institute.People["王强"] }), HttpStatusCode.BadRequest);
        Assert.True(notOnList.GetProperty("errors").TryGetProperty("personId", out _));
        await JsonAsync(await member.PostAsJsonAsync(nominations, new { personId = institute.People["李明"] }), HttpStatusCode.Forbidden);
        var nominated = await JsonAsync(await secretary.PostAsJsonAsync(nominations, new { personId = institute.People["李明"] }), HttpStatusCode.Created);
        Assert.Equal("ExcellentMember", nominated.GetProperty("category").GetString());
        Assert.Equal(institute.Org["研究所机关党委"], nominated.GetProperty("currentOrganizationId").GetInt64());
        await JsonAsync(await secretary.PostAsJsonAsync(nominations, new { personId = institute.People["李明"] }), HttpStatusCode.Conflict);

        // The level above (the institute's committee, run by the office) sees it; another branch's member and a plain member do not.
        Assert.Single((await JsonAsync(await institute.OfficeApi.GetAsync(nominations), HttpStatusCode.OK)).EnumerateArray());
        Assert.Empty((await JsonAsync(await other.GetAsync(nominations), HttpStatusCode.OK)).EnumerateArray());
        Assert.Empty((await JsonAsync(await member.GetAsync(nominations), HttpStatusCode.OK)).EnumerateArray());
        var id = nominated.GetProperty("id").GetInt64();
        await JsonAsync(await other.PutAsJsonAsync($"{nominations}/{id}/decision", new { approve = true }), HttpStatusCode.NotFound);
        await JsonAsync(await secretary.PutAsJsonAsync($"{nominations}/{id}/decision", new { approve = true }), HttpStatusCode.Forbidden);
        var approved = await JsonAsync(await institute.OfficeApi.PutAsJsonAsync($"{nominations}/{id}/decision", new { approve = true, reason = "同意" }), HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());

        // Reported to the institute (the parent jurisdiction), which reads it and decides it; the branch reads the decision.
        await JsonAsync(await secretary.PostAsync($"{nominations}/{id}/report", null), HttpStatusCode.Forbidden);
        var reported = await JsonAsync(await institute.OfficeApi.PostAsync($"{nominations}/{id}/report", null), HttpStatusCode.OK);
        Assert.Equal(parent.Id, reported.GetProperty("reportedToJurisdictionId").GetInt32());
        var decision = $"/api/j/cp/blocks/nominations/reported-to-us/{institute.Id}/{id}/decision";
        Assert.Equal("李明", (await JsonAsync(await parent.OfficeApi.GetAsync("/api/j/cp/blocks/nominations/reported-to-us"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Single().GetProperty("nomineeName").GetString());
        await JsonAsync(await unrelated.OfficeApi.PostAsJsonAsync($"/api/j/cu/blocks/nominations/reported-to-us/{institute.Id}/{id}/decision", new { selected = true }), HttpStatusCode.NotFound);
        await JsonAsync(await institute.OfficeApi.PostAsJsonAsync($"/api/j/ci/blocks/nominations/reported-to-us/{institute.Id}/{id}/decision", new { selected = true }), HttpStatusCode.NotFound);
        await JsonAsync(await parent.OfficeApi.PostAsJsonAsync(decision, new { selected = false }), HttpStatusCode.BadRequest); // not selected: say why
        // The parent's office decides on its review desk.
        var parentBrowser = await Host.BrowserClientAsync("cp-admin");
        var decided = await TestHost.SubmitFormAsync(parentBrowser, "/j/cp/office/reviews",
            new() { ["from"] = institute.Id.ToString(), ["id"] = id.ToString(), ["reason"] = "所党委评选通过" }, "/j/cp/office/reviews?handler=Select");
        Assert.Contains("已评定为入选", System.Net.WebUtility.HtmlDecode(await decided.Content.ReadAsStringAsync()));
        await JsonAsync(await parent.OfficeApi.PostAsJsonAsync(decision, new { selected = false, reason = "改判" }), HttpStatusCode.Conflict);
        var seenBelow = (await JsonAsync(await institute.OfficeApi.GetAsync(nominations), HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.True(seenBelow.GetProperty("parentDecision").GetProperty("selected").GetBoolean());
        Assert.Equal("所党委评选通过", seenBelow.GetProperty("parentDecision").GetProperty("reason").GetString());
        var desk = System.Net.WebUtility.HtmlDecode(await parentBrowser.GetStringAsync("/j/cp/office/reviews"));
        Assert.Contains("ci研究所", desk);
        Assert.Contains("入选", desk);
        Assert.Contains("上级评选：入选", System.Net.WebUtility.HtmlDecode(await (await Host.BrowserClientAsync("ci-secretary")).GetStringAsync(institute.Page(Plugin, "/Commendation"))));

        // Honours: 先进个人 recorded by the branch, once.
        var honors = institute.Api(Plugin, "/commendation/honors");
        var honor = new { kind = "Individual", personId = institute.People["李明"], title = "所优秀共产党员" };
        await JsonAsync(await member.PostAsJsonAsync(honors, honor), HttpStatusCode.Forbidden);
        await JsonAsync(await secretary.PostAsJsonAsync(honors, honor), HttpStatusCode.Created);
        await JsonAsync(await secretary.PostAsJsonAsync(honors, honor), HttpStatusCode.Conflict);
        await JsonAsync(await secretary.PostAsJsonAsync(honors, new { kind = "Collective", organizationId = institute.Org["光栅室党支部"], title = "先进党支部" }), HttpStatusCode.Created);
        Assert.Equal(2, (await JsonAsync(await member.GetAsync(honors), HttpStatusCode.OK)).GetArrayLength());

        var csv = await institute.OfficeApi.GetStringAsync(institute.Api(Plugin, "/ledgers/recommendations?format=csv"));
        Assert.Contains(csv.Split('\n'), r => r.Contains("李明") && r.Contains("上级评选：入选"));
    }

    [Fact]
    public async Task Through_the_pages_the_branch_opens_and_closes_a_member_rates_a_colleague_and_then_reads_their_own_grade()
    {
        var institute = await CreateAsync(Host, "ci");
        var secretary = await Host.BrowserClientAsync("ci-secretary");
        var member = await Host.BrowserClientAsync("ci-member");
        var page = institute.Page(Plugin, "/Evaluation");
        var branch = institute.Org["光栅室党支部"].ToString();

        var forbidden = await TestHost.SubmitFormAsync(member, page, new() { ["branchId"] = branch, ["period"] = "YearEnd" }, page + "?handler=Open");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var opened = await TestHost.SubmitFormAsync(secretary, page, new() { ["branchId"] = branch, ["period"] = "YearEnd" }, page + "?handler=Open");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);

        var form = System.Net.WebUtility.HtmlDecode(await member.GetStringAsync(page));
        Assert.Contains("李明", form);
        Assert.DoesNotContain("membersTally", form);
        var self = await TestHost.SubmitFormAsync(member, page,
            new() { ["branchId"] = branch, ["period"] = "YearEnd", ["personId"] = institute.People["王强"].ToString(), ["grade"] = "excellent" }, page + "?handler=Rate");
        Assert.Contains("不能评议自己", System.Net.WebUtility.HtmlDecode(await self.Content.ReadAsStringAsync()));
        var rated = await TestHost.SubmitFormAsync(member, page,
            new() { ["branchId"] = branch, ["period"] = "YearEnd", ["personId"] = institute.People["李明"].ToString(), ["grade"] = "excellent" }, page + "?handler=Rate");
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Contains("已评", await member.GetStringAsync(page));

        // The branch hands out codes (shown once) and reads the tally with the chart.
        var codes = await TestHost.SubmitFormAsync(secretary, page, new() { ["branchId"] = branch, ["period"] = "YearEnd", ["count"] = "3" }, page + "?handler=Codes");
        Assert.Equal(HttpStatusCode.OK, codes.StatusCode);
        var slips = await codes.Content.ReadAsStringAsync();
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(slips, "class=\"evaluation-code\"").Count);
        Assert.Contains($"/evaluate/{institute.Code}/", slips); // each slip says where to answer
        var results = System.Net.WebUtility.HtmlDecode(await secretary.GetStringAsync(page));
        Assert.Contains("stacked-bars", results);
        Assert.Contains("1 / 0 / 0 / 0", results);

        var closed = await TestHost.SubmitFormAsync(secretary, page, new() { ["branchId"] = branch, ["period"] = "YearEnd" }, page + "?handler=Close");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("Year-end round", await member.GetStringAsync(page + "?culture=en"));
        Assert.Contains("未评定", await member.GetStringAsync(page)); // nobody rated 王强: his fixed result has no grade
        Assert.Contains("评选表彰", await member.GetStringAsync(institute.Page(Plugin, "/Commendation")));
    }

    [Fact]
    public async Task The_public_answer_on_the_public_sheet_with_a_code_and_no_account_and_stay_anonymous()
    {
        var institute = await CreateAsync(Host, "ci");
        var elsewhere = await CreateAsync(Host, "cx");
        var secretary = await Host.ApiClientAsync("ci-secretary");
        await JsonAsync(await secretary.PostAsync(Round(institute, "YearEnd"), null), HttpStatusCode.Created);
        var issued = await JsonAsync(await secretary.PostAsJsonAsync(Round(institute, "YearEnd", "/codes"), new { count = 2 }), HttpStatusCode.OK);
        var path = issued.GetProperty("path").GetString()!;
        var codes = issued.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        var roundId = long.Parse(path[(path.LastIndexOf('/') + 1)..]);
        Assert.Equal($"/evaluate/ci/{roundId}", path);

        // Nobody signs in. The address names the jurisdiction: another one's code, or the members' named round, is no page at all.
        var visitor = Host.Anonymous;
        var first = System.Net.WebUtility.HtmlDecode(await visitor.GetStringAsync(path));
        Assert.Contains("群众", first);
        Assert.Contains("name=\"code\"", first);
        Assert.DoesNotContain("李明", first); // the names show only to a code holder
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/evaluate/{elsewhere.Code}/{roundId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/evaluate/ci/{roundId - 1}")).StatusCode); // the members' round, named
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/evaluate/nowhere/{roundId}")).StatusCode);

        var wrong = System.Net.WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(visitor, path, new() { ["code"] = "AAAAAAAAAA" }, path + "?handler=Start")).Content.ReadAsStringAsync());
        Assert.Contains("评议码无效", wrong);
        var sheet = System.Net.WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(visitor, path, new() { ["code"] = codes[0].ToLowerInvariant() }, path + "?handler=Start")).Content.ReadAsStringAsync());
        var names = System.Text.RegularExpressions.Regex.Matches(sheet, "<legend>(.*?)</legend>").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("李明", names);
        Assert.Contains("王强", names);
        var (li, wang) = (names.IndexOf("李明"), names.IndexOf("王强"));

        // 李明 rated, 王强 left blank (not known to this evaluator): one subject recorded.
        var done = System.Net.WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(visitor, path,
            new() { ["code"] = codes[0], [$"s{li}q0"] = "excellent" }, path + "?handler=Answer")).Content.ReadAsStringAsync());
        Assert.Contains("已记录您对 1 个对象的评议", done);
        var again = System.Net.WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(visitor, path, new() { ["code"] = codes[0] }, path + "?handler=Start")).Content.ReadAsStringAsync());
        Assert.Contains("已评议", again);
        var twice = System.Net.WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(visitor, path,
            new() { ["code"] = codes[0], [$"s{li}q0"] = "unqualified", [$"s{wang}q0"] = "qualified" }, path + "?handler=Answer")).Content.ReadAsStringAsync());
        Assert.Contains("该评议码已评议过这一对象", twice); // refused whole: 王强 is not counted either
        Assert.Contains("Thank you", await (await TestHost.SubmitFormAsync(visitor, path + "?culture=en",
            new() { ["code"] = codes[1], [$"s{wang}q0"] = "qualified" }, path + "?handler=Answer&culture=en")).Content.ReadAsStringAsync());

        var round = await JsonAsync(await secretary.GetAsync(Round(institute, "YearEnd")), HttpStatusCode.OK);
        Assert.Equal([1, 0, 0, 0], Line(round, "李明").GetProperty("publicTally").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal([0, 1, 0, 0], Line(round, "王强").GetProperty("publicTally").EnumerateArray().Select(c => c.GetInt32()));

        // Switched off: the sheet is gone; closed: it says so and takes nothing.
        await Host.SetSwitchAsync(institute.Id, Plugin, enabled: false);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(path)).StatusCode);
        await Host.SetSwitchAsync(institute.Id, Plugin, enabled: true);
        await JsonAsync(await secretary.PostAsync(Round(institute, "YearEnd", "/close"), null), HttpStatusCode.OK);
        var closed = System.Net.WebUtility.HtmlDecode(await visitor.GetStringAsync(path));
        Assert.Contains("本轮评议已结束", closed);
        Assert.DoesNotContain("name=\"code\"", closed);
    }
}
