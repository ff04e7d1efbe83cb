using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.PartyGroupStudy.Tests.County;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>
/// The whole campaign of a party group of seven through the API, stage by stage on the plan's days, with the gaps a real
/// group leaves: 刘伟 half an hour and one character short and his report never final, 陈红's research report accepted a day
/// late and her rectification late, 周平 silent in the discussion, one pair who never talked. Then the plan as everyone reads
/// it: the five leads, the office's table, the core's obligations, and the county leading group reading what was sent up.
/// </summary>
public sealed class WholeCampaignTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    [Fact]
    public async Task Seven_members_go_through_the_three_stages_and_every_view_reads_the_same_campaign()
    {
        var parent = await TestJurisdiction.CreateAsync(Host, "xp", "XX县委", [], "XX县委 | 党委");
        var county = await CreateAsync(Host, "xg", parent.Id);
        var office = county.OfficeApi;
        var member = await Host.ApiClientAsync("xg-member"); // 王强 does his own work himself
        string Api(string path) => county.Api(Plugin, path);
        long P(string name) => county.People[name];
        var others = Members.Where(m => m != "王强").ToList();

        // 3月: the leading group, the units each member oversees and the guidance visits (刘伟 never visits his).
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 3, 1);
        await JsonAsync(await office.PutAsJsonAsync(Api("/leading-group"), Group(county)), HttpStatusCode.OK);
        foreach (var (name, i) in Members.Skip(1).Select((m, i) => (m, i)))
        {
            var unit = (await JsonAsync(await office.PostAsJsonAsync(Api("/units"), new { personId = P(name), name = $"第{i + 1}联系单位", relation = "Liaison" }), HttpStatusCode.Created))
                .GetProperty("id").GetInt64();
            if (name != "刘伟")
                await JsonAsync(await office.PostAsJsonAsync(Api("/guidance-visits"), new { unitId = unit, visitedOn = "2009-03-01", focus = "Study", findings = "学习安排扎实" }), HttpStatusCode.Created);
        }

        // Stage 1 (to 04-20): the meeting, 30 hours of events for all, self-study (刘伟 9.5 h: 39.5 in all), notes, research, the discussion.
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 4, 20);
        await JsonAsync(await office.PostAsJsonAsync(Api("/study/events"), new { kind = "Mobilization", title = "学习实践活动动员大会", heldOn = "2009-03-01", hours = 2 }), HttpStatusCode.Created);
        foreach (var (kind, day, hours) in new[] { ("Training", "2009-03-02", 8), ("Tutorial", "2009-03-05", 12), ("GroupStudy", "2009-03-08", 10) })
            await JsonAsync(await office.PostAsJsonAsync(Api("/study/events"), new { kind, title = $"{kind} 学习", heldOn = day, hours }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(Api("/study/self-study"), new { date = "2009-03-20", hours = 10, body = "《邓小平论科学发展》" }), HttpStatusCode.Created);
        foreach (var name in others)
            await JsonAsync(await office.PostAsJsonAsync(Api("/study/self-study"), new { personId = P(name), date = "2009-03-20", hours = name == "刘伟" ? 9.5 : 10, body = "自学" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(Api("/reading-notes"), new { title = "科学发展观重要论述摘编", date = "2009-04-01", body = new string('学', 20_000) }), HttpStatusCode.Created);
        foreach (var name in others)
            await JsonAsync(await office.PostAsJsonAsync(Api("/reading-notes"), new { personId = P(name), title = "科学发展观重要论述摘编", date = "2009-04-01",
                body = new string('学', name == "刘伟" ? 19_999 : 20_000) }), HttpStatusCode.Created);
        var reports = new Dictionary<string, long>();
        foreach (var name in Members)
        {
            await JsonAsync(await office.PostAsJsonAsync(Api("/research/topics"), new { personId = P(name), topic = $"{name}的调研课题：破解项目审批难题" }), HttpStatusCode.Created);
            reports[name] = (await JsonAsync(await office.PostAsJsonAsync(Api("/research/reports"), new { personId = P(name), body = "深入基层调研，找准问题，提出对策。" }), HttpStatusCode.Created))
                .GetProperty("id").GetInt64();
        }
        foreach (var name in Members.Where(m => m != "陈红"))
            await JsonAsync(await office.PostAsync(Api($"/research/reports/{reports[name]}/accept"), null), HttpStatusCode.OK);
        var discussion = (await JsonAsync(await office.PostAsJsonAsync(Api("/discussions"), new { topic = "怎样以科学发展观为指导", heldOn = "2009-03-08" }), HttpStatusCode.Created))
            .GetProperty("id").GetInt64();
        foreach (var name in Members.Where(m => m != "周平"))
            await JsonAsync(await office.PostAsJsonAsync(Api($"/discussions/{discussion}/contributions"), new { personId = P(name), text = "把思想从不符合科学发展的观念中解放出来" }), HttpStatusCode.Created);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 4, 21);
        await JsonAsync(await office.PostAsync(Api($"/research/reports/{reports["陈红"]}/accept"), null), HttpStatusCode.OK);

        // Stage 2 (to 05-20): reports in five parts (刘伟's never final), opinions, 20 of 21 talks, the meeting, the group's report evaluated and sent up.
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 5, 14);
        foreach (var name in Members)
        {
            await JsonAsync(await office.PostAsJsonAsync(Api("/personal-reports"), Analysis.Report(0, P(name))), HttpStatusCode.Created);
            if (name != "刘伟") await JsonAsync(await office.PostAsJsonAsync(Api("/personal-reports/final"), new { personId = P(name), version = 1 }), HttpStatusCode.OK);
            await JsonAsync(await office.PostAsJsonAsync(Api("/personal-reports/opinions"), new { personId = P(name), source = "Grassroots", receivedOn = "2009-05-05", text = "深入基层不够" }),
                HttpStatusCode.Created);
        }
        for (var a = 0; a < Members.Length; a++)
            for (var b = a + 1; b < Members.Length; b++)
                if ((Members[a], Members[b]) != ("周平", "刘伟"))
                    await JsonAsync(await office.PostAsJsonAsync(Api("/talks"), new { personId = P(Members[a]), withPersonId = P(Members[b]), talkedOn = "2009-05-08", topics = "交流思想" }),
                        HttpStatusCode.Created);
        await JsonAsync(await office.PutAsJsonAsync(Api("/life-meeting"), Analysis.Meeting(county, "2009-05-12")), HttpStatusCode.Created);
        foreach (var name in Members)
            await JsonAsync(await office.PutAsJsonAsync(Api("/life-meeting/materials"), new { personId = P(name), text = "查找本人在推动科学发展方面的差距。", writtenOn = "2009-05-10" }),
                HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(Api("/life-meeting/criticisms"), new { toPersonId = P("李明"), text = "深入基层调研少。" }), HttpStatusCode.Created);
        var groupReport = new { achievements = "经济保持较快增长。", problems = "发展理念不够新。", causes = "解放思想不够。", measures = "转变政府职能。", version = 0 };
        await JsonAsync(await office.PostAsJsonAsync(Api("/group-report"), groupReport), HttpStatusCode.Created);
        foreach (var name in Members)
            await JsonAsync(await office.PostAsJsonAsync(Api("/group-report/comments"), new { personId = P(name), version = 1, text = $"{name}：问题要查得更具体。" }), HttpStatusCode.Created);
        await JsonAsync(await office.PostAsJsonAsync(Api("/group-report"), groupReport with { version = 1 }), HttpStatusCode.OK);
        await JsonAsync(await office.PostAsJsonAsync(Api("/group-report/evaluation"), new { }), HttpStatusCode.Created);
        var codes = (await JsonAsync(await office.PostAsJsonAsync(Api("/group-report/evaluation/codes"), new { group = "Grassroots", count = 3 }), HttpStatusCode.OK))
            .GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        var answers = new[] { "understanding", "problems", "causes", "approach", "measures" }.ToDictionary(k => k, _ => "good");
        foreach (var code in codes)
            await JsonAsync(await office.PostAsJsonAsync(Api("/group-report/evaluation/slips"), new { code, answers }), HttpStatusCode.OK);
        await JsonAsync(await office.PostAsJsonAsync(Api("/group-report/evaluation/close"), new { }), HttpStatusCode.OK);
        await JsonAsync(await office.PostAsJsonAsync(Api("/group-report/final"), new { version = 2 }), HttpStatusCode.OK);
        await JsonAsync(await office.PostAsJsonAsync(Api("/group-report/submit"), new { version = 2 }), HttpStatusCode.OK);

        // Stage 3 (to 08-20): the plan with two items, 王强's fixed at once and on time, 陈红's by 07-31 but done 08-05; the survey, a mechanism, the summary sent up.
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 6, 1);
        var at = (await JsonAsync(await office.PostAsJsonAsync(Api("/rectification/items"),
            new { problem = "行政审批环节多", foundIn = "群众评议", leadPersonId = P("王强"), mode = "Immediate", measures = "限时办结" }), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var by = (await JsonAsync(await office.PostAsJsonAsync(Api("/rectification/items"),
            new { problem = "窗口作风不实", foundIn = "专题民主生活会", leadPersonId = P("陈红"), mode = "Deadline", deadline = "2009-07-31", measures = "首问负责" }), HttpStatusCode.Created))
            .GetProperty("id").GetInt64();
        await JsonAsync(await office.PutAsJsonAsync(Api("/rectification/plan"), new
        {
            meetingOn = "2009-06-01", attendance = string.Join("、", Members), target = "群众反映的突出问题得到解决", targeted = "针对查摆的问题", timeBound = "每项明确期限",
            operable = "责任到人", effective = "以群众满意为标准", version = 0,
        }), HttpStatusCode.OK);
        await JsonAsync(await office.PostAsJsonAsync(Api("/rectification/opinions"), new { heldOn = "2009-06-01", form = "Forum", opinionsReceived = 8, opinions = "建议公开办理时限" }),
            HttpStatusCode.Created);
        await JsonAsync(await office.PostAsync(Api("/rectification/plan/publish?version=1"), null), HttpStatusCode.OK);
        int VersionOf(JsonElement plan, long id) => plan.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id).GetProperty("version").GetInt32();
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 6, 10);
        var plan = await JsonAsync(await member.GetAsync(Api("/rectification")), HttpStatusCode.OK);
        await JsonAsync(await member.PostAsJsonAsync(Api($"/rectification/items/{at}/complete"), new { completedOn = "2009-06-10", evidence = "审批事项减半", version = VersionOf(plan, at) }),
            HttpStatusCode.OK);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 8, 5);
        plan = await JsonAsync(await office.GetAsync(Api("/rectification")), HttpStatusCode.OK);
        await JsonAsync(await office.PostAsJsonAsync(Api($"/rectification/items/{by}/complete"), new { completedOn = "2009-08-05", evidence = "建立首问负责制", version = VersionOf(plan, by) }),
            HttpStatusCode.OK);
        await JsonAsync(await office.PostAsJsonAsync(Api("/mechanisms"), new { name = "行政审批限时办结制度", change = "New", area = "GovernmentFunctions", adoptedOn = "2009-06-01", summary = "超时问责" }),
            HttpStatusCode.Created);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 8, 10);
        await JsonAsync(await office.PostAsJsonAsync(Api("/survey"), new { stage2Evaluators = 40, raisers = 10 }), HttpStatusCode.Created);
        var tally = new Dictionary<string, Dictionary<string, int>> { ["effect"] = new() { ["satisfied"] = 40, ["basically-satisfied"] = 9, ["dissatisfied"] = 1 },
            ["conduct"] = new() { ["satisfied"] = 42, ["basically-satisfied"] = 8, ["dissatisfied"] = 0 } };
        await JsonAsync(await office.PostAsJsonAsync(Api("/survey/paper"), new { counts = tally }), HttpStatusCode.OK);
        var survey = await JsonAsync(await office.GetAsync(Api("/survey")), HttpStatusCode.OK);
        await JsonAsync(await office.PostAsync(Api($"/survey/publish?version={survey.GetProperty("version").GetInt32()}"), null), HttpStatusCode.OK);
        await JsonAsync(await office.PutAsJsonAsync(Api("/summary-report"), new { body = "一、主要做法……二、成效：审批时限缩短一半。", version = 0 }), HttpStatusCode.Created);
        await JsonAsync(await office.PostAsync(Api("/summary-report/finalize?version=1"), null), HttpStatusCode.OK);
        await JsonAsync(await office.PostAsync(Api("/summary-report/submit?version=1"), null), HttpStatusCode.OK);

        // After the campaign: the five leads as the document names them, member by member.
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 8, 21);
        var leads = (await JsonAsync(await office.GetAsync(Api("/five-leads")), HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("leads").EnumerateArray().ToDictionary(l => l.GetProperty("lead").GetString()!, l => l.GetProperty("state").GetString()));
        Assert.Equal(7, leads.Count);
        Assert.Equal(("Done", "Done", "Done", "Done", "Done"),
            (leads["王强"]["Study"], leads["王强"]["Research"], leads["王强"]["Emancipation"], leads["王强"]["Analysis"], leads["王强"]["Rectification"]));
        Assert.Equal(("Missed", "Missed"), (leads["刘伟"]["Study"], leads["刘伟"]["Analysis"])); // 39.5 h and 19,999 characters; the report never final, one talk missing
        Assert.Equal(("Late", "Late"), (leads["陈红"]["Research"], leads["陈红"]["Rectification"]));
        Assert.Equal(("Missed", "Missed"), (leads["周平"]["Emancipation"], leads["周平"]["Analysis"])); // silent in the discussion; the talk with 刘伟
        Assert.Equal("Done", leads["李明"]["Analysis"]);
        Assert.Equal("NotDue", leads["李明"]["Rectification"]); // he leads no item

        // The office's table: what each member misses, by stage; the group's own steps all done.
        var progress = await JsonAsync(await office.GetAsync(Api("/progress")), HttpStatusCode.OK);
        var liu = progress.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "刘伟");
        Assert.True(liu.GetProperty("stages")[0].GetProperty("missing").GetArrayLength() >= 2);
        Assert.Contains("指导分管和联系单位", liu.GetProperty("stages")[2].GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.All(progress.GetProperty("group").EnumerateArray(), s => Assert.True(s.GetProperty("state").GetString() is "Done", s.ToString()));

        // The core's obligations say the same, in Beijing's days.
        await JsonAsync(await office.PostAsJsonAsync("/api/j/xg/obligations/generate", new { from = "2009-03-01", to = "2009-08-20" }), HttpStatusCode.OK);
        async Task<Dictionary<long, string?>> ObligationsAsync(string type) =>
            (await JsonAsync(await office.GetAsync($"/api/j/xg/obligations?type=party-group-study.{type}&pageSize=100"), HttpStatusCode.OK))
                .GetProperty("items").EnumerateArray().ToDictionary(o => o.GetProperty("obligedId").GetInt64(), o => o.GetProperty("status").GetString());
        var studyHours = await ObligationsAsync("study-hours");
        Assert.Equal(("done", "missed"), (studyHours[P("王强")], studyHours[P("刘伟")]));
        var research = await ObligationsAsync("research-report");
        Assert.Equal(("done", "late"), (research[P("李明")], research[P("陈红")]));
        var talks = await ObligationsAsync("talks");
        Assert.Equal(("done", "missed", "missed"), (talks[P("王强")], talks[P("周平")], talks[P("刘伟")]));

        // The county leading group reads the two reports sent up, and nothing else of the party group.
        var submitted = (await JsonAsync(await parent.OfficeApi.GetAsync("/api/j/xp/blocks/documents/submitted-to-us?plugin=party-group-study"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, submitted.Count);
        Assert.Contains(submitted, d => d.GetProperty("document").GetProperty("body").GetString()!.Contains("审批时限缩短一半"));
        Assert.Equal(HttpStatusCode.NotFound, (await parent.OfficeApi.GetAsync(Api("/progress"))).StatusCode);
    }
}
