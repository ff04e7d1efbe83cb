using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Modular.Identity;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// One branch's whole campaign year through the API, as its people would live it: the 巴丹吉林嘎查
/// branch (secretary 巴特尔, members 其其格 乌云 斯琴, and 孟和, a leading cadre) from May 2011 to the
/// year-end assessment, with the banner office and the league at the other end.
/// </summary>
[RunsLong(70)]
public sealed class FullYearTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    private static readonly DateOnly Start = new(2011, 5, 5), End = new(2011, 12, 31);

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task One_branch_runs_the_six_from_May_to_the_year_end_assessment()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 5, 6, 9);
        var b = await fixture.CreateBannerAsync("year");
        var menghe = await b.PersonAsync("孟和", b.Gacha, leadingCadre: true);
        await b.UserAsync("year-menghe", Roles.Member, null, menghe);
        var (qiqige, batu, wuyun, siqin) = (b.People["其其格"], b.People["巴特尔"], b.People["乌云"], b.People["斯琴"]);
        long[] branch = [batu, qiqige, wuyun, siqin, menghe];

        // Sign in afresh after every move of the clock: tokens live on the test clock.
        async Task<HttpClient> At(DateTimeOffset moment, string who)
        {
            b.Clock.Now = moment;
            return await b.ApiAsAsync($"year-{who}");
        }

        // ③ Daily notes, written on the day or transcribed later from the paper notebook. 其其格 and 孟和 never
        // miss a day; the secretary transcribes his own; 乌云 studies only half an hour at weekends (her weekend notes are
        // written but short on time: they do not count); 斯琴 writes nothing until told to.
        async Task WriteNotesAsync(HttpClient client, long? person, DateOnly from, DateOnly to, Func<DateOnly, bool>? which = null, decimal hours = 1)
        {
            for (var day = from; day <= to; day = day.AddDays(1))
                if (which?.Invoke(day) ?? true)
                    await Ok(await DailyNoteTests.WriteAsync(client, b, person, day.ToString("yyyy-MM-dd"), DailyNoteTests.Body(320), hours));
        }
        static bool Weekday(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        async Task NotesUpToAsync(DateOnly from, DateOnly to)
        {
            var at = SixOnesHost.Beijing(to.Year, to.Month, to.Day, 21);
            await WriteNotesAsync(await At(at, "member"), null, from, to);
            await WriteNotesAsync(await At(at, "menghe"), null, from, to);
            await WriteNotesAsync(await At(at, "secretary"), batu, from, to);
            await WriteNotesAsync(await At(at, "secretary"), wuyun, from, to, Weekday);
            await WriteNotesAsync(await At(at, "secretary"), wuyun, from, to, d => !Weekday(d), 0.5m);
        }
        await NotesUpToAsync(Start, new(2011, 6, 14));

        // ② The town committee trains all its members once, by field: the gacha on 06-15.
        var town = await At(SixOnesHost.Beijing(2011, 6, 15, 18), "town");
        var session = (await Ok(await town.PostAsJsonAsync(b.Api("/training/sessions"), new
        {
            committeeId = b.Town, title = "十七届五中全会精神轮训（农牧业）", heldOn = "2011-06-15", place = "雅布赖镇党校", hours = 8, field = "嘎查/农村", industry = "畜牧业",
        }), HttpStatusCode.Created)).GetProperty("session");
        await Ok(await town.PutAsJsonAsync(b.Api($"/training/sessions/{session.GetProperty("id").GetInt64()}/attendance"),
            new { personIds = branch, version = session.GetProperty("version").GetInt32() }));

        // ① The branch's party-spirit and discipline education, before 07-01.
        var secretary = await At(SixOnesHost.Beijing(2011, 6, 20, 20), "secretary");
        await Ok(await secretary.PutAsJsonAsync(b.Api($"/education/organizations/{b.Gacha}"), new
        {
            topic = "学党章、守党纪，迎接建党90周年", heldOn = "2011-06-20", place = "嘎查党员活动室", contents = new[] { "反腐倡廉理论", "党章等党内法规" },
            summary = "集中学习党章，观看警示教育片", hours = 3m,
            attendance = branch.Select(p => new { personId = p, attended = p != siqin, absenceReason = p == siqin ? "外出放牧" : null }),
        }));

        // ④ 孟和 reads one theory book a quarter beyond the required list, 1,500 characters of notes each.
        var cadre = await At(SixOnesHost.Beijing(2011, 6, 25, 20), "menghe");
        await Ok(await cadre.PostAsJsonAsync(b.Api("/books/notes"), new { title = "《实践论》", author = "毛泽东", body = DailyNoteTests.Body(1500) }));

        await NotesUpToAsync(new(2011, 6, 15), new(2011, 6, 29));

        // ⑥ The knowledge contest at the end of June: question bank, online answering in the window, rankings.
        var office = await At(SixOnesHost.Beijing(2011, 6, 20, 10), "admin");
        await Ok(await office.ImportAsync(b, Encoding.UTF8.GetBytes(ContestTestKit.CleanCsv), "题库.csv"));
        var contest = await ContestTestKit.PublishedContestAsync(b, "2011-06-30 09:00", "2011-06-30 17:00", 60);
        foreach (var (who, wrong) in new[] { ("member", Array.Empty<string>()), ("menghe", ["党员的义务包括"]), ("secretary", ["党员的义务包括", "科学发展观的第一要义是"]) })
        {
            var taker = await At(SixOnesHost.Beijing(2011, 6, 30, 10), who);
            var paper = await Ok(await taker.PostAsync(b.Api($"/contest/contests/{contest}/attempt"), null));
            b.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 10, 25);
            await Ok(await taker.PutAsJsonAsync(b.Api($"/contest/contests/{contest}/attempt"), new { answers = ContestTestKit.Answers(paper, wrong), submit = true }));
        }
        office = await At(SixOnesHost.Beijing(2011, 6, 30, 18), "admin");
        await Ok(await office.PostAsync(b.Api($"/contest/contests/{contest}/publish-rankings"), null));
        var rankings = await Ok(await (await At(SixOnesHost.Beijing(2011, 7, 1, 9), "member")).GetAsync(b.Api($"/contest/contests/{contest}/rankings")));
        Assert.Contains("其其格", rankings.ToString());

        // Q2 inspection (opens on 06-30): 斯琴 wrote nothing and is returned; she transcribes her notebook; then accepted and closed.
        await NotesUpToAsync(new(2011, 6, 30), new(2011, 6, 30));
        secretary = await At(SixOnesHost.Beijing(2011, 6, 30, 21, 30), "secretary");
        var q2 = b.Api($"/notes/inspections/{b.Gacha}/2011-Q2");
        await Ok(await secretary.PostAsync($"{q2}/open", null));
        foreach (var person in new[] { batu, qiqige, wuyun, menghe })
            await Ok(await secretary.PostAsJsonAsync($"{q2}/members/{person}/accept", new { comment = "笔记完整" }));
        await Ok(await secretary.PostAsJsonAsync($"{q2}/members/{siqin}/return", new { comment = "二季度笔记未交，请补记" }));
        await WriteNotesAsync(await At(SixOnesHost.Beijing(2011, 7, 2, 20), "secretary"), siqin, Start, new(2011, 6, 30));
        secretary = await At(SixOnesHost.Beijing(2011, 7, 3, 9), "secretary");
        await Ok(await secretary.PostAsJsonAsync($"{q2}/members/{siqin}/accept", new { comment = "已补记" }));
        await Ok(await secretary.PostAsync($"{q2}/close", null));
        var locked = await DailyNoteTests.WriteAsync(secretary, b, siqin, "2011-06-30", DailyNoteTests.Body(300));
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("检查验收", await locked.Content.ReadAsStringAsync());

        // Q3 and Q4: everybody writes from July on (斯琴 too), the book each quarter, inspections at each quarter end.
        await NotesUpToAsync(new(2011, 7, 1), new(2011, 9, 30));
        await WriteNotesAsync(await At(SixOnesHost.Beijing(2011, 9, 30, 21), "secretary"), siqin, new(2011, 7, 1), new(2011, 9, 30));
        cadre = await At(SixOnesHost.Beijing(2011, 9, 20, 20), "menghe");
        await Ok(await cadre.PostAsJsonAsync(b.Api("/books/notes"), new { title = "《矛盾论》", author = "毛泽东", body = DailyNoteTests.Body(1600) }));

        // ⑤ 孟和's research report: submitted, returned, resubmitted, accepted, shortlisted (择优) and reported to the league.
        cadre = await At(SixOnesHost.Beijing(2011, 10, 15, 20), "menghe");
        var report = await Ok(await cadre.PostAsJsonAsync(b.Api("/reports"), new { title = "关于嘎查党支部带领牧民增收的调研", topic = "党建促增收", body = ResearchReportTests.Body() }));
        var reportId = report.GetProperty("id").GetInt64();
        office = await At(SixOnesHost.Beijing(2011, 10, 20, 10), "admin");
        await Ok(await office.PostAsJsonAsync(b.Api($"/reports/{reportId}/return"), new { comment = "请补充增收数据" }));
        cadre = await At(SixOnesHost.Beijing(2011, 10, 25, 20), "menghe");
        await Ok(await cadre.PostAsJsonAsync(b.Api("/reports"), new { title = "关于嘎查党支部带领牧民增收的调研", topic = "党建促增收", body = ResearchReportTests.Body("一、基本情况：人均收入增长 12%。二、问题。三、建议。") }));
        // Resubmitted, not yet accepted: still owed (a report counts once the office accepts it).
        Assert.Equal("Pending", (await Ok(await cadre.GetAsync(b.Api("/reports/mine")))).GetProperty("state").GetString());
        office = await At(SixOnesHost.Beijing(2011, 11, 1, 10), "admin");
        await Ok(await office.PostAsJsonAsync(b.Api($"/reports/{reportId}/accept"), new { }));
        await Ok(await office.PostAsJsonAsync(b.Api($"/reports/{reportId}/shortlist"), new { reason = "数据翔实，建议参评" }));
        await Ok(await office.PostAsJsonAsync(b.Api($"/reports/{reportId}/report-up"), new { }));
        var league = await b.ApiAsAsync("year-league-admin");
        var reported = await Ok(await league.GetAsync($"/api/j/year-league/blocks/nominations/reported-to-us?plugin=banner-six-ones"));
        Assert.Contains("关于嘎查党支部带领牧民增收的调研", reported.ToString());

        foreach (var (quarter, end) in new[] { ("2011-Q3", new DateOnly(2011, 9, 30)), ("2011-Q4", End) })
        {
            if (quarter == "2011-Q4")
            {
                await NotesUpToAsync(new(2011, 10, 1), End);
                await WriteNotesAsync(await At(SixOnesHost.Beijing(2011, 12, 31, 21), "secretary"), siqin, new(2011, 10, 1), End);
                cadre = await At(SixOnesHost.Beijing(2011, 12, 20, 20), "menghe");
                await Ok(await cadre.PostAsJsonAsync(b.Api("/books/notes"), new { title = "《论联合政府》", author = "毛泽东", body = DailyNoteTests.Body(1500) }));
            }
            secretary = await At(SixOnesHost.Beijing(end.Year, end.Month, end.Day, 22), "secretary");
            var inspection = b.Api($"/notes/inspections/{b.Gacha}/{quarter}");
            await Ok(await secretary.PostAsync($"{inspection}/open", null));
            foreach (var person in branch)
                await Ok(await secretary.PostAsJsonAsync($"{inspection}/members/{person}/accept", new { comment = "合格" }));
            await Ok(await secretary.PostAsync($"{inspection}/close", null));
        }

        // The year-end assessment (年终实绩考核) in January: every figure from the year's records.
        office = await At(SixOnesHost.Beijing(2012, 1, 5, 9), "admin");
        var yearEnd = await Ok(await office.GetAsync(b.Api($"/notes/year-end?organizationId={b.Gacha}")));
        Assert.Equal(241, yearEnd.GetProperty("daysDue").GetInt32()); // 05-05…12-31
        var lines = yearEnd.GetProperty("lines").GetProperty("items").EnumerateArray().ToDictionary(l => l.GetProperty("personId").GetInt64());
        var weekdays = Enumerable.Range(0, 241).Select(Start.AddDays).Count(Weekday);
        Assert.Equal(241, lines[qiqige].GetProperty("notes").GetInt32());
        Assert.Equal(241, lines[siqin].GetProperty("notes").GetInt32()); // transcribed before each inspection closed
        Assert.Equal(weekdays, lines[wuyun].GetProperty("notes").GetInt32());
        Assert.Equal(241 - weekdays, lines[wuyun].GetProperty("short").GetInt32());   // her half-hour weekends, shown apart
        Assert.Equal(0, lines[qiqige].GetProperty("short").GetInt32());
        Assert.Equal(["—", "通过", "通过", "通过"], lines[qiqige].GetProperty("quarters").EnumerateArray().Select(q => q.GetString()));

        // The banner office's dashboard: the gacha branch has done all six but 乌云's weekend notes.
        var dashboard = await Ok(await office.GetAsync(b.Api($"/dashboard/office?organization={b.Town}")));
        var gacha = dashboard.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("organization").GetProperty("id").GetInt64() == b.Gacha);
        Assert.Equal("巴特尔", gacha.GetProperty("head").GetProperty("name").GetString());
        var items = gacha.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("number").GetInt32());
        Assert.Equal((1, 1), Figures(items[1]));                             // one education event
        Assert.Equal((5, 5), Figures(items[2]));                             // everyone trained
        Assert.Equal((241 * 5, 241 * 4 + weekdays), Figures(items[3]));      // member-days and notes
        Assert.Equal((3, 3), Figures(items[4]));                             // Q2, Q3, Q4 books of the one leading cadre
        Assert.Equal((1, 1), Figures(items[5]));                             // his report
        Assert.Equal((5, 3), Figures(items[6]));                             // three of five took the contest
        Assert.Equal("Done", items[1].GetProperty("state").GetString());
        Assert.Equal("Missed", items[3].GetProperty("state").GetString());      // 乌云's weekends are missed for good
        Assert.Equal(241 * 4 + weekdays, items[3].GetProperty("doneByMonth").EnumerateArray().Sum(m => m.GetInt32()));

        // The member sees her own six; the secretary his members; both ledgers download.
        var mine = await Ok(await (await At(SixOnesHost.Beijing(2012, 1, 5, 10), "member")).GetAsync(b.Api("/dashboard/mine")));
        Assert.All(mine.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("number").GetInt32() is 1 or 2 or 3 or 6),
            i => Assert.Equal("Done", i.GetProperty("state").GetString()));
        var members = await Ok(await (await At(SixOnesHost.Beijing(2012, 1, 5, 10), "secretary")).GetAsync(b.Api("/dashboard/members")));
        Assert.Equal(5, members.GetProperty("members").GetArrayLength());
        office = await At(SixOnesHost.Beijing(2012, 1, 5, 11), "admin");
        foreach (var ledger in new[] { "/ledgers/notes-year-end", "/ledgers/education", "/ledgers/training-coverage", "/ledgers/theory-books", "/ledgers/research-reports", $"/ledgers/contest-results?contestId={contest}", "/ledgers/practices" })
        {
            var response = await office.GetAsync(b.Api(ledger));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{ledger}: {(int)response.StatusCode}");
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        }
    }

    private static (int Expected, int Done) Figures(JsonElement item) => (item.GetProperty("expected").GetInt32(), item.GetProperty("done").GetInt32());
}
