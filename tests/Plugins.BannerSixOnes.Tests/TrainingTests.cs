using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;


namespace Plugins.BannerSixOnes.Tests;

/// <summary>Item 2, 一次党员干部大规模学习培训: sessions of grassroots committees, attendance, coverage per committee and field against the goal.</summary>
public sealed class TrainingTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    private static async Task<JsonElement> SessionAsync(HttpClient client, SixOnesBanner b, long committee, string date, string field = "嘎查/农村", string title = "十七届五中全会精神轮训")
    {
        var response = await client.PostAsJsonAsync(b.Api("/training/sessions"), new { committeeId = committee, title, heldOn = date, place = "镇党校", hours = 8, field, industry = "畜牧业" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session");
    }

    private static Task<HttpResponseMessage> AttendAsync(HttpClient client, SixOnesBanner b, JsonElement session, params long[] people) =>
        client.PutAsJsonAsync(b.Api($"/training/sessions/{session.GetProperty("id").GetInt64()}/attendance"), new { personIds = people, version = session.GetProperty("version").GetInt32() });

    private static async Task AttendOkAsync(HttpClient client, SixOnesBanner b, JsonElement session, params long[] people)
    {
        var response = await AttendAsync(client, b, session, people);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> CommitteeAsync(HttpClient client, SixOnesBanner b, long committee) =>
        (await client.GetFromJsonAsync<JsonElement>(b.Api("/training"))).GetProperty("committees").EnumerateArray()
            .Single(c => c.GetProperty("committeeId").GetInt64() == committee);

    private static (int Trained, int Members, bool Meets) Figures(JsonElement line) =>
        (line.GetProperty("trained").GetInt32(), line.GetProperty("members").GetInt32(), line.GetProperty("meetsGoal").GetBoolean());

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }

    [Fact]
    public async Task A_member_attending_twice_counts_once_and_fields_follow_the_members_organization()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 9, 1, 10);
        var b = await fixture.CreateBannerAsync("trn-once");
        var first = await SessionAsync(b.OfficeApi, b, b.Town, "2011-08-10");
        var second = await SessionAsync(b.OfficeApi, b, b.Town, "2011-08-20", field: "机关", title: "机关干部专题培训");
        await AttendOkAsync(b.OfficeApi, b, first, b.People["巴特尔"], b.People["其其格"]);
        await AttendOkAsync(b.OfficeApi, b, second, b.People["巴特尔"], b.People["王芳"]);

        var town = await CommitteeAsync(b.OfficeApi, b, b.Town);
        Assert.Equal((3, 6, false), Figures(town)); // 巴特尔 twice, once counted
        Assert.Equal(2, town.GetProperty("sessions").GetInt32());
        var fields = town.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        // 王芳 attended a session tagged 机关 but belongs to the community branch: she counts under 社区.
        Assert.Equal((2, 4, false), Figures(fields["嘎查/农村"]));
        Assert.Equal((1, 2, false), Figures(fields["社区"]));
        Assert.False(fields.ContainsKey("机关"));
        Assert.Equal(50.0m, town.GetProperty("percent").GetDecimal());
    }

    [Fact]
    public async Task Goal_boundary_99_of_100_is_below_100_of_100_meets_and_the_goal_setting_moves_it()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 9, 1, 10);
        var b = await fixture.CreateBannerAsync("trn-goal");
        var park = await b.OrganizationAsync("巴音高勒园区党委", "党委", "园区", b.Root);
        var branch = await b.OrganizationAsync("园区企业联合党支部", "党支部", null, park);
        var people = new List<long>();
        for (var i = 0; i < 100; i++) people.Add(await b.PersonAsync($"园区党员{i:000}", branch));
        var session = await SessionAsync(b.OfficeApi, b, park, "2011-08-15", field: "园区");

        await AttendOkAsync(b.OfficeApi, b, session, [.. people.Take(99)]);
        var at99 = await CommitteeAsync(b.OfficeApi, b, park);
        Assert.Equal((99, 100, false), Figures(at99));
        Assert.Equal((99, 100, false), Figures(at99.GetProperty("fields").EnumerateArray().Single())); // the branch inherits 园区

        var detail = await (await b.OfficeApi.GetAsync(b.Api($"/training/sessions/{session.GetProperty("id").GetInt64()}"))).Content.ReadFromJsonAsync<JsonElement>();
        await AttendOkAsync(b.OfficeApi, b, detail.GetProperty("session"), [.. people]);
        Assert.Equal((100, 100, true), Figures(await CommitteeAsync(b.OfficeApi, b, park)));

        // Goal 90: 90 of 100 meets, 89 does not.
        await b.Host.SetSwitchAsync(b.Id, SixOnesHost.PluginId, enabled: true, new() { ["training.goal.percent"] = "90" });
        detail = await (await b.OfficeApi.GetAsync(b.Api($"/training/sessions/{session.GetProperty("id").GetInt64()}"))).Content.ReadFromJsonAsync<JsonElement>();
        await AttendOkAsync(b.OfficeApi, b, detail.GetProperty("session"), [.. people.Take(89)]);
        Assert.Equal((89, 100, false), Figures(await CommitteeAsync(b.OfficeApi, b, park)));
        detail = await (await b.OfficeApi.GetAsync(b.Api($"/training/sessions/{session.GetProperty("id").GetInt64()}"))).Content.ReadFromJsonAsync<JsonElement>();
        await AttendOkAsync(b.OfficeApi, b, detail.GetProperty("session"), [.. people.Take(90)]);
        Assert.Equal((90, 100, true), Figures(await CommitteeAsync(b.OfficeApi, b, park)));
        Assert.Equal(90, (await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/training"))).GetProperty("goalPercent").GetInt32());
    }

    [Fact]
    public async Task Attendance_of_a_non_member_is_refused_and_a_transferred_member_counts_under_the_new_committee()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 9, 1, 10);
        var b = await fixture.CreateBannerAsync("trn-move");
        var session = await SessionAsync(b.OfficeApi, b, b.Town, "2011-08-10");
        await AssertRefusedAsync(await AttendAsync(b.OfficeApi, b, session, b.People["其其格"], b.People["张伟"]), "personIds");

        await AttendOkAsync(b.OfficeApi, b, session, b.People["其其格"]);
        Assert.Equal((1, 6, false), Figures(await CommitteeAsync(b.OfficeApi, b, b.Town)));
        Assert.Equal((0, 3, false), Figures(await CommitteeAsync(b.OfficeApi, b, b.Organs)));

        var transfer = await b.OfficeApi.PostAsJsonAsync($"/api/j/{b.Code}/people/{b.People["其其格"]}/transfer", new { toOrganizationId = b.Finance, on = "2011-08-25" });
        Assert.True(transfer.IsSuccessStatusCode, await transfer.Content.ReadAsStringAsync());
        Assert.Equal((0, 5, false), Figures(await CommitteeAsync(b.OfficeApi, b, b.Town)));
        var organs = await CommitteeAsync(b.OfficeApi, b, b.Organs);
        Assert.Equal((1, 4, false), Figures(organs));
        Assert.Equal((1, 4, false), Figures(organs.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "机关")));
    }

    [Fact]
    public async Task Committees_schedule_within_their_subtree_and_attendance_waits_for_the_session()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 9, 1, 10);
        var b = await fixture.CreateBannerAsync("trn-perm");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var town = await b.ApiAsAsync($"{b.Code}-town");
        var body = new { committeeId = b.Town, title = "轮训", heldOn = "2011-08-10", place = "镇党校", hours = 8, field = "嘎查/农村" };
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(b.Api("/training/sessions"), body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.PostAsJsonAsync(b.Api("/training/sessions"), body with { committeeId = b.Organs })).StatusCode);
        await AssertRefusedAsync(await b.OfficeApi.PostAsJsonAsync(b.Api("/training/sessions"), body with { committeeId = b.Root }), "committeeId"); // not grassroots
        await AssertRefusedAsync(await b.OfficeApi.PostAsJsonAsync(b.Api("/training/sessions"), body with { committeeId = b.Gacha }), "committeeId"); // a branch
        await AssertRefusedAsync(await town.PostAsJsonAsync(b.Api("/training/sessions"), body with { field = "渔业" }), "field");
        await AssertRefusedAsync(await town.PostAsJsonAsync(b.Api("/training/sessions"), body with { heldOn = "2012-01-05" }), "heldOn");

        var held = await SessionAsync(town, b, b.Town, "2011-08-10");
        Assert.Equal(HttpStatusCode.Forbidden, (await AttendAsync(secretary, b, held, b.People["其其格"])).StatusCode);
        var later = await SessionAsync(town, b, b.Town, "2011-09-02");
        await AssertRefusedAsync(await AttendAsync(town, b, later, b.People["其其格"]), "personIds"); // not held yet (today 09-01)
        await AttendOkAsync(town, b, held, b.People["其其格"]);
        Assert.Equal(HttpStatusCode.Conflict, (await AttendAsync(town, b, held, b.People["乌云"])).StatusCode); // stale version

        // The town officer sees the town only; the member sees their own state.
        var committees = (await town.GetFromJsonAsync<JsonElement>(b.Api("/training"))).GetProperty("committees");
        Assert.Equal([b.Town], committees.EnumerateArray().Select(c => c.GetProperty("committeeId").GetInt64()));
        var me = await (await b.ApiAsAsync($"{b.Code}-member")).GetFromJsonAsync<JsonElement>(b.Api("/training/me"));
        Assert.True(me.GetProperty("trained").GetBoolean());
        Assert.Equal("2011-08-10", me.GetProperty("firstTrainedOn").GetString());
        Assert.Equal("2011-12-31", me.GetProperty("due").GetString());
    }

    [Fact]
    public async Task The_dashboard_item_counts_own_members_overdue_only_after_the_due_day()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 9, 1, 10);
        var b = await fixture.CreateBannerAsync("trn-item");
        var july = await SessionAsync(b.OfficeApi, b, b.Town, "2011-07-10");
        var august = await SessionAsync(b.OfficeApi, b, b.Town, "2011-08-10");
        await AttendOkAsync(b.OfficeApi, b, july, b.People["巴特尔"]);
        await AttendOkAsync(b.OfficeApi, b, august, b.People["巴特尔"], b.People["其其格"], b.People["王芳"]);

        var progress = (await EducationItemProbe.ProgressAsync(b, 2, new DateOnly(2011, 12, 31))).ToDictionary(p => p.OrganizationId);
        var gacha = progress[b.Gacha];
        Assert.Equal((4, 2, 0), (gacha.Expected, gacha.Done, gacha.Overdue));
        Assert.Equal(1, gacha.DoneByMonth[6]); // 巴特尔, first trained in July
        Assert.Equal(1, gacha.DoneByMonth[7]); // 其其格 in August; 巴特尔 not again
        Assert.Equal((2, 1, 0), (progress[b.Community].Expected, progress[b.Community].Done, progress[b.Community].Overdue));
        Assert.Equal((3, 0, 0), (progress[b.Finance].Expected, progress[b.Finance].Done, progress[b.Finance].Overdue));
        Assert.False(progress.ContainsKey(b.Town)); // no members of its own

        var afterDue = (await EducationItemProbe.ProgressAsync(b, 2, new DateOnly(2012, 1, 1))).ToDictionary(p => p.OrganizationId);
        Assert.Equal(2, afterDue[b.Gacha].Overdue);
        Assert.Equal(3, afterDue[b.Finance].Overdue);
        var asOfJuly = (await EducationItemProbe.ProgressAsync(b, 2, new DateOnly(2011, 7, 31))).ToDictionary(p => p.OrganizationId);
        Assert.Equal(1, asOfJuly[b.Gacha].Done);

        Assert.Equal("Done", (await EducationItemProbe.ForMemberAsync(b, 2, b.People["其其格"], new DateOnly(2011, 9, 1)))!.State);
        var pending = await EducationItemProbe.ForMemberAsync(b, 2, b.People["陈静"], new DateOnly(2011, 12, 31));
        Assert.Equal(("Pending", (DateOnly?)new DateOnly(2011, 12, 31)), (pending!.State, pending.NextDue));
        Assert.Equal("Missed", (await EducationItemProbe.ForMemberAsync(b, 2, b.People["陈静"], new DateOnly(2012, 1, 1)))!.State);
        // 其其格 moves to the finance bureau's branch: her training is counted there now, in the month she was trained.
        var transfer = await b.OfficeApi.PostAsJsonAsync($"/api/j/{b.Code}/people/{b.People["其其格"]}/transfer", new { toOrganizationId = b.Finance, on = "2011-08-25" });
        Assert.True(transfer.IsSuccessStatusCode, await transfer.Content.ReadAsStringAsync());
        var moved = (await EducationItemProbe.ProgressAsync(b, 2, new DateOnly(2011, 12, 31))).ToDictionary(p => p.OrganizationId);
        Assert.Equal((3, 1), (moved[b.Gacha].Expected, moved[b.Gacha].Done));
        Assert.Equal((4, 1, 1), (moved[b.Finance].Expected, moved[b.Finance].Done, moved[b.Finance].DoneByMonth[7]));
    }

    [Fact]
    public async Task Ledgers_obligations_and_pages()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 9, 1, 10);
        var b = await fixture.CreateBannerAsync("trn-led");
        var session = await SessionAsync(b.OfficeApi, b, b.Town, "2011-08-10");
        await AttendOkAsync(b.OfficeApi, b, session, b.People["巴特尔"], b.People["王芳"]);

        var sessions = await b.OfficeApi.GetAsync(b.Api("/ledgers/training-sessions?format=xlsx"));
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await sessions.Content.ReadAsByteArrayAsync()), false))
        {
            var text = document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
            foreach (var s in new[] { "基层党委", "培训主题", "领域", "行业", "参训人员", "雅布赖镇党委", "巴特尔", "王芳", "畜牧业" }) Assert.Contains(s, text);
        }
        var coverage = await b.OfficeApi.GetAsync(b.Api("/ledgers/training-coverage?format=xlsx"));
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await coverage.Content.ReadAsByteArrayAsync()), false))
        {
            var text = document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
            foreach (var s in new[] { "覆盖率(%)", "是否达标", "雅布赖镇党委", "旗直机关工委", "嘎查/农村", "社区", "合计", "未达标" }) Assert.Contains(s, text);
        }

        // The host's schedules: every member under a grassroots committee owes one training by 12-31; met by the first session.
        var generate = await b.OfficeApi.PostAsJsonAsync($"/api/j/{b.Code}/obligations/generate", new { from = "2011-01-01", to = "2011-12-31" });
        Assert.True(generate.IsSuccessStatusCode, await generate.Content.ReadAsStringAsync());
        var owed = await b.OfficeApi.GetItemsAsync($"/api/j/{b.Code}/obligations?type=six-ones.training");
        Assert.Equal(9, owed!.Length);
        Assert.Equal("done", owed.Single(o => o.GetProperty("obligedId").GetInt64() == b.People["巴特尔"]).GetProperty("status").GetString());
        Assert.Equal("pending", owed.Single(o => o.GetProperty("obligedId").GetInt64() == b.People["陈静"]).GetProperty("status").GetString());
        var education = await b.OfficeApi.GetItemsAsync($"/api/j/{b.Code}/obligations?type=six-ones.education");
        Assert.Equal(6, education!.Length);
        Assert.All(education, o => Assert.Equal("missed", o.GetProperty("status").GetString())); // today 09-01, none recorded

        var browser = await b.BrowserAsAsync($"{b.Code}-admin");
        var index = await browser.GetStringAsync(b.Page("/Training/Index"));
        Assert.Contains("雅布赖镇党委", index);
        Assert.Contains("2/6", index);
        var created = await TestHost.SubmitFormAsync(browser, b.Page("/Training/Session"), new()
        {
            ["CommitteeId"] = b.Organs.ToString(), ["Title"] = "机关党员轮训", ["HeldOn"] = "2011-08-30", ["Place"] = "旗委党校", ["Hours"] = "4", ["Field"] = "机关", ["Industry"] = "财政",
        }, b.Page("/Training/Session?handler=Save"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var form = await browser.GetStringAsync(location);
        Assert.Contains("张伟", form);
        var id = location.Split("id=")[1].Split('&')[0];
        var attended = await TestHost.SubmitFormAsync(browser, location, new()
        {
            ["Version"] = "0", ["Attended"] = b.People["张伟"].ToString(),
        }, b.Page($"/Training/Session?id={id}&handler=Attendance"));
        Assert.Equal(HttpStatusCode.Redirect, attended.StatusCode);
        Assert.Equal((1, 3, false), Figures(await CommitteeAsync(b.OfficeApi, b, b.Organs)));
        var member = await b.BrowserAsAsync($"{b.Code}-member");
        Assert.Contains("尚未参加轮训", await member.GetStringAsync(b.Page("/Training/Index")));
    }

    [Fact]
    public async Task A_branch_directly_under_the_banner_committee_rotates_with_the_banner_committee()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1, 9);
        var b = await fixture.CreateBannerAsync("tr-top");
        // No branch directly under the 旗委: no 旗委 row (the office under it is no branch).
        Assert.DoesNotContain((await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/training"))).GetProperty("committees").EnumerateArray(),
            c => c.GetProperty("committeeId").GetInt64() == b.Root);
        // 旗委办公室党支部 hangs directly under the 旗委: its members rotate with the 旗委, which holds a session for them.
        var direct = await b.OrganizationAsync("旗委办公室党支部", "党支部", "机关", b.Root);
        var gao = await b.PersonAsync("高明", direct);
        var li = await b.PersonAsync("李红", direct);
        var top = await CommitteeAsync(b.OfficeApi, b, b.Root);
        Assert.Equal((0, 2, false), Figures(top));
        Assert.Equal("阿右旗委", top.GetProperty("committee").GetString());
        var session = await SessionAsync(b.OfficeApi, b, b.Root, "2011-06-01", "机关");
        await AttendOkAsync(b.OfficeApi, b, session, gao);
        Assert.Equal((1, 2, false), Figures(await CommitteeAsync(b.OfficeApi, b, b.Root)));
        await AttendOkAsync(b.OfficeApi, b, await SessionAsync(b.OfficeApi, b, b.Root, "2011-06-01", "机关", "第二期"), li);
        Assert.Equal((2, 2, true), Figures(await CommitteeAsync(b.OfficeApi, b, b.Root)));
        // Each member in exactly one committee's row: the town and the organs are as before, and the total counts 高明 and 李红 once.
        var overview = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/training"));
        var rows = overview.GetProperty("committees").EnumerateArray().ToList();
        Assert.Equal(9 + 2, rows.Sum(r => r.GetProperty("members").GetInt32())); // the roster: 9 and the two
        Assert.Equal(3, (await CommitteeAsync(b.OfficeApi, b, b.Organs)).GetProperty("members").GetInt32()); // 张伟, 刘洋, 陈静
        // The page shows the 旗委 row; their own item says they are trained.
        Assert.Contains("阿右旗委", await (await b.BrowserAsAsync($"{b.Code}-admin")).GetStringAsync(b.Page("/Training")));
    }
}
