using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.InstituteBranchPlan.Tests.Institute;

namespace Plugins.InstituteBranchPlan.Tests;

/// <summary>
/// One campaign year of the grating lab's branch through the API alone, as the plan runs it: the leading group, the
/// mobilization meeting and the required readings, personal plans by 09-14 (one late, two missing), suggestions and
/// answers, study with an absence and a short session, notes, party-spirit education and analyses, a contest and a model
/// post, the oversight check and its rectification, the year-end evaluation with the public, the recommendation and
/// nomination, the summary and the members' reports; then the year as the core's obligations and the ledgers read it.
/// </summary>
public sealed class FullYearTests(InstituteBranchPlanHost shared) : SharedHostTests<InstituteBranchPlanHost>(shared, InstituteBranchPlanHost.Beijing(2010, 8, 28))
{
    private void On(int month, int day, int hour = 10) => Clock.Now = InstituteBranchPlanHost.Beijing(2010, month, day, hour);

    private static JsonElement Branch(JsonElement list, long branchId) =>
        list.EnumerateArray().Single(b => b.GetProperty("branchId").GetInt64() == branchId);

    [Fact]
    public async Task A_branch_runs_the_whole_plan_for_a_year_through_the_api()
    {
        var institute = await CreateAsync(Host, "ci");
        var api = (string path) => institute.Api(Plugin, path);
        var branch = institute.Org["光栅室党支部"];
        var (office, secretary, deputy, member) = (institute.OfficeApi, await Host.ApiClientAsync("ci-secretary"),
            await Host.ApiClientAsync("ci-deputy"), await Host.ApiClientAsync("ci-member"));
        var people = institute.People;

        // 四(一) The leading group: the secretary leads; the organization and propaganda members are deputies and act for the branch.
        await JsonAsync(await office.PutAsJsonAsync(api($"/branches/{branch}/leading-group"),
            new { leaderId = people["巴音"], deputyIds = new[] { people["冯树龙"], people["谭鑫"] }, version = 0 }), HttpStatusCode.OK);

        // Stage 1 (08-30): the mobilization meeting, recorded by a deputy, and the required readings.
        On(8, 30);
        await JsonAsync(await deputy.PutAsJsonAsync(api($"/branches/{branch}/required-readings"),
            new { titles = new[] { "胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话", "中科院创先争优活动文件" }, version = 0 }), HttpStatusCode.OK);
        await JsonAsync(await deputy.PostAsJsonAsync(api("/study/sessions"), new
        {
            branchId = branch, kind = "Mobilization", title = "创先争优活动动员大会", heldOn = "2010-08-30", plannedHours = 2, actualHours = 2,
            absent = Array.Empty<object>(), readings = new[] { new { title = "中科院创先争优活动文件" } },
        }), HttpStatusCode.Created);

        // Personal plans by 09-14 (Beijing): 王强 early, 李明 in the last minute, 谭鑫 (entered by the branch) a day late; 巴音 and 冯树龙 never.
        On(9, 10);
        var wangPlan = (await JsonAsync(await member.PostAsJsonAsync(api("/personal-plans"),
            new { kind = "Post", text = "完成光栅刻划机关键部件调试，按期交付阶段成果。", problems = new[] { "创新意识不强" } }), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        Clock.Now = InstituteBranchPlanHost.Beijing(2010, 9, 14, 23, 59);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/personal-plans"), new { personId = people["李明"], kind = "Member", text = "带头学习，按时完成课题。", problems = new[] { "学习不够深入" } }), HttpStatusCode.Created);
        On(9, 15);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/personal-plans"), new { personId = people["谭鑫"], kind = "Member", text = "做好宣传工作。", problems = new[] { "宣传形式单一" } }), HttpStatusCode.Created);

        // 我为组织建一言: two members give one each; the branch answers one.
        var suggestion = await JsonAsync(await member.PostAsJsonAsync(api("/suggestions"), new { text = "建议每月组织一次课题组之间的技术交流。" }), HttpStatusCode.Created);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/suggestions"), new { text = "建议改进仪器预约制度。", personId = people["李明"] }), HttpStatusCode.Created);
        await JsonAsync(await secretary.PutAsJsonAsync(api($"/suggestions/{suggestion.GetProperty("id").GetInt64()}/reply"), new { reply = "采纳，纳入下阶段安排。", version = 1 }), HttpStatusCode.OK);

        // 三严三保: a session with 李明 away and half an hour short.
        On(9, 20);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/study/sessions"), new
        {
            branchId = branch, kind = "Session", title = "学习总结大会讲话", heldOn = "2010-09-20", plannedHours = 2, actualHours = 1.5,
            absent = new[] { new { personId = people["李明"], reason = "出差" } }, readings = new[] { new { title = "胡锦涛在全党深入学习实践科学发展观活动总结大会上的讲话" } },
        }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(api("/reading-notes"), new { kind = "ReadingNote", title = "学习讲话笔记", body = new string('学', 320) }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(api("/reading-notes"), new { kind = "Reflection", title = "学习体会", body = new string('悟', 320) }), HttpStatusCode.Created);

        // Stage 2 (10-15): a Party lecture with attendance, an analysis, a contest with a result, a model post.
        On(10, 15);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/party-spirit/events"), new { branchId = branch, kind = "PartyLecture", title = "书记讲党课", heldOn = "2010-10-15",
            hours = 2, place = "室会议室", attended = new[] { people["王强"], people["巴音"], people["冯树龙"] } }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(api("/party-spirit/analyses"), new { form = "LifeMeeting",
            problemsFound = "理论学习钻研不深。", selfCriticism = "今后加强学习。", criticismReceived = "多关心青年同志。" }), HttpStatusCode.Created);
        var contest = (await JsonAsync(await secretary.PostAsJsonAsync(api("/dedication/contests"),
            new { branchId = branch, kind = "Innovation", title = "光栅工艺创新竞赛", heldOn = "2010-10-20", description = "全体党员参加。" }), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        await JsonAsync(await member.PostAsJsonAsync(api($"/dedication/contests/{contest}/entries"), new { }), HttpStatusCode.Created);
        await JsonAsync(await secretary.PutAsJsonAsync(api($"/dedication/contests/{contest}/entries/{people["王强"]}"), new { rank = 1, award = "一等奖", version = 1 }), HttpStatusCode.OK);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/dedication/model-posts"), new { personId = people["王强"], postName = "刻划机调试示范岗",
            shows = "攻坚克难。", from = "2010-10-01", to = "2010-12-31" }), HttpStatusCode.Created);

