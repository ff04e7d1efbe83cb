using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Plugins.PartyGroupStudy.Tests.County;

namespace Plugins.PartyGroupStudy.Tests;

/// <summary>四(三) 整改落实 through the real host: the plan (四有、四突出), its items done on time, late or not, the survey, the mechanisms, the report sent up.</summary>
public sealed class RectifyTests(PartyGroupStudyHost shared) : SharedHostTests<PartyGroupStudyHost>(shared)
{
    private static object Adoption(int version, string? target = "群众反映的审批慢、作风不实等突出问题得到解决", string? targeted = "针对分析检查中查摆的问题",
        string meetingOn = "2009-06-01") => new
    {
        meetingOn, attendance = "许建国、毛志强、李明、王强、周平、陈红、刘伟", target, targeted,
        timeBound = "每项明确完成期限", operable = "措施具体到责任领导和科室", effective = "以群众满意为标准", version,
    };

    private static object Item(TestJurisdiction county, string problem, string? lead, string mode = "Immediate", string? deadline = null, string? measures = "建立限时办结制度",
        int? version = null) => new
    {
        problem, foundIn = "专题民主生活会", leadPersonId = lead is null ? (long?)null : county.People[lead], mode, deadline, measures, version,
    };

    private async Task<TestJurisdiction> CountyAtStage3Async(string code = "xg", int? parentId = null)
    {
        var county = await CreateAsync(Host, code, parentId);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(county.Api(Plugin, "/leading-group"), Group(county)), HttpStatusCode.OK);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 6, 1);
        return county;
    }

    /// <summary>The core's obligations of a type, generated from the plan's steps first.</summary>
    private static async Task<List<(long Obliged, string? Status)>> ObligationsAsync(TestJurisdiction county, string type)
    {
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"/api/j/{county.Code}/obligations/generate", new { from = "2009-03-01", to = "2009-08-20" }), HttpStatusCode.OK);
        return [.. (await JsonAsync(await county.OfficeApi.GetAsync($"/api/j/{county.Code}/obligations?type=party-group-study.{type}&pageSize=50"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(o => (o.GetProperty("obligedId").GetInt64(), o.GetProperty("status").GetString())).OrderBy(o => o.Item1).ThenBy(o => o.Item2)];
    }

    private static string[] Fields(JsonElement refusal) => [.. refusal.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order()];

    [Fact]
    public async Task The_meeting_adopts_only_a_plan_with_the_four_haves_and_the_four_emphases_and_a_stale_edition_is_a_conflict()
    {
        var county = await CountyAtStage3Async();
        var api = county.Api(Plugin, "/rectification");
        var member = await Host.ApiClientAsync("xg-member");

        // 有整改事项 (no item yet) and 有整改目标 missing, with 针对性 unexplained: each named.
        Assert.Equal(["items", "target", "targeted"], Fields(await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/plan", Adoption(0, target: " ", targeted: null)), HttpStatusCode.BadRequest)));
        await JsonAsync(await member.PostAsJsonAsync($"{api}/items", Item(county, "审批环节多", "王强")), HttpStatusCode.Forbidden);
        Assert.Equal(["leadPersonId"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/items", Item(county, "审批环节多", "赵敏")), HttpStatusCode.BadRequest)));
        Assert.Equal(["deadline"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/items", Item(county, "审批环节多", "王强", "Deadline")), HttpStatusCode.BadRequest)));
        Assert.Equal(["deadline"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/items", Item(county, "审批环节多", "王强", "Deadline", "2009-08-21")), HttpStatusCode.BadRequest)));
        var id = (await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/items", Item(county, "审批环节多", null)), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        // 有整改责任制: an item without its lead member.
        Assert.Equal(["leadPersonId"], Fields(await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/plan", Adoption(0)), HttpStatusCode.BadRequest)));
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/items/{id}", Item(county, "审批环节多", "王强", measures: " ", version: 1)), HttpStatusCode.OK);
        // 有整改措施: an item without its measures.
        Assert.Equal(["measures"], Fields(await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/plan", Adoption(0)), HttpStatusCode.BadRequest)));
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/items/{id}", Item(county, "审批环节多", "王强", version: 1)), HttpStatusCode.Conflict); // read 1, now 2
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/items/{id}", Item(county, "审批环节多", "王强", version: 2)), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/items", Item(county, "服务窗口作风不实", "陈红", "Deadline", "2009-08-20")), HttpStatusCode.Created);

        // The four emphases each need their note; then the meeting adopts it, and the at-once item is due 30 days on.
        var noNotes = new { meetingOn = "2009-06-01", attendance = "全体党组成员", target = "目标", version = 0 };
        Assert.Equal(["effective", "operable", "targeted", "timeBound"], Fields(await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/plan", noNotes), HttpStatusCode.BadRequest)));
        await JsonAsync(await member.PutAsJsonAsync($"{api}/plan", Adoption(0)), HttpStatusCode.Forbidden);
        var adopted = await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/plan", Adoption(0)), HttpStatusCode.OK);
        Assert.Equal(1, adopted.GetProperty("plan").GetProperty("version").GetInt32());
        var items = adopted.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(("2009-07-01", "2009-08-20"), (items[0].GetProperty("deadline").GetString(), items[1].GetProperty("deadline").GetString()));
        // Changed only by a new edition at the version read: the stale one is a conflict.
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/plan", Adoption(0)), HttpStatusCode.Conflict);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/plan", Adoption(1, target: "修订后的目标")), HttpStatusCode.OK);
        // Once adopted, a new item must have its lead and measures at once.
        Assert.Equal(["leadPersonId", "measures"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/items", Item(county, "会议多", null, measures: null)), HttpStatusCode.BadRequest)));

        // Opinions on it (a forum, written), then the public pledge: every item published.
        Assert.Equal(["heldOn", "opinions"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/opinions", new { heldOn = "2009-05-31", form = "Forum", opinionsReceived = 3 }), HttpStatusCode.BadRequest)));
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/opinions", new { heldOn = "2009-06-01", form = "Forum", opinionsReceived = 12, opinions = "建议明确审批时限" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/opinions", new { heldOn = "2009-06-01", form = "Written", opinionsReceived = 0, opinions = "无新的意见" }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsync($"{api}/plan/publish?version=1", null), HttpStatusCode.Conflict);
        var published = await JsonAsync(await county.OfficeApi.PostAsync($"{api}/plan/publish?version=2", null), HttpStatusCode.OK);
        Assert.Equal("2009-06-01", published.GetProperty("plan").GetProperty("publishedOn").GetString());
        Assert.All(published.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("published").GetBoolean()));
        await JsonAsync(await county.OfficeApi.PostAsync($"{api}/plan/publish?version=3", null), HttpStatusCode.Conflict); // once
        // The members and the inspector read it; someone outside the group does not.
        Assert.Equal(2, (await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK)).GetProperty("opinions").GetArrayLength());
        await JsonAsync(await (await Host.ApiClientAsync("xg-inspector")).GetAsync(api), HttpStatusCode.OK);
        await JsonAsync(await (await Host.ApiClientAsync("xg-director")).GetAsync(api), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/rectification"))).StatusCode);
    }

    [Fact]
    public async Task An_item_done_on_its_deadline_is_on_time_a_day_after_late_undone_overdue_and_only_its_lead_or_the_office_completes_it()
    {
        var county = await CountyAtStage3Async();
        var api = county.Api(Plugin, "/rectification");
        async Task<long> AddAsync(string problem, string lead, string deadline) =>
            (await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/items", Item(county, problem, lead, "Deadline", deadline)), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var onTime = await AddAsync("审批环节多", "王强", "2009-06-10");
        var late = await AddAsync("窗口作风不实", "王强", "2009-06-09"); // one obligation per member and due day: 王强's two differ
        var overdue = await AddAsync("会议文件多", "陈红", "2009-06-10");
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/plan", Adoption(0)), HttpStatusCode.OK);

        var member = await Host.ApiClientAsync("xg-member"); // 王强
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 6, 11);
        Assert.Equal(["evidence"], Fields(await JsonAsync(await member.PostAsJsonAsync($"{api}/items/{onTime}/complete", new { completedOn = "2009-06-10", evidence = " ", version = 2 }), HttpStatusCode.BadRequest)));
        Assert.Equal(["completedOn"], Fields(await JsonAsync(await member.PostAsJsonAsync($"{api}/items/{onTime}/complete", new { completedOn = "2009-06-12", evidence = "x", version = 2 }), HttpStatusCode.BadRequest)));
        await JsonAsync(await member.PostAsJsonAsync($"{api}/items/{onTime}/complete", new { completedOn = "2009-06-10", evidence = "x", version = 1 }), HttpStatusCode.Conflict);
        var done = await JsonAsync(await member.PostAsJsonAsync($"{api}/items/{onTime}/complete", new { completedOn = "2009-06-10", evidence = "审批事项由23项减至12项", version = 2 }), HttpStatusCode.OK);
        Assert.Equal("OnTime", done.GetProperty("state").GetString());
        await JsonAsync(await member.PostAsJsonAsync($"{api}/items/{onTime}/complete", new { completedOn = "2009-06-10", evidence = "again", version = 3 }), HttpStatusCode.BadRequest); // done once
        Assert.Equal("Late", (await JsonAsync(await member.PostAsJsonAsync($"{api}/items/{late}/complete", new { completedOn = "2009-06-10", evidence = "建立首问负责制", version = 2 }), HttpStatusCode.OK))
            .GetProperty("state").GetString());
        // 陈红's item is hers (or the office's) to complete.
        await JsonAsync(await member.PostAsJsonAsync($"{api}/items/{overdue}/complete", new { completedOn = "2009-06-11", evidence = "x", version = 2 }), HttpStatusCode.Forbidden);
        var states = (await JsonAsync(await county.OfficeApi.GetAsync(api), HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetInt64(), i => i.GetProperty("state").GetString());
        Assert.Equal(("OnTime", "Late", "Overdue"), (states[onTime], states[late], states[overdue]));

        // The steps, as the core's obligations: each lead member's item, due its deadline.
        Assert.Equal([(county.People["王强"], "done"), (county.People["王强"], "late"), (county.People["陈红"], "missed")], await ObligationsAsync(county, "rectification"));
    }

    [Fact]
    public async Task The_raisers_are_at_least_twenty_percent_of_the_evaluators_and_the_published_result_is_read_by_the_members()
    {
        var county = await CountyAtStage3Async();
        var api = county.Api(Plugin, "/survey");
        var member = await Host.ApiClientAsync("xg-member");
        Assert.Equal(JsonValueKind.Null, (await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK)).ValueKind);
        // 20% of 50: 9 raisers among 50 are too few, 10 are enough.
        Assert.Equal(["raisers"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, new { stage2Evaluators = 41, raisers = 9 }), HttpStatusCode.BadRequest)));
        Assert.Equal(["closes", "stage2Evaluators"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, new { stage2Evaluators = 0, raisers = 9, closes = "2009-08-21" }), HttpStatusCode.BadRequest)));
        await JsonAsync(await member.PostAsJsonAsync(api, new { stage2Evaluators = 40, raisers = 10 }), HttpStatusCode.Forbidden);
        var survey = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, new { stage2Evaluators = 40, raisers = 10 }), HttpStatusCode.Created);
        Assert.Equal(50, survey.GetProperty("evaluators").GetInt32());
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, new { stage2Evaluators = 40, raisers = 10 }), HttpStatusCode.Conflict); // once

        // Codes for the public sheet, never more than the evaluators; the sheet opens with one.
        Assert.Equal(["count"], Fields(await JsonAsync(await county.OfficeApi.PostAsync($"{api}/codes?count=51", null), HttpStatusCode.BadRequest)));
        var codes = await JsonAsync(await county.OfficeApi.PostAsync($"{api}/codes?count=30", null), HttpStatusCode.OK);
        Assert.Equal(30, codes.GetProperty("codes").GetArrayLength());
        var roundId = survey.GetProperty("roundId").GetInt64();
        Assert.Equal($"/evaluate/xg/{roundId}", codes.GetProperty("path").GetString());
        var sheet = await Host.Anonymous.GetAsync($"/evaluate/xg/{roundId}?code={Uri.EscapeDataString(codes.GetProperty("codes")[0].GetString()!)}");
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        // Twenty paper sheets: 15 satisfied, 4 basically, 1 not on each question.
        var tally = new Dictionary<string, Dictionary<string, int>> { ["effect"] = new() { ["satisfied"] = 15, ["basically-satisfied"] = 4, ["dissatisfied"] = 1 },
            ["conduct"] = new() { ["satisfied"] = 16, ["basically-satisfied"] = 4, ["dissatisfied"] = 0 } };
        var counted = await JsonAsync(await county.OfficeApi.PostAsJsonAsync($"{api}/paper", new { counts = tally }), HttpStatusCode.OK);
        Assert.Equal(0.75m, counted.GetProperty("results")[0].GetProperty("options")[0].GetProperty("share").GetDecimal());
        // Before publication the members see no result; the inspector does.
        Assert.Equal(0, (await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK)).GetProperty("results").GetArrayLength());
        Assert.Equal(2, (await JsonAsync(await (await Host.ApiClientAsync("xg-inspector")).GetAsync(api), HttpStatusCode.OK)).GetProperty("results").GetArrayLength());
        await JsonAsync(await member.PostAsync($"{api}/publish?version=2", null), HttpStatusCode.Forbidden);
        await JsonAsync(await county.OfficeApi.PostAsync($"{api}/publish?version=1", null), HttpStatusCode.Conflict);
        Clock.Now = PartyGroupStudyHost.Beijing(2009, 8, 10);
        Assert.Equal("2009-08-10", (await JsonAsync(await county.OfficeApi.PostAsync($"{api}/publish?version=2", null), HttpStatusCode.OK)).GetProperty("publishedOn").GetString());
        var read = await JsonAsync(await member.GetAsync(api), HttpStatusCode.OK);
        Assert.Equal(20, read.GetProperty("results")[1].GetProperty("responses").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/satisfaction-survey"))).StatusCode);
        Assert.Equal("done", Assert.Single(await ObligationsAsync(county, "satisfaction-survey")).Status);
    }

    [Fact]
    public async Task The_office_records_mechanisms_a_double_or_a_stale_edit_is_a_conflict_and_the_ledger_downloads()
    {
        var county = await CountyAtStage3Async();
        var api = county.Api(Plugin, "/mechanisms");
        Assert.Equal(["adoptedOn", "name", "summary"], Fields(await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api,
            new { name = " ", change = "New", area = "WorkStyle", adoptedOn = "2009-06-02" }), HttpStatusCode.BadRequest)));
        var mechanism = new { name = "行政审批限时办结制度", change = "New", area = "GovernmentFunctions", adoptedOn = "2009-06-01", summary = "审批事项承诺时限，超时问责" };
        await JsonAsync(await (await Host.ApiClientAsync("xg-member")).PostAsJsonAsync(api, mechanism), HttpStatusCode.Forbidden);
        var saved = await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, mechanism), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PostAsJsonAsync(api, mechanism), HttpStatusCode.Conflict);
        var id = saved.GetProperty("id").GetInt64();
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/{id}", new { mechanism.name, change = "Revised", mechanism.area, mechanism.adoptedOn, mechanism.summary, version = 1 }), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync($"{api}/{id}", new { mechanism.name, change = "New", mechanism.area, mechanism.adoptedOn, mechanism.summary, version = 1 }), HttpStatusCode.Conflict);
        Assert.Equal("Revised", (await JsonAsync(await (await Host.ApiClientAsync("xg-member")).GetAsync(api), HttpStatusCode.OK))[0].GetProperty("change").GetString());
        Assert.Equal(HttpStatusCode.OK, (await county.OfficeApi.GetAsync(county.Api(Plugin, "/ledgers/mechanisms"))).StatusCode);
    }

    [Fact]
    public async Task Only_the_final_report_goes_up_once_and_the_county_leading_group_reads_it()
    {
        var parent = await TestJurisdiction.CreateAsync(Host, "xp", "XX县委", []);
        var county = await CountyAtStage3Async("xg", parent.Id);
        var api = county.Api(Plugin, "/summary-report");
        await JsonAsync(await (await Host.ApiClientAsync("xg-member")).PutAsJsonAsync(api, new { body = "草稿", version = 0 }), HttpStatusCode.Forbidden);
        Assert.Equal(["body"], Fields(await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, new { body = " ", version = 0 }), HttpStatusCode.BadRequest)));
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, new { body = "一、主要做法……", version = 0 }), HttpStatusCode.Created);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, new { body = "another first draft", version = 0 }), HttpStatusCode.Conflict);
        await JsonAsync(await (await Host.ApiClientAsync("xg-member")).PostAsJsonAsync($"{api}/comments", new { version = 1, text = "成效部分要有数字" }), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, new { body = "一、主要做法……二、成效：审批时限缩短40%。", version = 1, note = "补充成效数字" }), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PutAsJsonAsync(api, new { body = "stale", version = 1 }), HttpStatusCode.Conflict);
        Assert.Equal(["version"], Fields(await JsonAsync(await county.OfficeApi.PostAsync($"{api}/submit?version=2", null), HttpStatusCode.BadRequest))); // not final
        await JsonAsync(await county.OfficeApi.PostAsync($"{api}/finalize?version=2", null), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PostAsync($"{api}/submit?version=2", null), HttpStatusCode.OK);
        await JsonAsync(await county.OfficeApi.PostAsync($"{api}/submit?version=2", null), HttpStatusCode.Conflict); // once
        var read = await JsonAsync(await (await Host.ApiClientAsync("xg-member")).GetAsync(api), HttpStatusCode.OK);
        Assert.Equal(2, read.GetProperty("versions").GetArrayLength());
        Assert.Equal("2009-06-01", read.GetProperty("submittedOn").GetString());
        var up = (await JsonAsync(await parent.OfficeApi.GetAsync("/api/j/xp/blocks/documents/submitted-to-us"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Single();
        Assert.Contains("审批时限缩短40%", up.GetProperty("document").GetProperty("body").GetString());
        Assert.Equal("done", Assert.Single(await ObligationsAsync(county, "summary-report")).Status);
    }

    [Fact]
    public async Task Another_county_s_ids_are_not_found_and_the_pages_open_for_every_role()
    {
        var county = await CountyAtStage3Async();
        var other = await CreateAsync(Host, "other");
        await JsonAsync(await other.OfficeApi.PutAsJsonAsync(other.Api(Plugin, "/leading-group"), Group(other)), HttpStatusCode.OK);
        var item = (await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/rectification/items"), Item(county, "审批环节多", "王强")), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var mechanism = (await JsonAsync(await county.OfficeApi.PostAsJsonAsync(county.Api(Plugin, "/mechanisms"),
            new { name = "首问负责制", change = "New", area = "WorkStyle", adoptedOn = "2009-06-01", summary = "首问负责" }), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        await JsonAsync(await other.OfficeApi.PutAsJsonAsync(other.Api(Plugin, $"/rectification/items/{item}"), Item(other, "审批环节多", "王强", version: 1)), HttpStatusCode.NotFound);
        await JsonAsync(await other.OfficeApi.PostAsJsonAsync(other.Api(Plugin, $"/rectification/items/{item}/complete"), new { completedOn = "2009-06-01", evidence = "x", version = 1 }), HttpStatusCode.NotFound);
        await JsonAsync(await other.OfficeApi.PutAsJsonAsync(other.Api(Plugin, $"/mechanisms/{mechanism}"),
            new { name = "首问负责制", change = "New", area = "WorkStyle", adoptedOn = "2009-06-01", summary = "x", version = 1 }), HttpStatusCode.NotFound);
        Assert.Empty((await JsonAsync(await other.OfficeApi.GetAsync(other.Api(Plugin, "/rectification")), HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        // The other county's office cannot reach this county's API at all.
        Assert.NotEqual(HttpStatusCode.OK, (await other.OfficeApi.GetAsync(county.Api(Plugin, "/rectification"))).StatusCode);

        foreach (var userName in new[] { "xg-admin", "xg-member", "xg-inspector" })
        {
            var browser = await Host.BrowserClientAsync(userName);
            foreach (var path in new[] { "/Rectification", "/Survey", "/Mechanisms", "/Summary" })
                foreach (var culture in new[] { "", "?culture=en" })
                {
                    var response = await browser.GetAsync(county.Page(Plugin, path) + culture);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{userName} {path}{culture}: {(int)response.StatusCode}");
                }
        }
    }
}
