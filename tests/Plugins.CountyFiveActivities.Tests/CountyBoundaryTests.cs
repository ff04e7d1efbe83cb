using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.CountyFiveActivities.Tests;

/// <summary>The document's numbers at their edges: the 7-day rule, “七一前”, the grading thresholds, sector rule selection, versions.</summary>
public sealed class CountyBoundaryTests(CountyHost fixture) : IClassFixture<CountyHost>
{
    [Fact]
    public async Task Committee_meetings_count_within_7_days_after_the_county_meeting_and_late_ones_are_flagged()
    {
        var c = await fixture.CreateCountyAsync("cb-seven");
        c.At(2010, 5, 10);
        // No county meeting yet: a committee cannot record its own, nothing is due.
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town}"), new { heldOn = "2010-05-10" }).StatusAsync(HttpStatusCode.BadRequest, "heldOn");
        var before = await c.OfficeApi.GetAsync(c.Api("/mobilization")).OkJsonAsync();
        Assert.All(before.GetProperty("committees").Items(), r => Assert.Equal("NotDue", r.GetProperty("status").GetString()));

        var member = await c.ApiAsAsync($"{c.Code}-member");
        await member.PutAsJsonAsync(c.Api("/mobilization/county"), new { heldOn = "2010-05-10" }).StatusAsync(HttpStatusCode.Forbidden);
        await c.OfficeApi.PutAsJsonAsync(c.Api("/mobilization/county"), new { heldOn = "2010-05-10", attendees = 300 }).OkJsonAsync();

