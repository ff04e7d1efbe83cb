using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.PartyGroupStudy.Tests.County;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>四(一) 学习调研 through the real host: the mobilization meeting, study hours by kind, reading notes, research reports, the discussion.</summary>
public sealed class StudyStageTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    private static JsonElement Line(JsonElement overview, string name) =>
        overview.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("name").GetString() == name);

    /// <summary>The core's obligations of a type (the plan steps as the core reads them): obliged id to status.</summary>
    private static async Task<Dictionary<long, string?>> ObligationsAsync(TestJurisdiction county, string type) =>
        (await JsonAsync(await county.OfficeApi.GetAsync($"/api/j/{county.Code}/obligations?type=party-group-study.{type}&pageSize=100"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToDictionary(o => o.GetProperty("obligedId").GetInt64(), o => o.GetProperty("status").GetString());

    private static string[] Fields(JsonElement refusal) => [.. refusal.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order()];

    [Fact]
    public async Task Hours_by_kind_reach_40_exactly_on_the_day_the_total_does_and_only_the_office_records_events()
    {
        var county = await CreateAsync(Host, "xg");
        var events = county.Api(Plugin, "/study/events");
        var wang = county.People["王强"];
        var member = await Host.ApiClientAsync("xg-member");

        // The mobilization meeting opens the stage; its time is not study time.
        var meeting = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(events, new { kind = "Mobilization", title = "学习实践活动动员大会", heldOn = "2009-03-01", hours = 2,
            attendance = new[] { new { personId = county.People["刘伟"], attended = false, absenceReason = "在省里开会" } } }), HttpStatusCode.Created);
        Assert.Equal((7, 6), (meeting.GetProperty("expected").GetInt32(), meeting.GetProperty("attended").GetInt32()));
        // 王强 leaves the training early: 7.5 of its 8 hours.
        var training = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(events, new { kind = "Training", title = "《科学发展观重要论述摘编》集中培训", heldOn = "2009-03-02", hours = 8,
            attendance = new object[] { new { personId = wang, hours = 7.5 }, new { personId = county.People["陈红"], attended = false, absenceReason = "出差" } } }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(events, new { kind = "Tutorial", title = "专题辅导：保增长、保民生、保稳定", heldOn = "2009-03-05", hours = 12 }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(events, new { kind = "GroupStudy", title = "集体研讨", heldOn = "2009-03-08", hours = 10 }), HttpStatusCode.Created);
        var selfStudy = county.Api(Plugin, "/study/self-study");
        await JsonAsync(await member.PostAsJsonAsync(selfStudy, new { date = "2009-03-09", hours = 10, title = "邓小平论科学发展", body = "第一至三章" }), HttpStatusCode.Created);

        var study = county.Api(Plugin, "/study");
        var mine = await JsonAsync(await member.GetAsync(study), HttpStatusCode.OK);
        Assert.Single(mine.GetProperty("members").EnumerateArray()); // a member sees their own line
        var line = Line(mine, "王强");
        Assert.Equal((7.5m, 12m, 10m, 10m, 39.5m), (line.GetProperty("training").GetDecimal(), line.GetProperty("tutorial").GetDecimal(),
            line.GetProperty("groupStudy").GetDecimal(), line.GetProperty("selfStudy").GetDecimal(), line.GetProperty("total").GetDecimal()));
        Assert.False(line.GetProperty("met").GetBoolean()); // 39.5 is not 40
        Assert.Equal(JsonValueKind.Null, line.GetProperty("metOn").ValueKind);
        Assert.Equal("Pending", line.GetProperty("state").GetString());

        await JsonAsync(await member.PostAsJsonAsync(selfStudy, new { date = "2009-03-10", hours = 0.5, body = "《科学发展观重要论述摘编》" }), HttpStatusCode.Created);
        line = Line(await JsonAsync(await county.OfficeApi.GetAsync(study), HttpStatusCode.OK), "王强");
        Assert.Equal(40m, line.GetProperty("total").GetDecimal());
        Assert.True(line.GetProperty("met").GetBoolean());
        Assert.Equal("2009-03-10", line.GetProperty("metOn").GetString());
        Assert.Equal("Done", line.GetProperty("state").GetString());
        Assert.Equal("done", (await ObligationsAsync(county, "study-hours"))[wang]);
        var chen = Line(await JsonAsync(await county.OfficeApi.GetAsync(study), HttpStatusCode.OK), "陈红");
        Assert.Equal(22m, chen.GetProperty("total").GetDecimal()); // absent from the training
        Assert.Equal("2009-03-01", (await JsonAsync(await county.OfficeApi.GetAsync(study), HttpStatusCode.OK)).GetProperty("mobilization").GetProperty("heldOn").GetString());

        // Self-study: one's own only; the office records it for a member; days outside stage 1 or after today are refused.
        await JsonAsync(await member.PostAsJsonAsync(selfStudy, new { personId = county.People["李明"], date = "2009-03-09", hours = 2, body = "x" }), HttpStatusCode.Forbidden);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(selfStudy, new { personId = county.People["李明"], date = "2009-03-09", hours = 2, body = "自学" }), HttpStatusCode.Created);
        Assert.Equal(["body", "date", "hours"], Fields(await JsonAsync(await member.PostAsJsonAsync(selfStudy, new { date = "2009-02-28", hours = 0, body = " " }), HttpStatusCode.BadRequest)));
        Assert.Equal(["date"], Fields(await JsonAsync(await member.PostAsJsonAsync(selfStudy, new { date = "2009-03-11", hours = 1, body = "x" }), HttpStatusCode.BadRequest)));

        // Events: the office only; within stage 1 (an event on 04-21 is refused, not merely left uncounted); absences with a reason; own hours within the event's.
        await JsonAsync(await member.PostAsJsonAsync(events, new { kind = "Training", title = "x", heldOn = "2009-03-09", hours = 2 }), HttpStatusCode.Forbidden);
        await JsonAsync(await (await Host.ApiClientAsync("xg-inspector")).PostAsJsonAsync(events, new { kind = "Training", title = "x", heldOn = "2009-03-09", hours = 2 }), HttpStatusCode.Forbidden);
        Clock.Now = SharedTestHost.Beijing(2009, 4, 25);
        var late = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(events, new { kind = "Training", title = "x", heldOn = "2009-04-21", hours = 2 }), HttpStatusCode.BadRequest);
        Assert.Contains("学习调研阶段", late.GetProperty("errors").GetProperty("heldOn")[0].GetString());
        Assert.Equal(["attendance", "hours", "title"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync(events, new { kind = "Training", title = "", heldOn = "2009-04-20", hours = 25,
            attendance = new[] { new { personId = wang, attended = false, absenceReason = "" } } }), HttpStatusCode.BadRequest)));
        Assert.Equal(["attendance"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync(events, new { kind = "Training", title = "x", heldOn = "2009-04-20", hours = 2,
            attendance = new[] { new { personId = wang, hours = 2.5 } } }), HttpStatusCode.BadRequest)));
        Assert.Equal(["attendance"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync(events, new { kind = "Training", title = "x", heldOn = "2009-04-20", hours = 2,
            attendance = new[] { new { personId = county.People["赵敏"], hours = 1 } } }), HttpStatusCode.BadRequest)));

        // A correction at the version read; a stale one is a conflict.
        var id = training.GetProperty("id").GetInt64();
        var fixedTraining = new { kind = "Training", title = "集中培训（更正）", heldOn = "2009-03-02", hours = 8, version = training.GetProperty("version").GetInt32() };
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{events}/{id}", fixedTraining), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{events}/{id}", fixedTraining), HttpStatusCode.Conflict);

        // Those outside the group read nothing; the inspector reads everyone.
        await JsonAsync(await (await Host.ApiClientAsync("xg-director")).GetAsync(study), HttpStatusCode.Forbidden);
        Assert.Equal(7, (await JsonAsync(await (await Host.ApiClientAsync("xg-inspector")).GetAsync(study), HttpStatusCode.OK)).GetProperty("members").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/study-hours"))).StatusCode);
    }

    [Fact]
    public async Task Notes_count_together_20000_characters_exactly_and_a_returned_note_stops_counting()
    {
        var county = await CreateAsync(Host, "xg");
        var notes = county.Api(Plugin, "/reading-notes");
        var member = await Host.ApiClientAsync("xg-member");

        // 19,999 Chinese characters, then one more: whitespace and a zero-width space do not count (RULES.md).
        await JsonAsync(await member.PostAsJsonAsync(notes, new { title = "邓小平论科学发展", date = "2009-03-09", body = new string('学', 19_999) }), HttpStatusCode.Created);
        var line = Line(await JsonAsync(await member.GetAsync(notes), HttpStatusCode.OK), "王强");
        Assert.Equal((19_999, false), (line.GetProperty("characters").GetInt32(), line.GetProperty("met").GetBoolean()));
        var last = await JsonAsync(await member.PostAsJsonAsync(notes, new { title = "科学发展观重要论述摘编", body = " 悟\u200B\n " }), HttpStatusCode.Created);
        Assert.Equal(1, last.GetProperty("characters").GetInt32());
        line = Line(await JsonAsync(await member.GetAsync(notes), HttpStatusCode.OK), "王强");
        Assert.Equal((20_000, true, "2009-03-10"), (line.GetProperty("characters").GetInt32(), line.GetProperty("met").GetBoolean(), line.GetProperty("metOn").GetString()));

        // The office returns a note with its comment: it stops counting until handed in again.
        var id = last.GetProperty("id").GetInt64();
        await JsonAsync(await member.PostAsJsonAsync($"{notes}/{id}/return", new { comment = "太短" }), HttpStatusCode.Forbidden);
        Assert.Equal(["comment"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{notes}/{id}/return", new { comment = " " }), HttpStatusCode.BadRequest)));
        var returned = await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{notes}/{id}/return", new { comment = "请结合工作实际写体会" }), HttpStatusCode.OK);
        Assert.Equal(("Returned", false, "请结合工作实际写体会"), (returned.GetProperty("state").GetString(), returned.GetProperty("counts").GetBoolean(), returned.GetProperty("reviewComment").GetString()));
        line = Line(await JsonAsync(await county.OfficeApi.GetAsync(notes), HttpStatusCode.OK), "王强");
        Assert.Equal((19_999, 1, false), (line.GetProperty("characters").GetInt32(), line.GetProperty("returned").GetInt32(), line.GetProperty("met").GetBoolean()));
        await JsonAsync(await member.PostAsJsonAsync(notes, new { title = "科学发展观重要论述摘编", body = "结合分管工作谈体会" }), HttpStatusCode.Created);
        Assert.True(Line(await JsonAsync(await member.GetAsync(notes), HttpStatusCode.OK), "王强").GetProperty("met").GetBoolean());
        Assert.Equal("done", (await ObligationsAsync(county, "reading-notes"))[county.People["王强"]]);

        // Refusals by field; another member's note is the office's to record.
        Assert.Equal(["body", "date", "title"], Fields(await JsonAsync(await member.PostAsJsonAsync(notes, new { title = " ", date = "2009-03-11", body = "" }), HttpStatusCode.BadRequest)));
        await JsonAsync(await member.PostAsJsonAsync(notes, new { personId = county.People["李明"], title = "x", body = "x" }), HttpStatusCode.Forbidden);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(notes, new { personId = county.People["李明"], title = "x", body = "手写笔记录入" }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/reading-notes"))).StatusCode);
    }

    [Fact]
    public async Task One_topic_each_the_report_counts_when_accepted_and_the_due_day_is_stage_one_s_last()
    {
        var county = await CreateAsync(Host, "xg");
        var member = await Host.ApiClientAsync("xg-member");
        var topics = county.Api(Plugin, "/research/topics");
        var reports = county.Api(Plugin, "/research/reports");
        var wang = county.People["王强"];

        await JsonAsync(await member.PostAsJsonAsync(reports, new { body = "报告" }), HttpStatusCode.BadRequest); // no topic yet
        var topic = await JsonAsync(await member.PostAsJsonAsync(topics, new { topic = "破解项目建设审批难题" }), HttpStatusCode.Created);
        Assert.Equal(1, topic.GetProperty("version").GetInt32());
        await JsonAsync(await member.PostAsJsonAsync(topics, new { topic = "另一个课题" }), HttpStatusCode.Conflict); // one topic per member
        await JsonAsync(await member.PutAsJsonAsync($"{topics}/{wang}", new { topic = "优化项目审批流程", version = 1 }), HttpStatusCode.OK);
        await JsonAsync(await member.PutAsJsonAsync($"{topics}/{wang}", new { topic = "又改", version = 1 }), HttpStatusCode.Conflict);
        await JsonAsync(await member.PostAsJsonAsync(topics, new { personId = county.People["周平"], topic = "x" }), HttpStatusCode.Forbidden);
        Assert.Equal(["topic"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync(topics, new { personId = county.People["周平"], topic = " " }), HttpStatusCode.BadRequest)));

        var report = await JsonAsync(await member.PostAsJsonAsync(reports, new { body = "深入基层调研，找准问题，提出对策。" }), HttpStatusCode.Created);
        var id = report.GetProperty("id").GetInt64();
        Assert.Equal(("Submitted", "优化项目审批流程"), (report.GetProperty("state").GetString(), report.GetProperty("topic").GetString()));
        await JsonAsync(await member.PostAsync($"{reports}/{id}/accept", null), HttpStatusCode.Forbidden);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{reports}/{id}/return", new { comment = "对策不具体" }), HttpStatusCode.OK);
        var research = county.Api(Plugin, "/research");
        Assert.Equal("Pending", Line(await JsonAsync(await member.GetAsync(research), HttpStatusCode.OK), "王强").GetProperty("state").GetString());
        await JsonAsync(await member.PostAsJsonAsync(reports, new { body = "深入基层调研，找准问题，提出三条具体对策。" }), HttpStatusCode.Created);

        // Accepted on stage 1's last day: on time; a day later: late.
        Clock.Now = SharedTestHost.Beijing(2009, 4, 20, 17);
        var accepted = await JsonAsync(await county.OfficeApi.PostAsync($"{reports}/{id}/accept", null), HttpStatusCode.OK);
        Assert.Equal("2009-04-20", accepted.GetProperty("acceptedOn").GetString());
        await JsonAsync(await member.PostAsJsonAsync(reports, new { body = "改" }), HttpStatusCode.BadRequest); // accepted is final
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(topics, new { personId = county.People["周平"], topic = "保民生" }), HttpStatusCode.Created);
        var zhou = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(reports, new { personId = county.People["周平"], body = "关于保民生的调研报告" }), HttpStatusCode.Created);
        Clock.Now = SharedTestHost.Beijing(2009, 4, 21, 9);
        await JsonAsync(await county.OfficeApi.PostAsync($"{reports}/{zhou.GetProperty("id").GetInt64()}/accept", null), HttpStatusCode.OK);
        var all = await JsonAsync(await county.OfficeApi.GetAsync(research), HttpStatusCode.OK);
        Assert.Equal("Done", Line(all, "王强").GetProperty("state").GetString());
        Assert.Equal(("Late", "2009-04-21"), (Line(all, "周平").GetProperty("state").GetString(), Line(all, "周平").GetProperty("acceptedOn").GetString()));
        Assert.Equal("Missed", Line(all, "李明").GetProperty("state").GetString());
        var owed = await ObligationsAsync(county, "research-report");
        Assert.Equal(("done", "late", "missed"), (owed[wang], owed[county.People["周平"]], owed[county.People["李明"]]));
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/research"))).StatusCode);
    }

    [Fact]
    public async Task The_office_holds_the_discussion_members_contribute_and_a_closed_one_takes_no_more()
    {
        var county = await CreateAsync(Host, "xg");
        var member = await Host.ApiClientAsync("xg-member");
        var discussions = county.Api(Plugin, "/discussions");

        await JsonAsync(await member.PostAsJsonAsync(discussions, new { topic = "x", heldOn = "2009-03-08" }), HttpStatusCode.Forbidden);
        Assert.Equal(["heldOn", "topic"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync(discussions, new { topic = "", heldOn = "2009-04-21" }), HttpStatusCode.BadRequest)));
        var held = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(discussions, new { topic = "怎样科学发展", heldOn = "2009-03-08" }), HttpStatusCode.Created);
        var id = held.GetProperty("id").GetInt64();
        await JsonAsync(await member.PostAsJsonAsync($"{discussions}/{id}/contributions", new { text = "把思想从不符合科学发展的观念中解放出来" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync($"{discussions}/{id}/contributions", new { personId = county.People["李明"], text = "x" }), HttpStatusCode.Forbidden);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{discussions}/{id}/contributions", new { personId = county.People["李明"], text = "书面发言" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsync($"{discussions}/{id}/close", null), HttpStatusCode.Forbidden);
        await JsonAsync(await county.OfficeApi.PostAsync($"{discussions}/{id}/close", null), HttpStatusCode.OK);
        Assert.Equal(["discussionId"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{discussions}/{id}/contributions",
            new { personId = county.People["周平"], text = "迟到的发言" }), HttpStatusCode.BadRequest)));

        var overview = await JsonAsync(await county.OfficeApi.GetAsync(discussions), HttpStatusCode.OK);
        Assert.Equal(("Done", "2009-03-10"), (Line(overview, "王强").GetProperty("state").GetString(), Line(overview, "王强").GetProperty("firstOn").GetString()));
        Assert.Equal("Pending", Line(overview, "周平").GetProperty("state").GetString());
        var owed = await ObligationsAsync(county, "emancipation");
        Assert.Equal("done", owed[county.People["王强"]]);
        Assert.NotEqual("done", owed[county.People["周平"]]);
        Assert.Equal(5, overview.GetProperty("discussions")[0].GetProperty("silent").GetArrayLength());
        Assert.Single((await JsonAsync(await member.GetAsync(discussions), HttpStatusCode.OK)).GetProperty("members").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/emancipation"))).StatusCode);
    }

    [Fact]
    public async Task Another_county_s_ids_are_not_found()
    {
        var county = await CreateAsync(Host, "xg");
        var other = await CreateAsync(Host, "other");
        var member = await Host.ApiClientAsync("xg-member");
        var training = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/study/events"), new { kind = "Training", title = "集中培训", heldOn = "2009-03-02", hours = 4 }), HttpStatusCode.Created);
        var note = await JsonAsync(await member.PostAsJsonAsync(county.Api(Plugin, "/reading-notes"), new { title = "书", body = "笔记" }), HttpStatusCode.Created);
        await JsonAsync(await member.PostAsJsonAsync(county.Api(Plugin, "/research/topics"), new { topic = "课题" }), HttpStatusCode.Created);
        var report = await JsonAsync(await member.PostAsJsonAsync(county.Api(Plugin, "/research/reports"), new { body = "报告" }), HttpStatusCode.Created);
        var talk = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/discussions"), new { topic = "讨论", heldOn = "2009-03-08" }), HttpStatusCode.Created);

        var (eventId, noteId, reportId, talkId) = (training.GetProperty("id").GetInt64(), note.GetProperty("id").GetInt64(), report.GetProperty("id").GetInt64(), talk.GetProperty("id").GetInt64());
        await JsonAsync(await other.OfficeApi.GetAsync(other.Api(Plugin, $"/study/events/{eventId}")), HttpStatusCode.NotFound);
        await JsonAsync(await other.OfficeApi.PutAsJsonAsync(other.Api(Plugin, $"/study/events/{eventId}"), new { kind = "Training", title = "x", heldOn = "2009-03-02", hours = 4, version = 1 }), HttpStatusCode.NotFound);
        await JsonAsync(await other.OfficeApi.PostAsJsonAsync(other.Api(Plugin, $"/reading-notes/{noteId}/return"), new { comment = "x" }), HttpStatusCode.NotFound);
        await JsonAsync(await other.OfficeApi.PostAsync(other.Api(Plugin, $"/research/reports/{reportId}/accept"), null), HttpStatusCode.NotFound);
        await JsonAsync(await other.OfficeApi.PostAsJsonAsync(other.Api(Plugin, $"/discussions/{talkId}/contributions"), new { personId = other.People["王强"], text = "x" }), HttpStatusCode.NotFound);
        await JsonAsync(await other.OfficeApi.PostAsync(other.Api(Plugin, $"/discussions/{talkId}/close"), null), HttpStatusCode.NotFound);
        // Another member's note is not found for a member either.
        var li = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/reading-notes"), new { personId = county.People["李明"], title = "书", body = "笔记" }), HttpStatusCode.Created);
        await JsonAsync(await member.GetAsync(county.Api(Plugin, $"/reading-notes/{li.GetProperty("id").GetInt64()}")), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("xg-admin")]
    [InlineData("xg-member")]
    [InlineData("xg-inspector")]
    public async Task The_pages_open_in_both_languages(string userName)
    {
        var county = await CreateAsync(Host, "xg");
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/study/events"), new { kind = "Mobilization", title = "动员大会", heldOn = "2009-03-01", hours = 2 }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/discussions"), new { topic = "怎样科学发展", heldOn = "2009-03-08" }), HttpStatusCode.Created);
        var browser = await Host.BrowserClientAsync(userName);
        foreach (var path in new[] { "/Study", "/ReadingNotes", "/Research" })
            foreach (var culture in new[] { "", "?culture=en" })
            {
                var response = await browser.GetAsync(county.Page(Plugin, path) + culture);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}{culture}: {(int)response.StatusCode}");
            }
        var study = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync(county.Page(Plugin, "/Study")));
        Assert.Contains("2009-03-01：动员大会", study);
        Assert.Equal(userName == "xg-member", study.Contains("我的学时", StringComparison.Ordinal));
    }
}
