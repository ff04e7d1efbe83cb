using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>
/// 活动概览 (<c>GET …/dashboard</c>): each branch's figures on a small year of records, the same as each item's own branch
/// list counts them (the way the overview counted before it read the dashboard); only the branches each role may see; and
/// nothing of another jurisdiction.
/// </summary>
public sealed class DashboardTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared, InstituteBranchPlanHost.Beijing(2010, 8, 28))
{
    private void On(int month, int day, int hour = 10) => Clock.Now = InstituteBranchPlanHost.Beijing(2010, month, day, hour);

    private static JsonElement Branch(JsonElement list, long branchId) =>
        list.EnumerateArray().Single(b => b.GetProperty("branchId").GetInt64() == branchId);

    [Fact]
    public async Task The_overview_counts_each_branch_as_its_items_do()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = (string path) => institute.Api(Plugin, path);
        var (grating, laser) = (institute.Org["光栅室党支部"], institute.Org["激光室党支部"]);
        var (office, secretary, member) = (institute.OfficeApi, await Host.ApiClientAsync("ci-secretary"), await Host.ApiClientAsync("ci-member"));
        var people = institute.People;

        // Plans: 王强 on time, 李明 in the due day's last minute (Beijing), 谭鑫 a day late, 周平 (激光室) on time; 巴音, 冯树龙 and 陈红 never.
        On(9, 10);
        await JsonAsync(await member.PostAsJsonAsync(api("/personal-plans"), new { kind = "Post", text = "完成课题。", problems = new[] { "创新意识不强" } }), HttpStatusCode.Created);
        await JsonAsync(await office.PostAsJsonAsync(api("/personal-plans"), new { personId = people["周平"], text = "带头攻关。", problems = new[] { "学习不深" } }), HttpStatusCode.Created);
        Clock.Now = InstituteBranchPlanHost.Beijing(2010, 9, 14, 23, 59);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/personal-plans"), new { personId = people["李明"], text = "按时完成课题。", problems = new[] { "学习不够深入" } }), HttpStatusCode.Created);
        On(9, 15);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/personal-plans"), new { personId = people["谭鑫"], text = "做好宣传。", problems = new[] { "形式单一" } }), HttpStatusCode.Created);

        // Suggestions: 王强 two (one answered), 李明 one to 光栅室; 陈红 one to 激光室.
        var answered = await JsonAsync(await member.PostAsJsonAsync(api("/suggestions"), new { text = "建议每月技术交流。" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(api("/suggestions"), new { text = "建议改进仪器预约。" }), HttpStatusCode.Created);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/suggestions"), new { text = "建议增加学习时间。", personId = people["李明"] }), HttpStatusCode.Created);
        await JsonAsync(await office.PostAsJsonAsync(api("/suggestions"), new { text = "建议开放实验室。", personId = people["陈红"] }), HttpStatusCode.Created);
        await JsonAsync(await secretary.PutAsJsonAsync(api($"/suggestions/{answered.GetProperty("id").GetInt64()}/reply"), new { reply = "采纳。", version = 1 }), HttpStatusCode.OK);

        // Study: 光栅室 keeps its own two readings and covers one of them, 李明 away; 激光室 (the document's three) none.
        await JsonAsync(await secretary.PutAsJsonAsync(api($"/branches/{grating}/required-readings"),
            new { titles = new[] { "胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话", "中科院创先争优活动文件" }, version = 0 }), HttpStatusCode.OK);
        On(9, 20);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/study/sessions"), new
        {
            branchId = grating, kind = "Session", title = "学习讲话", heldOn = "2010-09-20", plannedHours = 2, actualHours = 2,
            absent = new[] { new { personId = people["李明"], reason = "出差" } },
            readings = new[] { new { title = "胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话" } },
        }), HttpStatusCode.Created);

