using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>季度检查验收: opening at the quarter's end, accept/return per member, closing locks the quarter for that branch, the office reopens; year-end result and ledgers.</summary>
public sealed class InspectionTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    private static string Q2(SixOnesBanner b, long org, string rest = "") => b.Api($"/notes/inspections/{org}/2011-Q2{rest}");

    private static Task<HttpResponseMessage> WriteAsync(HttpClient client, SixOnesBanner b, long? personId, string day) =>
        DailyNoteTests.WriteAsync(client, b, personId, day, DailyNoteTests.Body(300));

    [Fact]
    public async Task The_inspection_opens_on_the_quarters_last_day_not_before()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 29, 23, 59); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("in-open");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var early = await secretary.PostAsync(Q2(b, b.Gacha, "/open"), null);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("2011-06-30", await early.Content.ReadAsStringAsync());
        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 0, 1);
        var opened = await secretary.PostAsync(Q2(b, b.Gacha, "/open"), null);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var sheet = await opened.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Open", sheet.GetProperty("status").GetString());
        Assert.Equal(4, sheet.GetProperty("members").GetArrayLength());
        Assert.Equal(57, sheet.GetProperty("members")[0].GetProperty("daysDue").GetInt32()); // 05-05..06-30
        // Q3 is not over; Q1 is outside the campaign.
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsync(b.Api($"/notes/inspections/{b.Gacha}/2011-Q3/open"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.GetAsync(b.Api($"/notes/inspections/{b.Gacha}/2011-Q1"))).StatusCode);
        // A member does not inspect; another branch's secretary does not either; the town committee may.
        var member = await b.ApiAsAsync($"{b.Code}-member");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync(Q2(b, b.Gacha, "/open"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsync(Q2(b, b.Community, "/open"), null)).StatusCode);
        var town = await b.ApiAsAsync($"{b.Code}-town");
        Assert.Equal(HttpStatusCode.OK, (await town.PostAsync(Q2(b, b.Community, "/open"), null)).StatusCode);
    }

    [Fact]
    public async Task Closing_locks_the_quarter_for_that_branch_only_until_the_office_reopens()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 10); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("in-flow");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        foreach (var day in new[] { "2011-05-05", "2011-06-29" })
            Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, day)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(secretary, b, b.People["乌云"], "2011-06-01")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsync(Q2(b, b.Gacha, "/open"), null)).StatusCode);

        var sheet = await secretary.GetFromJsonAsync<JsonElement>(Q2(b, b.Gacha));
        var qiqige = sheet.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("personId").GetInt64() == b.People["其其格"]);
        Assert.Equal((2, 57, 2m), (qiqige.GetProperty("notes").GetInt32(), qiqige.GetProperty("daysDue").GetInt32(), qiqige.GetProperty("hours").GetDecimal()));

        // Returning needs a comment; the member fixes the notebook, then is accepted.
        var person = b.People["其其格"];
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsJsonAsync(Q2(b, b.Gacha, $"/members/{person}/return"), new { comment = " " })).StatusCode);
        var returned = await secretary.PostAsJsonAsync(Q2(b, b.Gacha, $"/members/{person}/return"), new { comment = "六月笔记不全，请补记" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var line = (await returned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("members").EnumerateArray().Single(m => m.GetProperty("personId").GetInt64() == person);
        Assert.False(line.GetProperty("accepted").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-06-28")).StatusCode);
        // A stale form (version) is a conflict.
        Assert.Equal(HttpStatusCode.Conflict, (await secretary.PostAsJsonAsync(Q2(b, b.Gacha, $"/members/{person}/accept"), new { version = 7 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsJsonAsync(Q2(b, b.Gacha, $"/members/{person}/accept"), new { version = 0 })).StatusCode);

        // Closing needs every member decided.
        var refused = await secretary.PostAsync(Q2(b, b.Gacha, "/close"), null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("乌云", await refused.Content.ReadAsStringAsync());
        foreach (var name in new[] { "巴特尔", "乌云", "斯琴" })
            Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsJsonAsync(Q2(b, b.Gacha, $"/members/{b.People[name]}/accept"), new { comment = "合格" })).StatusCode);
        var closed = await secretary.PostAsync(Q2(b, b.Gacha, "/close"), null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var closedSheet = await closed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Closed", closedSheet.GetProperty("status").GetString());
        Assert.Equal($"{b.Code}-secretary", closedSheet.GetProperty("closedBy").GetString());

        // Q2 is locked for the gacha: 06-30 refused, Q3's 07-01 still allowed; the community's Q2 is still open.
        var locked = await WriteAsync(member, b, null, "2011-06-30");
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("该季度已检查验收，不能再补记", await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await WriteAsync(secretary, b, b.People["乌云"], "2011-05-05")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-07-01")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(b.OfficeApi, b, b.People["王芳"], "2011-06-30")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsJsonAsync(Q2(b, b.Gacha, $"/members/{person}/accept"), new { })).StatusCode);
        var calendar = await member.GetFromJsonAsync<JsonElement>(b.Api("/notes/calendar?month=2011-06"));
        Assert.True(calendar.GetProperty("days")[29].GetProperty("locked").GetBoolean());
        // The lock that refuses late notes inside their write: the SDK's, for this branch's members and Q2 only.
        var periodLocks = $"select coalesce(string_agg(from_date || '..' || to_date || ' ' || with_subtree, ','), 'none') from blocks.period_locks where organization_id = {b.Gacha}";
        Assert.Equal("2011-04-01..2011-06-30 false", await Sql.ScalarAsync<string>(fixture.Host.ConnectionString, periodLocks));

        // Only the office reopens, with a reason; then the day can be written again. Every step is logged.
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(Q2(b, b.Gacha, "/reopen"), new { reason = "补记" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.PostAsJsonAsync(Q2(b, b.Gacha, "/reopen"), new { reason = "" })).StatusCode);
        var reopened = await b.OfficeApi.PostAsJsonAsync(Q2(b, b.Gacha, "/reopen"), new { reason = "其其格纸质笔记本补录" });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        var events = (await reopened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["opened", "closed", "reopened"], events);
        Assert.Equal("none", await Sql.ScalarAsync<string>(fixture.Host.ConnectionString, periodLocks));
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-06-30")).StatusCode);
    }

    [Fact]
    public async Task The_year_end_result_and_the_ledgers()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 10); // before signing in: tokens live on the test clock
        var b = await fixture.CreateBannerAsync("in-year");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(member, b, null, "2011-05-05")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DailyNoteTests.WriteAsync(member, b, null, "2011-06-30", DailyNoteTests.Body(300), 2m)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsync(Q2(b, b.Gacha, "/open"), null)).StatusCode);
        foreach (var name in new[] { "巴特尔", "其其格", "乌云" })
            await secretary.PostAsJsonAsync(Q2(b, b.Gacha, $"/members/{b.People[name]}/accept"), new { });
        await secretary.PostAsJsonAsync(Q2(b, b.Gacha, $"/members/{b.People["斯琴"]}/return"), new { comment = "未按要求记笔记" });
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsync(Q2(b, b.Gacha, "/close"), null)).StatusCode);

        b.Clock.Now = SixOnesHost.Beijing(2012, 1, 5, 10);
        secretary = await b.ApiAsAsync($"{b.Code}-secretary");
        var office = await b.ApiAsAsync($"{b.Code}-admin");
        var report = await secretary.GetFromJsonAsync<JsonElement>(b.Api($"/notes/year-end?organizationId={b.Gacha}"));
        Assert.Equal(241, report.GetProperty("daysDue").GetInt32()); // 05-05..12-31
        var lines = report.GetProperty("lines").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, lines.Count);
        var qiqige = lines.Single(l => l.GetProperty("name").GetString() == "其其格");
        Assert.Equal(2, qiqige.GetProperty("notes").GetInt32());
        Assert.Equal(3m, qiqige.GetProperty("hours").GetDecimal());
        Assert.Equal(0.8m, qiqige.GetProperty("percent").GetDecimal());
        Assert.Equal(["—", "通过", "未验收", "未验收"], qiqige.GetProperty("quarters").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal("退回", lines.Single(l => l.GetProperty("name").GetString() == "斯琴").GetProperty("quarters")[1].GetString());

        // The whole banner is the office's; a secretary gets their branch.
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync(b.Api("/notes/year-end"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync(b.Api($"/notes/year-end?organizationId={b.Finance}"))).StatusCode);
        var banner = await office.GetFromJsonAsync<JsonElement>(b.Api("/notes/year-end"));
        Assert.Equal(9, banner.GetProperty("lines").GetProperty("items").GetArrayLength());
        Assert.Equal(9, banner.GetProperty("lines").GetProperty("total").GetInt32());

        var xlsx = await office.GetAsync(b.Api("/ledgers/notes-year-end"));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var csv = await (await secretary.GetAsync(b.Api($"/ledgers/notes-year-end?organizationId={b.Gacha}&format=csv"))).Content.ReadAsStringAsync();
        Assert.Contains("姓名,所在支部,应记天数,有效天数,完成率,学习时长,Q1 验收结果,Q2 验收结果,Q3 验收结果,Q4 验收结果", csv);
        Assert.Contains("其其格,巴丹吉林嘎查党支部,241,2,0.8,3", csv);

        var overview = await office.GetFromJsonAsync<JsonElement[]>(b.Api("/notes/inspections?quarter=2011-Q2"));
        var gacha = overview!.Single(o => o.GetProperty("organizationId").GetInt64() == b.Gacha);
        Assert.Equal(("Closed", 3, 1, 2, 4 * 57), (gacha.GetProperty("status").GetString(), gacha.GetProperty("accepted").GetInt32(),
            gacha.GetProperty("returned").GetInt32(), gacha.GetProperty("notes").GetInt32(), gacha.GetProperty("memberDaysDue").GetInt32()));
        Assert.Equal("NotOpened", overview!.Single(o => o.GetProperty("organizationId").GetInt64() == b.Community).GetProperty("status").GetString());
        var ledger = await (await office.GetAsync(b.Api("/ledgers/note-inspections?quarter=2011-Q2&format=csv"))).Content.ReadAsStringAsync();
        Assert.Contains("巴丹吉林嘎查党支部,2011-Q2,4,3,1,2,228", ledger);
        Assert.Contains("已结束", ledger);
    }
}