        c.At(2010, 5, 18);
        var town = await c.ApiAsAsync($"{c.Code}-town");
        // Day 7 after the county's is on time; day 8 is late; before the county's is refused.
        await town.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town}"), new { heldOn = "2010-05-09" }).StatusAsync(HttpStatusCode.BadRequest, "heldOn");
        await town.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town}"), new { heldOn = "2010-05-17" }).OkJsonAsync();
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town2}"), new { heldOn = "2010-05-18" }).OkJsonAsync();
        // The township officer acts for their own committee only; a branch is not a committee.
        await town.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Organs}"), new { heldOn = "2010-05-12" }).StatusAsync(HttpStatusCode.Forbidden);
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Village}"), new { heldOn = "2010-05-12" }).StatusAsync(HttpStatusCode.BadRequest, "organizationId");
        // A meeting not yet held cannot be recorded.
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Organs}"), new { heldOn = "2010-05-19" }).StatusAsync(HttpStatusCode.BadRequest, "heldOn");

        var overview = (await c.OfficeApi.GetAsync(c.Api("/mobilization")).OkJsonAsync()).GetProperty("committees");
        Assert.Equal(6, overview.GetArrayLength()); // every 党委 but the county committee
        Assert.Equal("Done", overview.Row("organizationId", c.Town).GetProperty("status").GetString());
        Assert.Equal("2010-05-17", overview.Row("organizationId", c.Town).GetProperty("dueOn").GetString());
        Assert.Equal("Late", overview.Row("organizationId", c.Town2).GetProperty("status").GetString());
        Assert.Equal("Missed", overview.Row("organizationId", c.Organs).GetProperty("status").GetString());

        c.At(2010, 5, 17, 23, 59);
        overview = (await c.OfficeApi.GetAsync(c.Api("/mobilization")).OkJsonAsync()).GetProperty("committees");
        Assert.Equal("Pending", overview.Row("organizationId", c.Organs).GetProperty("status").GetString());

        // The officer sees only their committee; the ledger downloads as .xlsx.
        var own = (await town.GetAsync(c.Api("/mobilization")).OkJsonAsync()).GetProperty("committees");
        Assert.Equal([c.Town], own.Items().Select(r => r.GetProperty("organizationId").GetInt64()));
        using var ledger = await c.OfficeApi.GetAsync(c.Api("/ledgers/mobilization?format=xlsx"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ledger.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_committee_deadline_is_a_setting()
    {
        var c = await fixture.CreateCountyAsync("cb-three", new() { ["mobilization.committeeDays"] = "3" });
        c.At(2010, 5, 20);
        await c.OfficeApi.PutAsJsonAsync(c.Api("/mobilization/county"), new { heldOn = "2010-05-10" }).OkJsonAsync();
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town}"), new { heldOn = "2010-05-13" }).OkJsonAsync();
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town2}"), new { heldOn = "2010-05-14" }).OkJsonAsync();
        var rows = (await c.OfficeApi.GetAsync(c.Api("/mobilization")).OkJsonAsync()).GetProperty("committees");
        Assert.Equal("Done", rows.Row("organizationId", c.Town).GetProperty("status").GetString());
        Assert.Equal("Late", rows.Row("organizationId", c.Town2).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Party_spirit_analysis_is_one_week_before_July_1_and_reports_after_it_are_late()
    {
        var c = await fixture.CreateCountyAsync("cb-july");
        c.At(2010, 6, 20);
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        await secretary.PutAsJsonAsync(c.Api($"/party-spirit/weeks/{c.Village}"), new { startsOn = "2010-06-25", endsOn = "2010-07-01" }).StatusAsync(HttpStatusCode.BadRequest, "endsOn");
        await secretary.PutAsJsonAsync(c.Api($"/party-spirit/weeks/{c.Village}"), new { startsOn = "2010-06-23", endsOn = "2010-06-30" }).StatusAsync(HttpStatusCode.BadRequest, "endsOn"); // 8 days
        await secretary.PutAsJsonAsync(c.Api($"/party-spirit/weeks/{c.Village}"), new { startsOn = "2010-06-24", endsOn = "2010-06-30" }).OkJsonAsync();
        await secretary.PutAsJsonAsync(c.Api($"/party-spirit/weeks/{c.Town2}"), new { startsOn = "2010-06-24", endsOn = "2010-06-30" }).StatusAsync(HttpStatusCode.Forbidden);

        // 23:59 on June 30 in Beijing is before July 1; ten past midnight is not.
        var member = await c.ApiAsAsync($"{c.Code}-member");
        c.At(2010, 6, 30, 23, 59);
        var onTime = await member.PostAsJsonAsync(c.Api("/party-spirit/reports"), new { body = "对照党章，查找自身在学习、工作、作风方面的不足。" }).OkJsonAsync();
        Assert.False(onTime.GetProperty("late").GetBoolean());
        await member.PostAsJsonAsync(c.Api("/party-spirit/reports"), new { personId = c.People["赵丽"], body = "代写" }).StatusAsync(HttpStatusCode.Forbidden);
        await member.PostAsJsonAsync(c.Api("/party-spirit/reports"), new { body = "  " }).StatusAsync(HttpStatusCode.BadRequest, "body");
        c.At(2010, 7, 1, 0, 10);
        var late = await secretary.PostAsJsonAsync(c.Api("/party-spirit/reports"), new { personId = c.People["赵丽"], body = "党性分析：理论学习不够系统。" }).OkJsonAsync();
        Assert.True(late.GetProperty("late").GetBoolean());

        var village = (await c.OfficeApi.GetAsync(c.Api("/party-spirit")).OkJsonAsync()).Row("organizationId", c.Village);
        Assert.Equal(3, village.GetProperty("members").GetInt32());
        Assert.Equal(1, village.GetProperty("reportsOnTime").GetInt32());
        Assert.Equal(1, village.GetProperty("reportsLate").GetInt32());
        Assert.Equal(1, village.GetProperty("missing").GetInt32());
        Assert.True(village.GetProperty("weekBeforeDeadline").GetBoolean());
    }

    [Fact]
    public async Task Only_serving_members_owe_the_report_and_members_whose_status_is_not_given_count_as_serving()
    {
        var c = await fixture.CreateCountyAsync("cb-serving");
        // 在职党员要撰写党性分析报告: a retired member and one not working owe none; the tree's three are not given (counted as serving).
        var retired = await c.Jurisdiction.PersonAsync("老张", c.Village, employment: "离退休");
        var student = await c.Jurisdiction.PersonAsync("小刘", c.Village, employment: "无职业");
        var serving = await c.Jurisdiction.PersonAsync("马兰", c.Village, employment: "在职");
        c.At(2010, 6, 20);
        await (await c.ApiAsAsync($"{c.Code}-member")).PostAsJsonAsync(c.Api("/party-spirit/reports"), new { body = "对照党章查找不足。" }).OkJsonAsync();

        var village = (await c.OfficeApi.GetAsync(c.Api("/party-spirit")).OkJsonAsync()).Row("organizationId", c.Village);
        Assert.Equal((6, 4, 1, 3, 3), (village.GetProperty("members").GetInt32(), village.GetProperty("owing").GetInt32(),
            village.GetProperty("reportsOnTime").GetInt32(), village.GetProperty("missing").GetInt32(), village.GetProperty("employmentNotGiven").GetInt32()));

        await c.OfficeApi.PostAsJsonAsync($"/api/j/{c.Code}/obligations/generate", new { from = "2010-05-01", to = "2010-07-31" }).OkJsonAsync();
        var obliged = (await c.OfficeApi.GetAsync($"/api/j/{c.Code}/obligations?type=county5-party-spirit-report&pageSize=100").OkJsonAsync()).GetProperty("items")
            .Items().Select(o => o.GetProperty("obligedId").GetInt64()).ToHashSet();
        Assert.Contains(serving, obliged);
        Assert.Contains(c.People["王强"], obliged);
        Assert.DoesNotContain(retired, obliged);
        Assert.DoesNotContain(student, obliged);

        // The page counts the owed reports and names the gap in the roster.
        var secretary = await c.BrowserAsAsync($"{c.Code}-secretary");
        var page = await secretary.GetStringAsync(c.Page("/PartySpirit"));
        Assert.Contains("名册中有", page);
        Assert.Contains("应交报告（在职）", page);
    }

    [Fact]
    public async Task The_public_evaluates_members_anonymously_and_nobody_evaluates_themselves()
    {
        var c = await fixture.CreateCountyAsync("cb-eval");
        c.At(2010, 6, 26);
        var member = await c.ApiAsAsync($"{c.Code}-member");
        await member.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["李明"], grade = "excellent" }).StatusAsync(HttpStatusCode.BadRequest, "round");
        await member.PostAsync(c.Api("/party-spirit/evaluation/round"), null).StatusAsync(HttpStatusCode.Forbidden);
        await c.OfficeApi.PostAsync(c.Api("/party-spirit/evaluation/round"), null).OkJsonAsync();
        await member.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["王强"], grade = "excellent" }).StatusAsync(HttpStatusCode.BadRequest, "personId");
        await member.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["李明"], grade = "great" }).StatusAsync(HttpStatusCode.BadRequest, "grade");
        await member.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["李明"], grade = "excellent" }).OkJsonAsync(HttpStatusCode.NoContent);
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        await secretary.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["王强"], grade = "qualified" }).OkJsonAsync(HttpStatusCode.NoContent);
        // A second answer on the same member is refused.
        await member.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["李明"], grade = "qualified" }).StatusAsync(HttpStatusCode.BadRequest);

        var results = await c.OfficeApi.GetAsync(c.Api("/party-spirit/evaluation")).OkJsonAsync();
        var li = results.Items().Single(r => r.GetProperty("subjectKey").GetString() == $"person:{c.People["李明"]}");
        Assert.Equal(1, li.GetProperty("responses").GetInt32());
        var excellent = li.GetProperty("questions")[0].GetProperty("distribution").Items().Single(o => o.GetProperty("optionKey").GetString() == "excellent");
        Assert.Equal(1, excellent.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData(6, 30, 23, 59, true)]  // the closing day itself, to its last minute
    [InlineData(7, 1, 0, 0, false)]    // 七一: refused, with an account or a code
    public async Task The_public_evaluation_takes_answers_up_to_its_closing_day(int month, int day, int hour, int minute, bool taken)
    {
        var c = await fixture.CreateCountyAsync($"cb-close{month}");
        c.At(2010, 6, 20);
        await c.OfficeApi.PostAsync(c.Api("/party-spirit/evaluation/round"), null).OkJsonAsync();
        var slips = await c.OfficeApi.PostAsJsonAsync(c.Api("/party-spirit/evaluation/codes"), new { organizationId = c.Community, count = 1 }).OkJsonAsync();
        Assert.Equal("2010-06-30", slips.GetProperty("closes").GetString());
        var path = slips.GetProperty("path").GetString()!;
        c.At(2010, month, day, hour, minute);
        var member = await c.ApiAsAsync($"{c.Code}-member");
        var answer = member.PostAsJsonAsync(c.Api("/party-spirit/evaluation"), new { personId = c.People["李明"], grade = "excellent" });
        if (taken) await answer.OkJsonAsync(HttpStatusCode.NoContent); else await answer.StatusAsync(HttpStatusCode.BadRequest, "date");
        var sheet = System.Net.WebUtility.HtmlDecode(await (await TestHost.SubmitFormAsync(fixture.Host.Anonymous, path,
            new() { ["code"] = slips.GetProperty("codes")[0].GetString()!, ["s0q0"] = "qualified" }, path + "?handler=Answer")).Content.ReadAsStringAsync());
        Assert.Equal(taken, sheet.Contains("已记录您对 1 个对象的评议"));
        if (!taken) await c.OfficeApi.PostAsync(c.Api("/party-spirit/evaluation/round"), null).StatusAsync(HttpStatusCode.BadRequest, "date"); // nor opened again
    }

    [Theory]
    // One rule (GradingRule): 先进 ⇔ the five goods met (every good ≥ 16 and the total ≥ 90); of the rest, below 60 is 后进.
    [InlineData(18, 18, 18, 18, 18, "Advanced", true)]     // 90, every good over 16: the advanced line itself
    [InlineData(18, 18, 18, 18, 17.99, "Middle", false)]   // 89.99: every good over 16 but not five-goods, so 中间 and nothing else
    [InlineData(16, 18, 18, 18, 20, "Advanced", true)]     // one good exactly at 16, the total exactly 90
    [InlineData(15.99, 18.01, 18, 18, 20, "Middle", false)] // 90 in all, one good just under 16
    [InlineData(12, 12, 12, 12, 12, "Middle", false)]      // 60: the lagging line is “below 60”
    [InlineData(12, 12, 12, 12, 11.99, "Lagging", false)]  // 59.99
    [InlineData(20, 20, 20, 20, 15.99, "Middle", false)]   // 95.99, one good under 16: not five-goods, so not 先进
    [InlineData(16, 16, 16, 16, 16, "Middle", false)]      // 80, every good at 16: short of the total
    public async Task Grades_follow_the_thresholds(double a, double b, double cc, double d, double e, string grade, bool fiveGoods)
    {
        var c = await fixture.SharedCountyAsync();
        c.At(2011, 12, 20);
        var score = await c.OfficeApi.PutAsJsonAsync(c.Api($"/scores/{c.Village}/r{Guid.NewGuid():N}"[..18]),
            new { leadership = a, membership = b, mechanisms = cc, results = d, opinion = e }).OkJsonAsync();
        Assert.Equal(grade, score.GetProperty("grade").GetString());
        Assert.Equal(fiveGoods, score.GetProperty("fiveGoods").GetBoolean());
    }

    [Fact]
    public async Task Scores_come_from_the_level_above_within_range()
    {
        var c = await fixture.CreateCountyAsync("cb-score");
        c.At(2011, 12, 20);
        var town = await c.ApiAsAsync($"{c.Code}-town");
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        object full = new { leadership = 18, membership = 18, mechanisms = 18, results = 18, opinion = 18 };
        await secretary.PutAsJsonAsync(c.Api($"/scores/{c.Village}/2011下半年"), full).StatusAsync(HttpStatusCode.Forbidden); // not its own
        await town.PutAsJsonAsync(c.Api($"/scores/{c.Town}/2011下半年"), full).StatusAsync(HttpStatusCode.Forbidden);         // nor its own committee
        await town.PutAsJsonAsync(c.Api($"/scores/{c.Village}/2011下半年"), new { leadership = 21, membership = 18, mechanisms = 18, results = 18, opinion = 18 })
            .StatusAsync(HttpStatusCode.BadRequest, "leadership");
        await town.PutAsJsonAsync(c.Api($"/scores/{c.Village}/2011下半年"), new { leadership = 18, membership = 18, mechanisms = 18, results = 18 })
            .StatusAsync(HttpStatusCode.BadRequest, "opinion");
        var saved = await town.PutAsJsonAsync(c.Api($"/scores/{c.Village}/2011下半年"), full).OkJsonAsync();
        // A second save without the version, or with a stale one, is a conflict.
        await town.PutAsJsonAsync(c.Api($"/scores/{c.Village}/2011下半年"), full).StatusAsync(HttpStatusCode.Conflict);
        await town.PutAsJsonAsync(c.Api($"/scores/{c.Village}/2011下半年"), new { leadership = 19, membership = 18, mechanisms = 18, results = 18, opinion = 18, version = saved.GetProperty("version").GetInt32() }).OkJsonAsync();
        await town.PutAsJsonAsync(c.Api($"/scores/{c.Village}/2011下半年"), new { leadership = 20, membership = 18, mechanisms = 18, results = 18, opinion = 18, version = saved.GetProperty("version").GetInt32() })
            .StatusAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Each_sector_tag_selects_its_theme()
    {
        var c = await fixture.CreateCountyAsync("cb-sector");
        async Task<string> ThemeAsync(long org) => (await c.OfficeApi.GetAsync(c.Api($"/standards/organizations/{org}")).OkJsonAsync()).GetProperty("guidance").GetProperty("theme").GetString()!;
        Assert.Equal("创五好，践五新", await ThemeAsync(c.Town));
        Assert.Equal("创五好，践五新", await ThemeAsync(c.Village));
        Assert.Equal("四有一创", await ThemeAsync(c.Community));
        Assert.Equal("创五好，塑五型", await ThemeAsync(c.Finance));
        Assert.Equal("创五好，争五强", await ThemeAsync(c.Enterprise));
        Assert.Equal("创五好，争五强", await ThemeAsync(c.Social));
        Assert.Equal("创一流工作，争一流业绩", await ThemeAsync(c.Hospital));
        Assert.Equal("创一流工作，争一流业绩", await ThemeAsync(c.School));
        var organs = (await c.OfficeApi.GetAsync(c.Api($"/standards/organizations/{c.Finance}")).OkJsonAsync()).GetProperty("guidance");
        Assert.Equal("五带头、五先进", organs.GetProperty("memberTheme").GetString());
        Assert.Equal(["学习型", "团结型", "发展型", "服务型", "创新型"], organs.GetProperty("criteria").Items().Select(e => e.GetString()));
        var twoNew = (await c.OfficeApi.GetAsync(c.Api($"/standards/organizations/{c.Enterprise}")).OkJsonAsync()).GetProperty("guidance");
        Assert.Equal("五个先锋", twoNew.GetProperty("memberTheme").GetString());
        var standards = await c.OfficeApi.GetAsync(c.Api("/standards")).OkJsonAsync();
        Assert.Equal(["领导班子好", "党员队伍好", "工作机制好", "工作业绩好", "群众反映好"], standards.GetProperty("fiveGoods").Items().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(5, standards.GetProperty("fiveModels").GetArrayLength());
    }

    [Fact]
    public async Task The_stages_carry_the_documents_dates()
    {
        var c = await fixture.CreateCountyAsync("cb-stages");
        c.At(2010, 6, 1);
        var stages = await c.OfficeApi.GetAsync(c.Api("/stages")).OkJsonAsync();
        Assert.Equal(2, stages.GetProperty("current").GetInt32());
        Assert.Equal(["2010-05-01", "2010-06-01", "2011-07-01", "2012-07-01"], stages.GetProperty("stages").Items().Select(s => s.GetProperty("start").GetString()));
        Assert.Equal("2012-11-07", stages.GetProperty("stages")[3].GetProperty("end").GetString());
        Assert.Equal("2011-07-01", stages.GetProperty("commendationBefore").GetString());
    }

    [Fact]
    public async Task The_host_schedules_see_the_committee_meetings_and_reports_with_their_status()
    {
        var c = await fixture.CreateCountyAsync("cb-oblig");
        c.At(2010, 5, 20);
        await c.OfficeApi.PutAsJsonAsync(c.Api("/mobilization/county"), new { heldOn = "2010-05-10" }).OkJsonAsync();
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town}"), new { heldOn = "2010-05-17" }).OkJsonAsync();
        await c.OfficeApi.PutAsJsonAsync(c.Api($"/mobilization/committees/{c.Town2}"), new { heldOn = "2010-05-18" }).OkJsonAsync();
        await c.OfficeApi.PostAsJsonAsync($"/api/j/{c.Code}/obligations/generate", new { from = "2010-05-01", to = "2010-07-31" }).OkJsonAsync();

        var meetings = (await c.OfficeApi.GetAsync($"/api/j/{c.Code}/obligations?type=county5-committee-meeting").OkJsonAsync()).GetProperty("items");
        Assert.Equal(6, meetings.GetArrayLength());
        string StatusOf(JsonElement list, long obliged) => list.Items().Single(o => o.GetProperty("obligedId").GetInt64() == obliged).GetProperty("status").GetString()!.ToLowerInvariant();
        Assert.Equal("done", StatusOf(meetings, c.Town));
        Assert.Equal("late", StatusOf(meetings, c.Town2));
        Assert.Equal("missed", StatusOf(meetings, c.Organs));
        Assert.Equal("2010-05-17", meetings.Items().First().GetProperty("dueOn").GetString());

        c.At(2010, 6, 30, 20);
        await (await c.ApiAsAsync($"{c.Code}-member")).PostAsJsonAsync(c.Api("/party-spirit/reports"), new { body = "党性分析报告" }).OkJsonAsync();
        await c.OfficeApi.PostAsJsonAsync($"/api/j/{c.Code}/obligations/generate", new { from = "2010-05-01", to = "2010-07-31" }).OkJsonAsync();
        var reports = (await c.OfficeApi.GetAsync($"/api/j/{c.Code}/obligations?type=county5-party-spirit-report").OkJsonAsync()).GetProperty("items");
        Assert.Equal(10, reports.GetArrayLength());
        Assert.Equal("done", StatusOf(reports, c.People["王强"]));
        Assert.Equal("pending", StatusOf(reports, c.People["李明"]));
        Assert.Equal("2010-06-30", reports.Items().First().GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task Two_editors_of_the_same_record_the_second_gets_409()
    {
        var c = await fixture.CreateCountyAsync("cb-409");
        c.At(2011, 7, 10);
        var secretary = await c.ApiAsAsync($"{c.Code}-secretary");
        var town = await c.ApiAsAsync($"{c.Code}-town");
        object Finds(string gap, int? version) => new { benchmark = "先进村", gap, direction = "发展", measures = "示范带富", version };
        var first = await secretary.PutAsJsonAsync(c.Api($"/four-finds/organizations/{c.Village}"), Finds("集体经济弱", null)).OkJsonAsync();
        var version = first.GetProperty("version").GetInt32();
        // Both loaded version 1; the township saves first, the branch's save is refused and changes nothing.
        await town.PutAsJsonAsync(c.Api($"/four-finds/organizations/{c.Village}"), Finds("班子年龄偏大", version)).OkJsonAsync();
        await secretary.PutAsJsonAsync(c.Api($"/four-finds/organizations/{c.Village}"), Finds("覆盖", version)).StatusAsync(HttpStatusCode.Conflict);
        var saved = await c.OfficeApi.GetAsync(c.Api($"/four-finds/organizations/{c.Village}")).OkJsonAsync();
        Assert.Equal("班子年龄偏大", saved.GetProperty("gap").GetString());
        // A member may not read an organization's 四找 outside what they manage or inspect.
        await (await c.ApiAsAsync($"{c.Code}-member")).GetAsync(c.Api($"/four-finds/organizations/{c.Village}")).StatusAsync(HttpStatusCode.Forbidden);

        // Filings too: a plan received meanwhile cannot be returned with the stale version.
        var plan = await secretary.PutAsJsonAsync(c.Api($"/plans/{c.Village}"), new { title = "方案", body = "内容" }).OkJsonAsync();
        var planVersion = plan.GetProperty("version").GetInt32();
        await town.PostAsJsonAsync(c.Api($"/plans/{c.Village}/receive"), new { version = planVersion }).OkJsonAsync();
        await c.OfficeApi.PostAsJsonAsync(c.Api($"/plans/{c.Village}/return"), new { comment = "再改", version = planVersion }).StatusAsync(HttpStatusCode.Conflict);
        await secretary.PutAsJsonAsync(c.Api($"/plans/{c.Village}"), new { title = "方案", body = "改", version = planVersion + 1 }).StatusAsync(HttpStatusCode.BadRequest, "state");
    }
}