        // 严格考核督导 (11-15): the check flags 巴音 (no plan, no suggestion); the rectification is closed within its days.
        On(11, 15);
        var candidates = Branch(await JsonAsync(await secretary.GetAsync(api("/oversight")), HttpStatusCode.OK), branch).GetProperty("candidates")
            .EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("巴音", candidates);
        Assert.DoesNotContain("王强", candidates);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/oversight/checks"), new { branchId = branch, checkedOn = "2010-11-15", findings = "个别党员未提交个人打算",
            flaggedPersonIds = new[] { people["巴音"] } }), HttpStatusCode.Created);
        var rectification = Branch(await JsonAsync(await secretary.GetAsync(api("/oversight")), HttpStatusCode.OK), branch).GetProperty("rectifications")[0].GetProperty("line");
        On(11, 25);
        await JsonAsync(await secretary.PutAsJsonAsync(api($"/oversight/rectifications/{rectification.GetProperty("id").GetInt64()}/done"),
            new { evidence = "已谈话并补交", version = rectification.GetProperty("version").GetInt32() }), HttpStatusCode.OK);

        // 群众评议 at the year's end (12-01 … 12-20): members rate colleagues, the public with codes; 王强's plan is assessed first.
        On(12, 1);
        await JsonAsync(await secretary.PutAsJsonAsync(api($"/personal-plans/{wangPlan}/review"), new { outcome = "Fulfilled", score = 95, comment = "全部兑现" }), HttpStatusCode.OK);
        var round = api($"/evaluation/branches/{branch}/YearEnd");
        await JsonAsync(await secretary.PostAsync(round, null), HttpStatusCode.Created);
        foreach (var rater in new[] { secretary, deputy })
            await JsonAsync(await rater.PostAsJsonAsync(round + "/ratings", new { personId = people["王强"], grade = "excellent" }), HttpStatusCode.OK);
        var codes = (await JsonAsync(await secretary.PostAsJsonAsync(round + "/codes", new { count = 1 }), HttpStatusCode.OK)).GetProperty("codes")[0].GetString();
        await JsonAsync(await member.PostAsJsonAsync(round + "/ratings", new { personId = people["王强"], grade = "excellent", code = codes }), HttpStatusCode.OK);
        On(12, 20);
        var closed = await JsonAsync(await secretary.PostAsync(round + "/close", null), HttpStatusCode.OK);
        var wang = closed.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "王强");
        Assert.Equal("excellent", wang.GetProperty("grade").GetString());

        // 评选表彰: only 王强 took part, kept the pledge and was graded excellent; nominated and approved above the branch.
        var list = Branch(await JsonAsync(await secretary.GetAsync(api("/commendation")), HttpStatusCode.OK), branch).GetProperty("members").EnumerateArray()
            .Where(m => m.GetProperty("recommended").GetBoolean()).Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(["王强"], list);
        var nomination = (await JsonAsync(await secretary.PostAsJsonAsync(api("/commendation/nominations"), new { personId = people["王强"] }), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        await JsonAsync(await office.PutAsJsonAsync(api($"/commendation/nominations/{nomination}/decision"), new { approve = true, reason = "同意" }), HttpStatusCode.OK);

        // Stage 3: the branch's summary, final by 12-31; 王强's report accepted, 李明's handed in; the others none.
        On(12, 28);
        var summary = api($"/summary/branches/{branch}");
        await JsonAsync(await secretary.PutAsJsonAsync(summary, new { experience = "学用结合", shortcomings = "笔记流于形式", measures = "每季度检查", version = 0 }), HttpStatusCode.OK);
        await JsonAsync(await secretary.PostAsync($"{summary}/final?version=1", null), HttpStatusCode.OK);
        var report = (await JsonAsync(await member.PostAsJsonAsync(api("/summary/reports"), new { participation = "参加了全部集中学习", pledge = "承诺已兑现" }), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        await JsonAsync(await secretary.PutAsJsonAsync(api($"/summary/reports/{report}/review"), new { accept = true }), HttpStatusCode.OK);
        await JsonAsync(await secretary.PostAsJsonAsync(api("/summary/reports"), new { personId = people["李明"], participation = "参加学习", pledge = "基本兑现" }), HttpStatusCode.Created);

        // The year as the core reads it: each member's obligations done, late or missed, in Beijing's days.
        Clock.Now = InstituteBranchPlanHost.Beijing(2011, 1, 2);
        async Task<Dictionary<long, string?>> ObligationsAsync(string type) =>
            (await JsonAsync(await office.GetAsync($"/api/j/ci/obligations?type=institute-branch-plan.{type}&pageSize=100"), HttpStatusCode.OK))
                .GetProperty("items").EnumerateArray().ToDictionary(o => o.GetProperty("obligedId").GetInt64(), o => o.GetProperty("status").GetString());
        var plans = await ObligationsAsync("personal-plan");
        Assert.Equal(("done", "done", "late", "missed"), (plans[people["王强"]], plans[people["李明"]], plans[people["谭鑫"]], plans[people["巴音"]]));
        var reports = await ObligationsAsync("member-report");
        Assert.Equal(("done", "done", "missed"), (reports[people["王强"]], reports[people["李明"]], reports[people["冯树龙"]]));
        Assert.Equal("done", (await ObligationsAsync("branch-summary"))[branch]);
        var notes = await ObligationsAsync("reading-note");
        Assert.Equal(("done", "missed"), (notes[people["王强"]], notes[people["李明"]]));

        // The branch at a glance: study attendance and time flagged, the readings covered, the ledgers carry the year.
        var study = Branch(await JsonAsync(await secretary.GetAsync(api("/study")), HttpStatusCode.OK), branch);
        var sessions = study.GetProperty("sessions").EnumerateArray().ToDictionary(x => x.GetProperty("title").GetString()!);
        Assert.Equal(2, sessions.Count);
        Assert.Equal((80, 75, true), (sessions["学习总结大会讲话"].GetProperty("attendancePercent").GetInt32(), sessions["学习总结大会讲话"].GetProperty("timePercent").GetInt32(),
            sessions["学习总结大会讲话"].GetProperty("flagged").GetBoolean())); // 4 of 5 members, 1.5 of 2 hours
        Assert.False(sessions["创先争优活动动员大会"].GetProperty("flagged").GetBoolean());
        Assert.Equal(2, study.GetProperty("readingsCovered").GetInt32());
        foreach (var (ledger, expected) in new[] { ("personal-plans", "谭鑫"), ("suggestions", "采纳，纳入下阶段安排"), ("evaluation-results", "优秀"), ("oversight", "已整改"), ("recommendations", "王强") })
        {
            var csv = await office.GetStringAsync(api($"/ledgers/{ledger}?format=csv"));
            Assert.Contains(expected, csv);
        }
    }
}