        // Notes: 王强 one of each (meets the minimum), 李明 a reading note only; 陈红 one of each.
        await JsonAsync(await member.PostAsJsonAsync(api("/reading-notes"), new { kind = "ReadingNote", body = new string('学', 320) }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(api("/reading-notes"), new { kind = "Reflection", body = new string('悟', 320) }), HttpStatusCode.Created);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/reading-notes"), new { kind = "ReadingNote", body = new string('读', 320), personId = people["李明"] }), HttpStatusCode.Created);
        foreach (var kind in new[] { "ReadingNote", "Reflection" })
            await JsonAsync(await office.PostAsJsonAsync(api("/reading-notes"), new { kind, body = new string('记', 320), personId = people["陈红"] }), HttpStatusCode.Created);

        // Party spirit: a lecture 王强, 巴音 and 冯树龙 attend; 王强's analysis.
        On(10, 15);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/party-spirit/events"), new { branchId = grating, kind = "PartyLecture", title = "书记讲党课", heldOn = "2010-10-15",
            hours = 2, attended = new[] { people["王强"], people["巴音"], people["冯树龙"] } }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(api("/party-spirit/analyses"), new { form = "LifeMeeting", problemsFound = "学习不深。", selfCriticism = "加强学习。" }), HttpStatusCode.Created);

        // Evaluation: 光栅室 opens the year-end round (open: its lines are live), 激光室 none. Reports: 王强's.
        On(12, 1);
        await JsonAsync(await secretary.PostAsync(api($"/evaluation/branches/{grating}/YearEnd"), null), HttpStatusCode.Created);
        On(12, 28);
        await JsonAsync(await member.PostAsJsonAsync(api("/summary/reports"), new { participation = "参加了全部学习", pledge = "已兑现" }), HttpStatusCode.Created);

        Clock.Now = InstituteBranchPlanHost.Beijing(2011, 1, 2);
        var dashboard = await JsonAsync(await office.GetAsync(api("/dashboard")), HttpStatusCode.OK);
        Assert.Equal([grating, laser], dashboard.EnumerateArray().Select(b => b.GetProperty("branchId").GetInt64()));
        var g = Branch(dashboard, grating);
        Assert.Equal("光栅室党支部", g.GetProperty("branch").GetString());
        Assert.Equal(5, g.GetProperty("members").GetInt32());
        Assert.Equal((3, 1, 2), (g.GetProperty("plansHandedIn").GetInt32(), g.GetProperty("plansLate").GetInt32(), g.GetProperty("plansMissing").GetInt32()));
        Assert.Equal((2, 3, 1), (g.GetProperty("membersWithSuggestion").GetInt32(), g.GetProperty("suggestions").GetInt32(), g.GetProperty("suggestionsAnswered").GetInt32()));
        Assert.Equal((4, 5), (g.GetProperty("studyAttended").GetInt32(), g.GetProperty("studyExpected").GetInt32()));
        Assert.Equal((1, 2), (g.GetProperty("readingsCovered").GetInt32(), g.GetProperty("readingsListed").GetInt32()));
        Assert.Equal((3, 1), (g.GetProperty("partySpiritReached").GetInt32(), g.GetProperty("analysesHandedIn").GetInt32()));
        var round = g.GetProperty("evaluation");
        Assert.Equal("YearEnd", round.GetProperty("period").GetString());
        Assert.False(round.GetProperty("closed").GetBoolean());
        Assert.Equal(5, round.GetProperty("lines").GetInt32());
        Assert.Equal((1, 1), (g.GetProperty("reportsHandedIn").GetInt32(), g.GetProperty("membersMeetingNotes").GetInt32()));
        var l = Branch(dashboard, laser);
        Assert.Equal((2, 1, 0, 1), (l.GetProperty("members").GetInt32(), l.GetProperty("plansHandedIn").GetInt32(), l.GetProperty("plansLate").GetInt32(), l.GetProperty("plansMissing").GetInt32()));
        Assert.Equal((1, 1, 0), (l.GetProperty("membersWithSuggestion").GetInt32(), l.GetProperty("suggestions").GetInt32(), l.GetProperty("suggestionsAnswered").GetInt32()));
        Assert.Equal((0, 0, 0, 3), (l.GetProperty("studyAttended").GetInt32(), l.GetProperty("studyExpected").GetInt32(), l.GetProperty("readingsCovered").GetInt32(), l.GetProperty("readingsListed").GetInt32()));
        Assert.Equal(JsonValueKind.Null, l.GetProperty("evaluation").ValueKind);
        Assert.Equal((0, 0, 1), (l.GetProperty("partySpiritReached").GetInt32(), l.GetProperty("reportsHandedIn").GetInt32(), l.GetProperty("membersMeetingNotes").GetInt32()));

        // The same figures as each item's own branch list gives them (how the overview page counted before).
        await SameAsTheItemsAsync(office, api, dashboard);
        await SameAsTheItemsAsync(secretary, api, await JsonAsync(await secretary.GetAsync(api("/dashboard")), HttpStatusCode.OK));
    }

    // Every figure of the dashboard against the seven items' branch lists, read by the same user.
    private static async Task SameAsTheItemsAsync(HttpClient user, Func<string, string> api, JsonElement dashboard)
    {
        async Task<JsonElement> ListAsync(string path) => await JsonAsync(await user.GetAsync(api(path)), HttpStatusCode.OK);
        var (plans, suggestions, study, notes, spirit, rounds, reports) = (await ListAsync("/personal-plans"), await ListAsync("/suggestions"), await ListAsync("/study"),
            await ListAsync("/reading-notes"), await ListAsync("/party-spirit"), await ListAsync("/evaluation"), await ListAsync("/summary/reports"));
        Assert.Equal(plans.EnumerateArray().Select(b => b.GetProperty("branchId").GetInt64()), dashboard.EnumerateArray().Select(b => b.GetProperty("branchId").GetInt64()));
        foreach (var b in dashboard.EnumerateArray())
        {
            var id = b.GetProperty("branchId").GetInt64();
            int Of(string name) => b.GetProperty(name).GetInt32();
            var p = Branch(plans, id);
            Assert.Equal((p.GetProperty("members").GetInt32(), p.GetProperty("handedIn").GetInt32(), p.GetProperty("late").GetInt32(), p.GetProperty("missing").GetInt32()),
                (Of("members"), Of("plansHandedIn"), Of("plansLate"), Of("plansMissing")));
            var s = Branch(suggestions, id);
            Assert.Equal((s.GetProperty("membersMet").GetInt32(), s.GetProperty("suggestions").GetArrayLength(), s.GetProperty("answered").GetInt32()),
                (Of("membersWithSuggestion"), Of("suggestions"), Of("suggestionsAnswered")));
            var st = Branch(study, id);
            Assert.Equal((st.GetProperty("attended").GetInt32(), st.GetProperty("expected").GetInt32(), st.GetProperty("readingsCovered").GetInt32(), st.GetProperty("coverage").GetArrayLength()),
                (Of("studyAttended"), Of("studyExpected"), Of("readingsCovered"), Of("readingsListed")));
            var ps = Branch(spirit, id);
            Assert.Equal((ps.GetProperty("reached").GetInt32(), ps.GetProperty("handedIn").GetInt32()), (Of("partySpiritReached"), Of("analysesHandedIn")));
            Assert.Equal(Branch(reports, id).GetProperty("handedIn").GetInt32(), Of("reportsHandedIn"));
            Assert.Equal(Branch(notes, id).GetProperty("membersMet").GetInt32(), Of("membersMeetingNotes"));
            var round = rounds.EnumerateArray().LastOrDefault(r => r.GetProperty("branchId").GetInt64() == id && r.GetProperty("opened").GetBoolean());
            var ours = b.GetProperty("evaluation");
            Assert.Equal(round.ValueKind == JsonValueKind.Undefined, ours.ValueKind == JsonValueKind.Null);
            if (round.ValueKind == JsonValueKind.Undefined) continue;
            var lines = round.GetProperty("lines").EnumerateArray().ToList();
            Assert.Equal((round.GetProperty("period").GetString(), lines.Count, lines.Count(x => x.GetProperty("grade").ValueKind != JsonValueKind.Null)),
                (ours.GetProperty("period").GetString(), ours.GetProperty("lines").GetInt32(), ours.GetProperty("graded").GetInt32()));
        }
    }

    [Fact]
    public async Task Each_role_sees_the_branches_the_overview_page_shows_them()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = institute.Api(Plugin, "/dashboard");
        var (grating, laser) = (institute.Org["光栅室党支部"], institute.Org["激光室党支部"]);
        async Task<List<long>> SeenAsync(string user) =>
            [.. (await JsonAsync(await (await Host.ApiClientAsync(user)).GetAsync(api), HttpStatusCode.OK)).EnumerateArray().Select(b => b.GetProperty("branchId").GetInt64())];

        Assert.Equal([grating, laser], await SeenAsync("ci-admin"));
        Assert.Equal([grating], await SeenAsync("ci-secretary"));
        // Plain members see no branch's figures (nor the items' branch lists); 冯树龙 does once he sits in 光栅室's leading group.
        Assert.Empty(await SeenAsync("ci-member"));
        Assert.Empty(await SeenAsync("ci-deputy"));
        await JsonAsync(await institute.OfficeApi.PutAsJsonAsync(institute.Api(Plugin, $"/branches/{grating}/leading-group"),
            new { leaderId = institute.People["巴音"], deputyIds = new[] { institute.People["冯树龙"] }, version = 0 }), HttpStatusCode.OK);
        Assert.Equal([grating], await SeenAsync("ci-deputy"));
        foreach (var user in new[] { "ci-admin", "ci-secretary", "ci-member", "ci-deputy" })
        {
            var plans = await JsonAsync(await (await Host.ApiClientAsync(user)).GetAsync(institute.Api(Plugin, "/personal-plans")), HttpStatusCode.OK);
            Assert.Equal(plans.EnumerateArray().Select(b => b.GetProperty("branchId").GetInt64()), await SeenAsync(user));
        }

        // The page shows the same: the secretary's overview has 光栅室 and not 激光室.
        var page = System.Net.WebUtility.HtmlDecode(await (await Host.BrowserClientAsync("ci-secretary")).GetStringAsync(institute.Page(Plugin, "")));
        Assert.Contains("光栅室党支部", page);
        Assert.DoesNotContain("激光室党支部", page);
    }

    [Fact]
    public async Task Another_jurisdiction_gets_nothing_of_it()
    {
        var victim = await CreateAsync(Host, "victim");
        var intruder = await CreateAsync(Host, "intruder");
        await JsonAsync(await (await Host.ApiClientAsync("victim-member")).PostAsJsonAsync(victim.Api(Plugin, "/personal-plans"),
            new { text = "计划", problems = new[] { "问题" } }), HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.OfficeApi.GetAsync(victim.Api(Plugin, "/dashboard"))).StatusCode);
        var own = await JsonAsync(await intruder.OfficeApi.GetAsync(intruder.Api(Plugin, "/dashboard")), HttpStatusCode.OK);
        Assert.Equal([intruder.Org["光栅室党支部"], intruder.Org["激光室党支部"]], own.EnumerateArray().Select(b => b.GetProperty("branchId").GetInt64()));
        Assert.All(own.EnumerateArray(), b => Assert.Equal(0, b.GetProperty("plansHandedIn").GetInt32()));
        var theirs = await JsonAsync(await victim.OfficeApi.GetAsync(victim.Api(Plugin, "/dashboard")), HttpStatusCode.OK);
        Assert.Equal(1, Branch(theirs, victim.Org["光栅室党支部"]).GetProperty("plansHandedIn").GetInt32());
    }
}
