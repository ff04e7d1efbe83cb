using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Plugins.BannerSixOnes.Tests.ContestTestKit;

namespace Plugins.BannerSixOnes.Tests;

public sealed partial class ContestTests
{
    [Fact]
    public async Task Rankings_order_by_score_then_time_organizations_by_average_and_participation_and_are_seen_by_all_only_once_published()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 29);
        var b = await fixture.CreateBannerAsync("ct-rank");
        var id = await PublishedContestAsync(b, "2011-06-30 09:00", "2011-06-30 17:00", 60);
        // 其其格 (member) and 巴特尔 (secretary) of the gacha branch, 张伟 (cadre) of the finance bureau.
        async Task TakeAsync(string user, int startMinute, int minutesUsed, params string[] wrong)
        {
            b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 9, startMinute);
            var who = await b.As(user);
            var paper = await (await who.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).OkJsonAsync();
            b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 9, startMinute + minutesUsed);
            await (await who.PutAsJsonAsync(b.Api($"/contest/contests/{id}/attempt"), new { answers = Answers(paper, wrong), submit = true })).OkJsonAsync();
        }
        await TakeAsync("member", 0, 20);                          // 12 points, 20 min
        await TakeAsync("cadre", 0, 15, "科学发展观的第一要义是");  // 11 points, 15 min
        await TakeAsync("secretary", 5, 12);                       // 12 points, 12 min → first
        var member = await b.As("member");
        var office = await b.As("admin");

        // Before publication: the member sees their own score only; the office sees everything.
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(b.Api($"/contest/contests/{id}/rankings"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(b.Api($"/ledgers/contest-results?contestId={id}"))).StatusCode);
        var own = await (await member.GetAsync(b.Api("/contest/me"))).OkJsonAsync();
        Assert.Equal("Done", own.GetProperty("state").GetString());
        Assert.Equal("《纪念建党90周年党的知识竞赛》得分 12/12，用时 20分00秒", own.GetProperty("summary").GetString());

        var ranks = await (await office.GetAsync(b.Api($"/contest/contests/{id}/rankings"))).OkJsonAsync();
        Assert.Equal(["1 巴特尔 12", "2 其其格 12", "3 张伟 11"], ranks.GetProperty("individuals").EnumerateArray()
            .Select(r => $"{r.GetProperty("rank").GetInt32()} {r.GetProperty("name").GetString()} {r.GetProperty("score").GetInt32()}"));
        var orgs = ranks.GetProperty("organizations").EnumerateArray().ToDictionary(o => o.GetProperty("organizationId").GetInt64());
        Assert.Equal(12, orgs[b.Gacha].GetProperty("averageScore").GetDouble());
        Assert.Equal(50, orgs[b.Gacha].GetProperty("participationPercent").GetDouble());       // 2 of 4
        Assert.Equal(11, orgs[b.Finance].GetProperty("averageScore").GetDouble());
        Assert.Equal(33.3, orgs[b.Finance].GetProperty("participationPercent").GetDouble());   // 1 of 3
        Assert.Equal(0, orgs[b.Community].GetProperty("participationPercent").GetDouble());
        Assert.Equal(1, orgs[b.Gacha].GetProperty("rank").GetInt32());
        Assert.Equal(3, orgs[b.Community].GetProperty("rank").GetInt32());

        // Live participation for the office.
        var live = await (await office.GetAsync(b.Api($"/contest/contests/{id}/participation"))).OkJsonAsync();
        var gacha = live.EnumerateArray().Single(p => p.GetProperty("organizationId").GetInt64() == b.Gacha);
        Assert.Equal((4, 2, 2), (gacha.GetProperty("members").GetInt32(), gacha.GetProperty("started").GetInt32(), gacha.GetProperty("finished").GetInt32()));

        // Team contest (团体赛): rounds per organization; recording a round again replaces it.
        foreach (var (org, round, points) in new[] { (b.Gacha, "必答题", 90m), (b.Gacha, "抢答题", 40m), (b.Finance, "必答题", 100m), (b.Finance, "风险题", -20m), (b.Gacha, "抢答题", 50m) })
            await (await office.PutAsJsonAsync(b.Api($"/contest/contests/{id}/teams"), new { organizationId = org, round, points })).OkJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PutAsJsonAsync(b.Api($"/contest/contests/{id}/teams"), new { organizationId = b.Gacha, round = "", points = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync(b.Api($"/contest/contests/{id}/teams"), new { organizationId = b.Gacha, round = "必答题", points = 1 })).StatusCode);

        await (await office.PostAsync(b.Api($"/contest/contests/{id}/publish-rankings"), null)).OkJsonAsync();
        var published = await (await member.GetAsync(b.Api($"/contest/contests/{id}/rankings"))).OkJsonAsync();
        Assert.True(published.GetProperty("published").GetBoolean());
        Assert.Equal(["1 巴丹吉林嘎查党支部 140", "2 旗财政局党支部 80"], published.GetProperty("teams").EnumerateArray()
            .Select(t => $"{t.GetProperty("rank").GetInt32()} {t.GetProperty("organization").GetString()} {t.GetProperty("total").GetDecimal():0}"));

        // Ledgers: individual results and the team ranking as .xlsx.
        var results = await member.GetAsync(b.Api($"/ledgers/contest-results?contestId={id}"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", results.Content.Headers.ContentType!.MediaType);
        var resultRows = SheetRows(await results.Content.ReadAsByteArrayAsync());
        Assert.Contains(resultRows, r => r.SequenceEqual(["名次", "姓名", "单位", "得分", "满分", "用时", "用时（秒）", "备注"]));
        Assert.Contains(resultRows, r => r.Take(6).SequenceEqual(["1", "巴特尔", "巴丹吉林嘎查党支部", "12", "12", "12分00秒"]));
        var teamRows = SheetRows(await office.GetByteArrayAsync(b.Api($"/ledgers/contest-results?contestId={id}&kind=teams")));
        Assert.Contains(teamRows, r => r.SequenceEqual(["名次", "党组织", "必答题", "抢答题", "风险题", "总分"]));
        Assert.Contains(teamRows, r => r.SequenceEqual(["2", "旗财政局党支部", "100", "", "-20", "80"]));
    }

    [Fact]
    public async Task The_dashboard_item_expects_members_from_the_contest_day_and_counts_those_who_did_not_take_part_once_the_window_closed()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 20);
        var b = await fixture.CreateBannerAsync("ct-item");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var before = await (await member.GetAsync(b.Api("/contest/me"))).OkJsonAsync();
        Assert.Equal("NotDue", before.GetProperty("state").GetString());
        Assert.Equal("旗委组织部拟于6月底（6月30日）举办党的知识竞赛", before.GetProperty("summary").GetString());

        // The window spans the whole contest day (the default): 06-30 00:00 to 07-01 00:00.
        var id = await PublishedContestAsync(b, extra: new { title = "知识竞赛" });
        var upcoming = await (await member.GetAsync(b.Api("/contest/me"))).OkJsonAsync();
        Assert.Equal("NotDue", upcoming.GetProperty("state").GetString());
        Assert.Equal("《知识竞赛》6月底（6月30日）举行，答题时间 6月30日 00:00—7月1日 00:00，限时60分钟", upcoming.GetProperty("summary").GetString());

        async Task<JsonElement> GachaAsync(string asOf) =>
            (await (await (await b.As("admin")).GetAsync(b.Api($"/contest/progress?asOf={asOf}"))).OkJsonAsync()).EnumerateArray()
                .Single(o => o.GetProperty("organizationId").GetInt64() == b.Gacha);
        Assert.Equal(0, (await GachaAsync("2011-06-29")).GetProperty("expected").GetInt32());

        b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 23, 59);
        member = await b.As("member");
        var paper = await (await member.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).OkJsonAsync();
        Assert.Equal("2011-07-01 00:00", paper.GetProperty("deadlineAt").GetString()); // cut at the close, not 00:59
        var on = await GachaAsync("2011-06-30");
        Assert.Equal((4, 1, 0), (on.GetProperty("expected").GetInt32(), on.GetProperty("done").GetInt32(), on.GetProperty("overdue").GetInt32()));
        Assert.Equal(1, on.GetProperty("doneByMonth")[5].GetInt32());
        var after = await GachaAsync("2011-07-01");
        Assert.Equal((4, 1, 3), (after.GetProperty("expected").GetInt32(), after.GetProperty("done").GetInt32(), after.GetProperty("overdue").GetInt32()));

        b.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 0, 1);
        member = await b.As("member");
        var missed = await (await (await b.As("cadre")).GetAsync(b.Api("/contest/me"))).OkJsonAsync();
        Assert.Equal("Missed", missed.GetProperty("state").GetString());
        var timedOut = await (await member.GetAsync(b.Api("/contest/me"))).OkJsonAsync();
        Assert.Equal("Done", timedOut.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_dashboard_item_counts_a_start_in_the_banners_month_and_a_taker_where_the_roster_has_them_now()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 20);
        var b = await fixture.CreateBannerAsync("ct-month");
        var id = await PublishedContestAsync(b, opens: "2011-06-30 20:00", closes: "2011-07-01 08:00");
        b.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 0, 30); // 2011-06-30 16:30 UTC: July in the banner, June in UTC
        await (await (await b.As("member")).PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).OkJsonAsync();
        var office = await b.As("admin");
        async Task<JsonElement> ProgressAsync(long organization) =>
            (await (await office.GetAsync(b.Api("/contest/progress?asOf=2011-07-31"))).OkJsonAsync()).EnumerateArray()
                .Single(o => o.GetProperty("organizationId").GetInt64() == organization);

        var gacha = await ProgressAsync(b.Gacha);
        Assert.Equal((4, 1, 3), (gacha.GetProperty("expected").GetInt32(), gacha.GetProperty("done").GetInt32(), gacha.GetProperty("overdue").GetInt32()));
        Assert.Equal((0, 1), (gacha.GetProperty("doneByMonth")[5].GetInt32(), gacha.GetProperty("doneByMonth")[6].GetInt32()));

        // 其其格 moves to the finance bureau's branch: her attempt goes with her, as her notes and training do.
        b.Clock.Now = SixOnesHost.Beijing(2011, 7, 25);
        var transfer = await b.OfficeApi.PostAsJsonAsync($"/api/j/{b.Code}/people/{b.People["其其格"]}/transfer", new { toOrganizationId = b.Finance, on = "2011-07-20" });
        Assert.True(transfer.IsSuccessStatusCode, await transfer.Content.ReadAsStringAsync());
        gacha = await ProgressAsync(b.Gacha);
        var finance = await ProgressAsync(b.Finance);
        Assert.Equal((3, 0, 3), (gacha.GetProperty("expected").GetInt32(), gacha.GetProperty("done").GetInt32(), gacha.GetProperty("overdue").GetInt32()));
        Assert.Equal((4, 1, 3), (finance.GetProperty("expected").GetInt32(), finance.GetProperty("done").GetInt32(), finance.GetProperty("overdue").GetInt32()));
        Assert.Equal(1, finance.GetProperty("doneByMonth")[6].GetInt32());
    }

    [Fact]
    public async Task Members_do_not_see_a_contest_before_it_is_published_and_a_published_one_cannot_be_edited()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1);
        var b = await fixture.CreateBannerAsync("ct-draft");
        await (await b.OfficeApi.ImportAsync(b, System.Text.Encoding.UTF8.GetBytes(CleanCsv), "题库.csv")).OkJsonAsync();
        var draft = await (await b.OfficeApi.PostAsJsonAsync(b.Api("/contest/contests"), new { title = "草稿" })).OkJsonAsync();
        var id = draft.GetProperty("id").GetInt64();
        var member = await b.ApiAsAsync($"{b.Code}-member");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(b.Api($"/contest/contests/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PostAsync(b.Api($"/contest/contests/{id}/attempt"), null)).StatusCode);
        Assert.Empty((await member.GetFromJsonAsync<JsonElement>(b.Api("/contest/contests"))).EnumerateArray());

        var edited = await (await b.OfficeApi.PutAsJsonAsync(b.Api($"/contest/contests/{id}"), new { title = "党的知识竞赛", minutes = 30, version = 0 })).OkJsonAsync();
        Assert.Equal(30, edited.GetProperty("minutes").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await b.OfficeApi.PutAsJsonAsync(b.Api($"/contest/contests/{id}"), new { title = "x", version = 0 })).StatusCode);
        await (await b.OfficeApi.PostAsync(b.Api($"/contest/contests/{id}/publish"), null)).OkJsonAsync();
        Assert.Single((await member.GetFromJsonAsync<JsonElement>(b.Api("/contest/contests"))).EnumerateArray());
        Assert.Equal(["竞赛已发布，不能再修改"],
            await (await b.OfficeApi.PutAsJsonAsync(b.Api($"/contest/contests/{id}"), new { title = "x", version = 2 })).ProblemAsync("contest"));
    }

    /// <summary>Every row of the first sheet as text (shared strings resolved).</summary>
    private static List<string[]> SheetRows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = part.WorksheetParts.First().Worksheet;
        return [.. sheet.Descendants<Row>().Select(r =>
        {
            var cells = new List<string>();
            foreach (var cell in r.Elements<Cell>())
            {
                var column = new string([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]);
                var index = column.Aggregate(0, (n, c) => n * 26 + c - 'A' + 1) - 1;
                while (cells.Count < index) cells.Add("");
                var text = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text)]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InnerText : cell.CellValue?.Text ?? "";
                cells.Add(text);
            }
            return cells.ToArray();
        })];
    }
}

public sealed partial class ContestTests
{
    [Fact]
    public async Task The_pages_render_for_the_office_and_for_a_member_taking_the_contest()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 10);
        var b = await fixture.CreateBannerAsync("ct-pages");
        var id = await PublishedContestAsync(b);
        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        var setup = await office.GetStringAsync(b.Page("/Contest/Office"));
        Assert.Contains("党的历史 2 题", setup);
        Assert.Contains("6月底", setup);
        var member = await b.BrowserAsAsync($"{b.Code}-member");
        Assert.Contains("开始答题", await member.GetStringAsync(b.Page("/Contest/Index")));
        var take = await member.GetStringAsync(b.Page($"/Contest/Take?id={id}"));
        Assert.Contains("id=\"countdown\" data-seconds=\"3600\"", take);
        Assert.Contains("中国共产党成立于哪一年？", take);
        // Rankings not published: the member is turned away (the browser is sent to the access-denied page).
        Assert.Equal(HttpStatusCode.Found, (await member.GetAsync(b.Page($"/Contest/Results?id={id}"))).StatusCode);
        var results = await office.GetStringAsync(b.Page($"/Contest/Results?id={id}"));
        Assert.Contains("参与情况", results);
    }
}
