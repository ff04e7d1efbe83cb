using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;


namespace Plugins.BannerSixOnes.Tests;

/// <summary>Item 1, 一次党性、党纪教育活动: one event per party organization by education.due (07-01), with attendance.</summary>
public sealed class EducationTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    private static object Event(string date, params (long Person, bool Attended, string? Reason)[] attendance) => new
    {
        topic = "纪念建党90周年党性党纪教育", heldOn = date, place = "嘎查活动室", contents = new[] { "反腐倡廉理论", "党章等党内法规" },
        summary = "学习党章，观看警示教育片", hours = 2.5m,
        attendance = attendance.Select(a => new { personId = a.Person, attended = a.Attended, absenceReason = a.Reason }),
    };

    private static Task<HttpResponseMessage> RecordAsync(HttpClient client, SixOnesBanner b, long org, object body) =>
        client.PutAsJsonAsync(b.Api($"/education/organizations/{org}"), body);

    private static async Task<JsonElement> RowAsync(SixOnesBanner b, long org)
    {
        var list = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/education"));
        return list.GetProperty("organizations").EnumerateArray().Single(r => r.GetProperty("organizationId").GetInt64() == org);
    }

    private static async Task<string> StateAsync(SixOnesBanner b, long org) => (await RowAsync(b, org)).GetProperty("state").GetString()!;

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }

    [Fact]
    public async Task An_event_dated_on_the_due_day_is_on_time_and_one_day_later_is_late()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 2, 10);
        var b = await fixture.CreateBannerAsync("edu-due");
        // "7月1日前" (the setting holds 七一 itself): 06-30 is the last day on time, 07-01 is late.
        var onTime = await RecordAsync(b.OfficeApi, b, b.Gacha, Event("2011-06-30", (b.People["巴特尔"], true, null), (b.People["其其格"], true, null)));
        Assert.True(onTime.IsSuccessStatusCode, await onTime.Content.ReadAsStringAsync());
        var late = await RecordAsync(b.OfficeApi, b, b.Community, Event("2011-07-01", (b.People["王芳"], true, null)));
        Assert.True(late.IsSuccessStatusCode, await late.Content.ReadAsStringAsync());

        Assert.Equal("Done", await StateAsync(b, b.Gacha));
        Assert.Equal("Late", await StateAsync(b, b.Community));
        Assert.Equal("逾期完成", (await RowAsync(b, b.Community)).GetProperty("stateLabel").GetString());
    }

    [Fact]
    public async Task Without_an_event_the_organization_is_pending_on_the_due_day_and_late_the_day_after()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 23, 59);
        var b = await fixture.CreateBannerAsync("edu-none");
        Assert.Equal("Pending", await StateAsync(b, b.Gacha));
        b.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 0, 0);
        Assert.Equal("Missed", await StateAsync(b, b.Gacha));
    }

    [Fact]
    public async Task Moving_the_due_setting_to_06_30_changes_the_verdict()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 12);
        var b = await fixture.CreateBannerAsync("edu-set", new() { ["education.due"] = "06-30" }); // "6月30日前": 06-29 is the last day
        Assert.Equal("Missed", await StateAsync(b, b.Community));
        var response = await RecordAsync(b.OfficeApi, b, b.Gacha, Event("2011-06-30", (b.People["巴特尔"], true, null)));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("Late", await StateAsync(b, b.Gacha));
        var on629 = await RecordAsync(b.OfficeApi, b, b.Finance, Event("2011-06-29", (b.People["陈静"], true, null)));
        Assert.True(on629.IsSuccessStatusCode);
        Assert.Equal("Done", await StateAsync(b, b.Finance));
    }

    [Fact]
    public async Task Attendance_is_only_of_the_organizations_own_members_and_absences_keep_their_reason()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 20, 10);
        var b = await fixture.CreateBannerAsync("edu-att");
        var stranger = await RecordAsync(b.OfficeApi, b, b.Gacha, Event("2011-06-18", (b.People["巴特尔"], true, null), (b.People["王芳"], true, null)));
        await AssertRefusedAsync(stranger, "attendance");

        var ok = await RecordAsync(b.OfficeApi, b, b.Gacha, Event("2011-06-18",
            (b.People["巴特尔"], true, null), (b.People["其其格"], true, null), (b.People["乌云"], false, "外出务工"), (b.People["斯琴"], true, null)));
        Assert.True(ok.IsSuccessStatusCode, await ok.Content.ReadAsStringAsync());
        var detail = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, detail.GetProperty("expected").GetInt32());
        Assert.Equal(3, detail.GetProperty("attended").GetInt32());
        var wuyun = detail.GetProperty("attendance").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "乌云");
        Assert.False(wuyun.GetProperty("attended").GetBoolean());
        Assert.Equal("外出务工", wuyun.GetProperty("absenceReason").GetString());

        // A committee's event takes the members of its branches; a member elsewhere is still refused.
        var town = await RecordAsync(b.OfficeApi, b, b.Town, Event("2011-06-19", (b.People["巴特尔"], true, null), (b.People["王芳"], true, null)));
        Assert.True(town.IsSuccessStatusCode, await town.Content.ReadAsStringAsync());
        var organs = await RecordAsync(b.OfficeApi, b, b.Organs, Event("2011-06-19", (b.People["巴特尔"], true, null)));
        await AssertRefusedAsync(organs, "attendance");
    }

    [Fact]
    public async Task Officers_record_within_their_subtree_members_only_read()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 20, 10);
        var b = await fixture.CreateBannerAsync("edu-perm");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var town = await b.ApiAsAsync($"{b.Code}-town");
        var member = await b.ApiAsAsync($"{b.Code}-member");

        Assert.Equal(HttpStatusCode.Forbidden, (await RecordAsync(secretary, b, b.Community, Event("2011-06-18", (b.People["王芳"], true, null)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RecordAsync(secretary, b, b.Town, Event("2011-06-18", (b.People["巴特尔"], true, null)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RecordAsync(member, b, b.Gacha, Event("2011-06-18", (b.People["其其格"], true, null)))).StatusCode);
        var own = await RecordAsync(secretary, b, b.Gacha, Event("2011-06-18", (b.People["巴特尔"], true, null), (b.People["乌云"], false, "外出开会"), (b.People["其其格"], false, "病假")));
        Assert.True(own.IsSuccessStatusCode, await own.Content.ReadAsStringAsync());
        var below = await RecordAsync(town, b, b.Community, Event("2011-06-18", (b.People["王芳"], true, null)));
        Assert.True(below.IsSuccessStatusCode, await below.Content.ReadAsStringAsync());

        // The office of the leading group is no party organization: nothing to record, not listed.
        await AssertRefusedAsync(await RecordAsync(b.OfficeApi, b, b.Office, Event("2011-06-18", (b.People["巴特尔"], true, null))), "organizationId");
        var list = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/education"));
        Assert.DoesNotContain(list.GetProperty("organizations").EnumerateArray(), r => r.GetProperty("organizationId").GetInt64() == b.Office);
        Assert.Equal(6, list.GetProperty("organizations").GetArrayLength());

        // The secretary lists only the branch; the member reads the branch's event, not the neighbour's.
        var mine = await secretary.GetFromJsonAsync<JsonElement>(b.Api("/education"));
        Assert.Equal([b.Gacha], mine.GetProperty("organizations").EnumerateArray().Select(r => r.GetProperty("organizationId").GetInt64()));
        // Why others were absent is the officers' to read; the member reads only their own reason.
        string? ReasonIn(JsonElement detail, string name) => detail.GetProperty("attendance").EnumerateArray()
            .Single(a => a.GetProperty("personId").GetInt64() == b.People[name]).GetProperty("absenceReason").GetString();
        var memberView = await member.GetFromJsonAsync<JsonElement>(b.Api($"/education/organizations/{b.Gacha}"));
        Assert.Null(ReasonIn(memberView, "乌云"));
        Assert.Equal("病假", ReasonIn(memberView, "其其格"));
        var secretaryView = await secretary.GetFromJsonAsync<JsonElement>(b.Api($"/education/organizations/{b.Gacha}"));
        Assert.Equal("外出开会", ReasonIn(secretaryView, "乌云"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(b.Api($"/education/organizations/{b.Community}"))).StatusCode);
        var me = await member.GetFromJsonAsync<JsonElement>(b.Api("/education/me"));
        Assert.False(me.GetProperty("attended").GetBoolean());
        Assert.Equal("病假", me.GetProperty("absenceReason").GetString());
        Assert.Equal("2011-06-30", me.GetProperty("due").GetString());
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_a_stale_edit_is_a_conflict()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 20, 10);
        var b = await fixture.CreateBannerAsync("edu-bad");
        var who = (b.People["巴特尔"], true, (string?)null);
        await AssertRefusedAsync(await RecordAsync(b.OfficeApi, b, b.Gacha, Event("2011-06-21", who)), "heldOn"); // not yet held
        await AssertRefusedAsync(await RecordAsync(b.OfficeApi, b, b.Gacha, new { topic = "", heldOn = "2011-06-18", place = "x", contents = new[] { "反腐倡廉理论" }, hours = 1, attendance = new[] { new { personId = b.People["巴特尔"], attended = true } } }), "topic");
        await AssertRefusedAsync(await RecordAsync(b.OfficeApi, b, b.Gacha, new { topic = "t", heldOn = "2011-06-18", place = "x", contents = new[] { "经济理论" }, hours = 1, attendance = new[] { new { personId = b.People["巴特尔"], attended = true } } }), "contents");
        await AssertRefusedAsync(await RecordAsync(b.OfficeApi, b, b.Gacha, new { topic = "t", heldOn = "2011-06-18", place = "x", contents = new[] { "国家法律法规" }, hours = 0, attendance = new[] { new { personId = b.People["巴特尔"], attended = true } } }), "hours");

        var first = await (await RecordAsync(b.OfficeApi, b, b.Gacha, Event("2011-06-18", who))).Content.ReadFromJsonAsync<JsonElement>();
        var version = first.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await RecordAsync(b.OfficeApi, b, b.Gacha, Event("2011-06-19", who))).StatusCode); // no version: already recorded
        var edit = await b.OfficeApi.PutAsJsonAsync(b.Api($"/education/organizations/{b.Gacha}"), new
        {
            topic = "改后的主题", heldOn = "2011-06-19", place = "x", contents = new[] { "国家法律法规" }, hours = 1, version,
            attendance = new[] { new { personId = b.People["巴特尔"], attended = true } },
        });
        Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync());
        var edited = await edit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(version + 1 == edited.GetProperty("version").GetInt32(), edited.ToString());
        var stale = await b.OfficeApi.PutAsJsonAsync(b.Api($"/education/organizations/{b.Gacha}"), new
        {
            topic = "旧版本", heldOn = "2011-06-19", place = "x", contents = new[] { "国家法律法规" }, hours = 1, version,
            attendance = new[] { new { personId = b.People["巴特尔"], attended = true } },
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_item_counts_one_per_organization_and_the_member_sees_their_event()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 5, 10);
        var b = await fixture.CreateBannerAsync("edu-item");
        Assert.True((await RecordAsync(b.OfficeApi, b, b.Gacha, Event("2011-06-28", (b.People["其其格"], true, null)))).IsSuccessStatusCode);
        Assert.True((await RecordAsync(b.OfficeApi, b, b.Community, Event("2011-07-03", (b.People["王芳"], true, null)))).IsSuccessStatusCode);

        var progress = (await EducationItemProbe.ProgressAsync(b, 1, new DateOnly(2011, 7, 5))).ToDictionary(p => p.OrganizationId);
        Assert.Equal(6, progress.Count); // 旗委, 镇党委, two branches, 工委, 财政局支部; not the leading group's office
        Assert.Equal((1, 1, 0), (progress[b.Gacha].Expected, progress[b.Gacha].Done, progress[b.Gacha].Overdue));
        Assert.Equal(1, progress[b.Gacha].DoneByMonth[5]);
        Assert.Equal((1, 1, 0), (progress[b.Community].Expected, progress[b.Community].Done, progress[b.Community].Overdue)); // late, but done
        Assert.Equal(1, progress[b.Community].DoneByMonth[6]);
        Assert.Equal((1, 0, 1), (progress[b.Finance].Expected, progress[b.Finance].Done, progress[b.Finance].Overdue));
        var onDueDay = (await EducationItemProbe.ProgressAsync(b, 1, new DateOnly(2011, 6, 30))).Single(p => p.OrganizationId == b.Finance);
        Assert.Equal(0, onDueDay.Overdue);

        var member = await EducationItemProbe.ForMemberAsync(b, 1, b.People["其其格"], new DateOnly(2011, 7, 5));
        Assert.Equal("Done", member!.State);
        Assert.Contains("您已出席", member.Summary);
        var finance = await EducationItemProbe.ForMemberAsync(b, 1, b.People["陈静"], new DateOnly(2011, 7, 5));
        Assert.Equal("Missed", finance!.State);
        var early = await EducationItemProbe.ForMemberAsync(b, 1, b.People["陈静"], new DateOnly(2011, 6, 1));
        Assert.Equal(("Pending", new DateOnly(2011, 6, 30)), (early!.State, early.NextDue));
    }

    [Fact]
    public async Task The_ledger_has_the_documents_columns_and_the_pages_render()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 10);
        var b = await fixture.CreateBannerAsync("edu-led");
        Assert.True((await RecordAsync(b.OfficeApi, b, b.Gacha, Event("2011-06-28", (b.People["其其格"], true, null), (b.People["乌云"], false, "病假")))).IsSuccessStatusCode);
        var response = await b.OfficeApi.GetAsync(b.Api("/ledgers/education?format=xlsx"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
        foreach (var header in new[] { "组织", "上级党委", "主题", "日期", "地点", "内容", "应到", "实到", "出勤率(%)", "状态" })
            Assert.Contains(header, text);
        Assert.Contains("巴丹吉林嘎查党支部", text);
        Assert.Contains("雅布赖镇党委", text);
        Assert.Contains("按时完成", text);

        var browser = await b.BrowserAsAsync($"{b.Code}-admin");
        var index = await browser.GetStringAsync(b.Page("/Education/Index"));
        Assert.Contains("due-done", index);
        Assert.Contains("旗财政局党支部", index);
        var form = await browser.GetStringAsync(b.Page($"/Education/Record?organization={b.Community}"));
        Assert.Contains("王芳", form);
        var post = await TestHost.SubmitFormAsync(browser, b.Page($"/Education/Record?organization={b.Community}"), new()
        {
            ["Topic"] = "党章学习", ["HeldOn"] = "2011-06-29", ["Place"] = "社区", ["Contents"] = "党章等党内法规", ["Hours"] = "2",
            ["Attended"] = b.People["王芳"].ToString(), [$"Reasons[{b.People["李强"]}]"] = "出差",
        });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var detail = await browser.GetStringAsync(b.Page($"/Education/Event?organization={b.Community}"));
        Assert.Contains("出差", detail);
        Assert.Contains("应到 2 人，实到 1 人", detail);
        var member = await b.BrowserAsAsync($"{b.Code}-member");
        Assert.Contains("巴丹吉林嘎查党支部", await member.GetStringAsync(b.Page("/Education/Index")));
    }

    [Fact]
    public async Task Recording_meets_the_host_obligation_and_withdrawing_reopens_it()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 20, 10);
        var b = await fixture.CreateBannerAsync("edu-obl");
        var generate = await b.OfficeApi.PostAsJsonAsync($"/api/j/{b.Code}/obligations/generate", new { from = "2011-05-05", to = "2011-12-31" });
        Assert.True(generate.IsSuccessStatusCode, await generate.Content.ReadAsStringAsync());
        async Task<string> ObligationAsync(long org) => (await b.OfficeApi.GetItemsAsync($"/api/j/{b.Code}/obligations?type=six-ones.education&organization={org}"))!
            .Single(o => o.GetProperty("obligedId").GetInt64() == org).GetProperty("status").GetString()!;
        Assert.Equal("pending", await ObligationAsync(b.Gacha));

        var recorded = await (await RecordAsync(b.OfficeApi, b, b.Gacha, Event("2011-06-18", (b.People["巴特尔"], true, null)))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("done", await ObligationAsync(b.Gacha));
        Assert.Equal("pending", await ObligationAsync(b.Community));

        var version = recorded.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await b.OfficeApi.DeleteAsync(b.Api($"/education/organizations/{b.Gacha}?version={version + 1}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await b.ApiAsAsync($"{b.Code}-member")).DeleteAsync(b.Api($"/education/organizations/{b.Gacha}?version={version}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await b.OfficeApi.DeleteAsync(b.Api($"/education/organizations/{b.Gacha}?version={version}"))).StatusCode);
        Assert.Equal("Pending", await StateAsync(b, b.Gacha));
        Assert.Equal("pending", await ObligationAsync(b.Gacha));
    }
}
