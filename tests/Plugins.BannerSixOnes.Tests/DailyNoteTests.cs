using System.Net;
using System.Net.Http.Json;
using System.Text.Json;


namespace Plugins.BannerSixOnes.Tests;

/// <summary>每日学习笔记: the 300-character rule, the campaign days, hours, who may write, the item and the obligations.</summary>
public sealed class DailyNoteTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    internal static string Body(int characters) => new('学', characters);

    internal static Task<HttpResponseMessage> WriteAsync(HttpClient client, SixOnesBanner b, long? personId, string day, string body, decimal? hours = null) =>
        client.PostAsJsonAsync(b.Api("/notes"), new { personId, day, body, hours });

    private static async Task<string> ProblemAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    [Fact]
    public async Task A_note_needs_300_characters_and_whitespace_does_not_count()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 10, 20); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("dn-chars");
        var member = await b.ApiAsAsync($"{b.Code}-member");

        var short1 = await WriteAsync(member, b, null, "2011-06-10", Body(299));
        Assert.Equal(HttpStatusCode.BadRequest, short1.StatusCode);
        Assert.Contains("还差 1 字", await ProblemAsync(short1));
        // 299 characters padded with spaces and newlines are still 299.
        var padded = await WriteAsync(member, b, null, "2011-06-10", Body(150) + "  \n\t " + Body(149) + "          ");
        Assert.Equal(HttpStatusCode.BadRequest, padded.StatusCode);
        Assert.Contains("还差 1 字", await ProblemAsync(padded));

        // Nor do invisible characters make up the rest (300 zero-width spaces were once a note).
        var hidden = await WriteAsync(member, b, null, "2011-06-10", Body(299) + new string('\u200B', 300));
        Assert.Equal(HttpStatusCode.BadRequest, hidden.StatusCode);
        Assert.Contains("还差 1 字", await ProblemAsync(hidden));

        var ok = await WriteAsync(member, b, null, "2011-06-10", Body(150) + " \n " + Body(150));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var note = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(300, note.GetProperty("characters").GetInt32());
        Assert.Equal(1m, note.GetProperty("hours").GetDecimal()); // dailyNote.studyHours by default
    }

    [Fact]
    public async Task The_minimum_and_the_hours_are_settings()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 10, 20); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("dn-set", new() { ["dailyNote.minChars"] = "500", ["dailyNote.studyHours"] = "1.5" });
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var r499 = await WriteAsync(member, b, null, "2011-06-10", Body(499));
        Assert.Contains("还差 1 字", await ProblemAsync(r499));
        var r500 = await WriteAsync(member, b, null, "2011-06-10", Body(500));
        Assert.Equal(1.5m, (await r500.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hours").GetDecimal());
        var own = await WriteAsync(member, b, null, "2011-06-09", Body(500), 2.5m);
        Assert.Equal(2.5m, (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hours").GetDecimal());
        var tooMany = await WriteAsync(member, b, null, "2011-06-08", Body(500), 25m);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("hours", await ProblemAsync(tooMany));
    }

    [Fact]
    public async Task Notes_are_due_from_the_campaign_start_up_to_today_only()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 23, 59); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("dn-days");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        Assert.Equal(HttpStatusCode.BadRequest, (await WriteAsync(member, b, null, "2011-05-04", Body(300))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-05-05", Body(300))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-07-01", Body(300))).StatusCode);
        var future = await WriteAsync(member, b, null, "2011-07-02", Body(300));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("day", await ProblemAsync(future));

        b.Clock.Now = SixOnesHost.Beijing(2012, 1, 1, 0, 1);
        member = await b.ApiAsAsync($"{b.Code}-member");
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-12-31", Body(300))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WriteAsync(member, b, null, "2012-01-01", Body(300))).StatusCode);
    }

    [Fact]
    public async Task A_member_writes_their_own_the_secretary_and_the_office_transcribe()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 10, 20); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("dn-who");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        Assert.Equal(HttpStatusCode.Forbidden, (await WriteAsync(member, b, b.People["乌云"], "2011-06-10", Body(300))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(secretary, b, b.People["乌云"], "2011-06-01", Body(300))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WriteAsync(secretary, b, b.People["王芳"], "2011-06-01", Body(300))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(b.OfficeApi, b, b.People["王芳"], "2011-06-01", Body(300))).StatusCode);

        // Rewriting a day replaces the note.
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-06-10", Body(300))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-06-10", Body(320), 2m)).StatusCode);
        var mine = await member.GetFromJsonAsync<JsonElement[]>(b.Api("/notes"));
        Assert.Equal(320, Assert.Single(mine!).GetProperty("characters").GetInt32());

        // Reading another member's notebook needs their organization.
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(b.Api($"/notes?personId={b.People["乌云"]}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync(b.Api($"/notes?personId={b.People["乌云"]}"))).StatusCode);

        var calendar = await member.GetFromJsonAsync<JsonElement>(b.Api("/notes/calendar?month=2011-06"));
        var days = calendar.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(30, days.Count);
        Assert.Equal("Done", days[9].GetProperty("state").GetString());
        Assert.Equal("Missing", days[8].GetProperty("state").GetString());
        Assert.Equal("Future", days[10].GetProperty("state").GetString());
        var may = await member.GetFromJsonAsync<JsonElement>(b.Api("/notes/calendar?month=2011-05"));
        Assert.Equal("Outside", may.GetProperty("days")[3].GetProperty("state").GetString()); // 05-04
        Assert.Equal("Missing", may.GetProperty("days")[4].GetProperty("state").GetString()); // 05-05
    }

    [Fact]
    public async Task The_item_counts_member_days_due_done_and_overdue_per_organization()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 5, 7, 20); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("dn-item");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        foreach (var day in new[] { "2011-05-05", "2011-05-07" })
            Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, day, Body(300))).StatusCode);

        var progress = await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/notes/progress"));
        var gacha = progress!.Single(p => p.GetProperty("organizationId").GetInt64() == b.Gacha);
        Assert.Equal(4 * 3, gacha.GetProperty("expected").GetInt32());      // 4 members × 05-05..05-07
        Assert.Equal(2, gacha.GetProperty("done").GetInt32());
        Assert.Equal(4 * 2 - 1, gacha.GetProperty("overdue").GetInt32());  // 05-05, 05-06 of 4 members, one written; today not late
        Assert.Equal(2, gacha.GetProperty("doneByMonth")[4].GetInt32());
        var community = progress!.Single(p => p.GetProperty("organizationId").GetInt64() == b.Community);
        Assert.Equal((6, 0, 4), (community.GetProperty("expected").GetInt32(), community.GetProperty("done").GetInt32(), community.GetProperty("overdue").GetInt32()));

        // Before the campaign nothing is expected; a member cannot see the banner's progress.
        var before = await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/notes/progress?asOf=2011-05-04"));
        Assert.All(before!, p => Assert.Equal(0, p.GetProperty("expected").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(b.Api("/notes/progress"))).StatusCode);

        var status = await member.GetFromJsonAsync<JsonElement>(b.Api("/notes/status"));
        Assert.Equal("Missed", status.GetProperty("state").GetString()); // 05-06 missing
        Assert.Contains("今日笔记已完成", status.GetProperty("summary").GetString());
        Assert.Contains("2/3", status.GetProperty("summary").GetString());
        Assert.Equal("2011-05-08", status.GetProperty("nextDue").GetString());
    }

    [Fact]
    public async Task Obligations_are_one_per_member_and_day_and_met_by_the_note()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 5, 6, 20); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("dn-obl");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-05-05", Body(300))).StatusCode);
        var generated = await b.OfficeApi.PostAsJsonAsync($"/api/j/{b.Code}/obligations/generate", new { from = "2011-05-01", to = "2011-05-06" });
        Assert.True(generated.IsSuccessStatusCode, await generated.Content.ReadAsStringAsync());
        var list = await b.OfficeApi.GetItemsAsync($"/api/j/{b.Code}/obligations?type=six-ones.daily-note&from=2011-05-01&to=2011-05-06");
        Assert.Equal(9 * 2, list!.Length); // 9 members × 05-05, 05-06 (nothing before the campaign)
        var mine = list.Where(o => o.GetProperty("obligedId").GetInt64() == b.People["其其格"]).OrderBy(o => o.GetProperty("periodStart").GetString()).ToList();
        Assert.StartsWith("note:", mine[0].GetProperty("recordRef").GetString());
        Assert.Equal(JsonValueKind.Null, mine[1].GetProperty("metAt").ValueKind);

        // A note written after generation meets its obligation at once.
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-05-06", Body(300))).StatusCode);
        var after = await b.OfficeApi.GetItemsAsync($"/api/j/{b.Code}/obligations?type=six-ones.daily-note&person={b.People["其其格"]}&from=2011-05-06&to=2011-05-06");
        Assert.NotEqual(JsonValueKind.Null, Assert.Single(after!).GetProperty("metAt").ValueKind);
    }

    [Fact]
    public async Task The_pages_write_a_note_and_show_the_inspection_and_the_year_end()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 9);
        var b = await fixture.CreateBannerAsync("dn-pages");
        var member = await b.BrowserAsAsync($"{b.Code}-member");
        var notebook = await member.GetStringAsync(b.Page("/Notes/Index?month=2011-06"));
        Assert.Contains("还差", notebook); // the live counter's script
        Assert.Contains("其其格", notebook);

        var tooShort = await TestHost.SubmitFormAsync(member, b.Page("/Notes/Index?day=2011-06-30"),
            new() { ["Day"] = "2011-06-30", ["Hours"] = "1", ["Body"] = Body(299) });
        Assert.Contains("还差 1 字", await tooShort.Content.ReadAsStringAsync());
        var saved = await TestHost.SubmitFormAsync(member, b.Page("/Notes/Index?day=2011-06-30"),
            new() { ["Day"] = "2011-06-30", ["Hours"] = "1", ["Body"] = Body(300) });
        Assert.Contains("已保存", await saved.Content.ReadAsStringAsync());

        var secretary = await b.BrowserAsAsync($"{b.Code}-secretary");
        var sheet = await TestHost.SubmitFormAsync(secretary, b.Page($"/Notes/Inspection?organizationId={b.Gacha}&quarter=2011-Q2"), [],
            b.Page($"/Notes/Inspection?handler=Open&organizationId={b.Gacha}&quarter=2011-Q2"));
        Assert.Equal(HttpStatusCode.Redirect, sheet.StatusCode);
        var page = await secretary.GetStringAsync(b.Page($"/Notes/Inspection?organizationId={b.Gacha}&quarter=2011-Q2"));
        Assert.Contains("结束检查验收", page);
        Assert.Contains("1/57", page); // the SDK bar's figure: days written / days due
        Assert.Contains("巴丹吉林嘎查党支部", await secretary.GetStringAsync(b.Page("/Notes/Inspections?quarter=2011-Q2")));
        Assert.Contains("其其格", await secretary.GetStringAsync(b.Page("/Notes/YearEnd")));
        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        Assert.Contains("陈静", await office.GetStringAsync(b.Page("/Notes/YearEnd")));
    }

    [Fact]
    public async Task A_day_counts_when_both_the_hour_and_the_note_are_there_and_short_days_show_apart()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 10, 20);
        var b = await fixture.CreateBannerAsync("dn-hours");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        // dailyNote.studyHours is 1 by default: 1.0 counts, 0.9 does not (the note is kept, the day is short on time).
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-06-08", Body(300), 1.0m)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-06-09", Body(300), 0.9m)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-06-10", Body(300), 2m)).StatusCode);
        var yearEnd = await (await b.ApiAsAsync($"{b.Code}-secretary")).GetFromJsonAsync<JsonElement>(b.Api($"/notes/year-end?organizationId={b.Gacha}"));
        var line = yearEnd.GetProperty("lines").GetProperty("items").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "其其格");
        Assert.Equal(2, line.GetProperty("notes").GetInt32());
        Assert.Equal(1, line.GetProperty("short").GetInt32());
        Assert.Equal(3.9m, line.GetProperty("hours").GetDecimal());
        var sheet = await (await b.ApiAsAsync($"{b.Code}-secretary")).GetFromJsonAsync<JsonElement>(b.Api($"/notes/inspections/{b.Gacha}/2011-Q2"));
        var sheetLine = sheet.GetProperty("members").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "其其格");
        Assert.Equal((2, 1), (sheetLine.GetProperty("notes").GetInt32(), sheetLine.GetProperty("short").GetInt32()));

        // The obligation of the short day stays open; rewriting it with the hour meets it.
        Assert.True((await b.OfficeApi.PostAsJsonAsync($"/api/j/{b.Code}/obligations/generate", new { from = "2011-06-08", to = "2011-06-10" })).IsSuccessStatusCode);
        async Task<JsonElement> DayAsync(string day) => Assert.Single((await b.OfficeApi.GetItemsAsync(
            $"/api/j/{b.Code}/obligations?type=six-ones.daily-note&person={b.People["其其格"]}&from={day}&to={day}"))!);
        Assert.NotEqual(JsonValueKind.Null, (await DayAsync("2011-06-08")).GetProperty("metAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await DayAsync("2011-06-09")).GetProperty("metAt").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-06-09", Body(300), 1m)).StatusCode);
        Assert.NotEqual(JsonValueKind.Null, (await DayAsync("2011-06-09")).GetProperty("metAt").ValueKind);

        // The pages show the short days apart.
        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        Assert.Contains("时长不足天数", await office.GetStringAsync(b.Page($"/Notes/YearEnd?organizationId={b.Gacha}")));
        Assert.Contains("时长不足天数", await office.GetStringAsync(b.Page($"/Notes/Inspection?organizationId={b.Gacha}&quarter=2011-Q2")));
    }
}
