using Modular.Identity;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;


namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// 撰写一篇调研报告 (item 5): a leading cadre submits; the banner office returns, accepts, shortlists (择优) and
/// reports up (上报) to the league, whose office sees it and nobody else does; every step is recorded.
/// </summary>
public sealed class ResearchReportTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    /// <summary>A report body of exactly <paramref name="chars"/> characters (report.minChars is 2,000 by default).</summary>
    public static string Body(string start = "一、基本情况。二、存在的问题。三、对策建议。", int chars = 2000) => start + new string('调', chars - Modular.Sdk.Texts.CharacterCount.Of(start));

    private static object Report(string title, string? body = null, long? personId = null) =>
        new { personId, title, topic = "嘎查党组织带领牧民增收", body = body ?? Body() };

    [Fact]
    public async Task The_full_chain_from_submission_to_the_league_office_with_every_step_recorded()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 9, 1, 9);
        var b = await fixture.CreateBannerAsync("rep-chain");
        var other = await fixture.CreateBannerAsync("rep-other");
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");
        var secretary = await b.ApiAsAsync($"{b.Code}-secretary");

        var submitted = await cadre.PostAsJsonAsync(b.Api("/reports"), Report("关于牧区党建的调研"));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        // A non-office user neither reviews, shortlists nor reports up.
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(b.Api($"/reports/{id}/return"), new { comment = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cadre.PostAsJsonAsync(b.Api($"/reports/{id}/accept"), new { })).StatusCode);

        var returned = await b.OfficeApi.PostAsJsonAsync(b.Api($"/reports/{id}/return"), new { comment = "数据不够翔实" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        // Not accepted: cannot be shortlisted yet.
        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.PostAsJsonAsync(b.Api($"/reports/{id}/shortlist"), new { reason = "好" })).StatusCode);
        var resubmitted = await cadre.PostAsJsonAsync(b.Api("/reports"), Report("关于牧区党建的调研（修改稿）", Body("一、基本情况：全镇 12 个嘎查。二、问题。三、建议。")));
        Assert.Equal("Resubmitted", (await resubmitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.PostAsJsonAsync(b.Api($"/reports/{id}/accept"), new { comment = "质量较高" })).StatusCode);

        // 上报 needs 择优 first; only the office shortlists.
        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.PostAsync(b.Api($"/reports/{id}/report-up"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync(b.Api($"/reports/{id}/shortlist"), new { reason = "好" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.PostAsJsonAsync(b.Api($"/reports/{id}/shortlist"), new { reason = "" })).StatusCode);
        var shortlisted = await b.OfficeApi.PostAsJsonAsync(b.Api($"/reports/{id}/shortlist"), new { reason = "问题找得准，建议可行" });
        Assert.Equal(HttpStatusCode.OK, shortlisted.StatusCode);
        var nomination = await shortlisted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ResearchReport", nomination.GetProperty("category").GetString());
        Assert.Equal("Approved", nomination.GetProperty("status").GetString());
        Assert.Equal(b.Office, nomination.GetProperty("startOrganizationId").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.PostAsJsonAsync(b.Api($"/reports/{id}/shortlist"), new { reason = "再来" })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsync(b.Api($"/reports/{id}/report-up"), null)).StatusCode);
        var up = await b.OfficeApi.PostAsync(b.Api($"/reports/{id}/report-up"), null);
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal(b.LeagueId, (await up.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportedToJurisdictionId").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.PostAsync(b.Api($"/reports/{id}/report-up"), null)).StatusCode);

        // The league's office sees it through the host's blocks API; another league does not.
        var league = await b.ApiAsAsync($"{b.Code}-league-admin");
        var seen = await league.GetItemsAsync($"/api/j/{b.Code}-league/blocks/nominations/reported-to-us?plugin=banner-six-ones");
        var reported = Assert.Single(seen!);
        Assert.Equal(id, reported.GetProperty("nomineeId").GetInt64());
        Assert.Contains("关于牧区党建的调研（修改稿）", reported.GetProperty("nomineeName").GetString());
        Assert.Contains("张伟", reported.GetProperty("nomineeName").GetString());
        var otherLeague = await b.ApiAsAsync($"{other.Code}-league-admin");
        Assert.Empty((await otherLeague.GetItemsAsync($"/api/j/{other.Code}-league/blocks/nominations/reported-to-us?plugin=banner-six-ones"))!);
        // Nor does the other league's office reach the first league's list.
        Assert.NotEqual(HttpStatusCode.OK, (await otherLeague.GetAsync($"/api/j/{b.Code}-league/blocks/nominations/reported-to-us")).StatusCode);

        // Every step, with who and when, on the report and on its page.
        var detail = await cadre.GetFromJsonAsync<JsonElement>(b.Api($"/reports/{id}"));
        var steps = detail.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["提交", "退回修改", "重新提交", "评审通过", "择优", "上报"], steps.Select(s => s.GetProperty("action").GetString()));
        Assert.Equal("数据不够翔实", steps[1].GetProperty("comment").GetString());
        Assert.Equal([$"{b.Code}-cadre", $"{b.Code}-admin", $"{b.Code}-cadre", $"{b.Code}-admin", $"{b.Code}-admin", $"{b.Code}-admin"],
            steps.Select(s => s.GetProperty("actor").GetString()));
        Assert.All(steps, s => Assert.Equal(new DateTimeOffset(2011, 9, 1, 1, 0, 0, TimeSpan.Zero), s.GetProperty("at").GetDateTimeOffset()));
        var row = detail.GetProperty("row");
        Assert.True(row.GetProperty("shortlisted").GetBoolean());
        Assert.True(row.GetProperty("reported").GetBoolean());

        var page = await (await b.BrowserAsAsync($"{b.Code}-admin")).GetStringAsync(b.Page($"/Reports/Detail?id={id}"));
        foreach (var action in new[] { "退回修改", "重新提交", "评审通过", "择优", "上报", "数据不够翔实" }) Assert.Contains(action, page);
    }

    [Fact]
    public async Task Only_leading_cadres_submit_for_themselves_and_the_ledger_and_progress_show_it()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 12, 31, 23, 50);
        var b = await fixture.CreateBannerAsync("rep-who");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");

        var notCadre = await member.PostAsJsonAsync(b.Api("/reports"), Report("我的调研"));
        Assert.Equal(HttpStatusCode.BadRequest, notCadre.StatusCode);
        Assert.Contains("不是领导干部", await notCadre.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(b.Api("/reports"), Report("代写", personId: b.People["张伟"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cadre.PostAsJsonAsync(b.Api("/reports"), Report("代写", personId: b.People["刘洋"]))).StatusCode);
        var noTopic = await cadre.PostAsJsonAsync(b.Api("/reports"), new { title = "题目", topic = " ", body = "正文" });
        Assert.Contains("topic", await noTopic.Content.ReadAsStringAsync());
        // report.minChars (2,000 by default), counted as the SDK counts (whitespace counts zero): 1,999 refused by field, 2,000 taken.
        var tooShort = await cadre.PostAsJsonAsync(b.Api("/reports"), Report("财政支持嘎查发展的调研", Body(chars: 1999) + "   \n"));
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("body", await tooShort.Content.ReadAsStringAsync());
        var submitted = await cadre.PostAsJsonAsync(b.Api("/reports"), Report("财政支持嘎查发展的调研", Body(chars: 2000)));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var textId = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        // Submitted, not accepted: still owed (pending on the item, not done in the progress, the obligation open).
        Assert.Equal("Pending", (await cadre.GetFromJsonAsync<JsonElement>(b.Api("/reports/mine"))).GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, (await member.GetFromJsonAsync<JsonElement>(b.Api("/reports/mine"))).ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.PostAsJsonAsync($"/api/j/{b.Code}/obligations/generate", new { from = "2011-05-05", to = "2011-12-31" })).StatusCode);
        async Task<JsonElement> ObligationAsync() => Assert.Single((await b.OfficeApi.GetItemsAsync(
            $"/api/j/{b.Code}/obligations?type=six-ones.research-report&person={b.People["张伟"]}"))!);
        Assert.Equal(JsonValueKind.Null, (await ObligationAsync()).GetProperty("metAt").ValueKind);

        async Task<JsonElement> FinanceAsync(string asOf) =>
            (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api($"/reports/progress?asOf={asOf}")))!.Single(p => p.GetProperty("organizationId").GetInt64() == b.Finance);
        var dueDay = await FinanceAsync("2011-12-31");
        Assert.Equal((2, 0, 0), (dueDay.GetProperty("expected").GetInt32(), dueDay.GetProperty("done").GetInt32(), dueDay.GetProperty("overdue").GetInt32()));
        Assert.Equal(2, (await FinanceAsync("2012-01-01")).GetProperty("overdue").GetInt32());

        // Accepted: met on that day.
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.PostAsJsonAsync(b.Api($"/reports/{textId}/accept"), new { })).StatusCode);
        Assert.Equal("Done", (await cadre.GetFromJsonAsync<JsonElement>(b.Api("/reports/mine"))).GetProperty("state").GetString());
        Assert.Equal(new DateTimeOffset(2011, 12, 31, 15, 50, 0, TimeSpan.Zero), (await ObligationAsync()).GetProperty("metAt").GetDateTimeOffset());
        dueDay = await FinanceAsync("2011-12-31");
        Assert.Equal((2, 1, 0), (dueDay.GetProperty("expected").GetInt32(), dueDay.GetProperty("done").GetInt32(), dueDay.GetProperty("overdue").GetInt32()));
        Assert.Equal(1, (await FinanceAsync("2012-01-01")).GetProperty("overdue").GetInt32());
        Assert.Equal(0, (await FinanceAsync("2011-05-04")).GetProperty("expected").GetInt32());

        // 刘洋's report on 01-01 is late but kept.
        b.Clock.Now = SixOnesHost.Beijing(2012, 1, 1, 0, 5);
        var late = await (await b.OfficeApi.PostAsJsonAsync(b.Api("/reports"), Report("关于财政资金使用的调研", personId: b.People["刘洋"]))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(late.GetProperty("late").GetBoolean());

        var csv = await b.OfficeApi.GetAsync(b.Api("/ledgers/research-reports?format=csv"));
        var rows = await csv.CsvRowsAsync();
        Assert.Equal(["姓名", "单位", "题目", "字数", "提交日期", "评审", "择优", "上报"], rows.First(r => r.Contains("姓名")));
        Assert.Equal(["张伟", "旗财政局党支部", "《财政支持嘎查发展的调研》", "2000", "2011-12-31", "评审通过", "", ""], rows.Single(r => r.Count > 0 && r[0] == "张伟"));
        Assert.Equal("待评审（逾期提交）", rows.Single(r => r.Count > 0 && r[0] == "刘洋")[5]);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            (await b.OfficeApi.GetAsync(b.Api("/ledgers/research-reports"))).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_cadre_submits_through_the_page_and_the_office_reviews_on_the_report_page()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 10, 8);
        var b = await fixture.CreateBannerAsync("rep-page");
        var cadre = await b.BrowserAsAsync($"{b.Code}-cadre");
        var sent = await TestHost.SubmitFormAsync(cadre, b.Page("/Reports/Index"),
            new() { ["Title"] = "关于机关作风建设的调研", ["Topic"] = "机关作风", ["Body"] = Body("调研正文。") }, b.Page("/Reports/Index?handler=Submit"));
        Assert.Contains("已提交调研报告《关于机关作风建设的调研》", await sent.Content.ReadAsStringAsync());
        var id = (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/reports")))!.Single().GetProperty("id").GetInt64();

        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        var detail = b.Page($"/Reports/Detail?id={id}");
        var accepted = await TestHost.SubmitFormAsync(office, detail, new() { ["comment"] = "" }, b.Page($"/Reports/Detail?id={id}&handler=Accept"));
        Assert.Contains("评审通过。", await accepted.Content.ReadAsStringAsync());
        var shortlisted = await TestHost.SubmitFormAsync(office, detail, new() { ["reason"] = "有借鉴意义" }, b.Page($"/Reports/Detail?id={id}&handler=Shortlist"));
        Assert.Contains("已择优", await shortlisted.Content.ReadAsStringAsync());
        var up = await TestHost.SubmitFormAsync(office, detail, new(), b.Page($"/Reports/Detail?id={id}&handler=ReportUp"));
        Assert.Contains("已上报", await up.Content.ReadAsStringAsync());
        // The secretary of another branch cannot read it.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await b.BrowserAsAsync($"{b.Code}-secretary")).GetAsync(detail)).StatusCode);
        Assert.Contains("关于机关作风建设的调研", await cadre.GetStringAsync(b.Page("/Reports/Index")));
    }
}

/// <summary>
/// 择优上报盟、自治区参加评比: the league's office reads the reported report in full (and nothing else of the banner), appraises
/// it and forwards it to the region, which reads and appraises it too; the banner sees the league's appraisal and the forward.
/// </summary>
public sealed class ReportAppraisalTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task The_league_reads_appraises_and_forwards_and_the_region_appraises_and_nothing_else_crosses()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 10, 10, 9);
        var (b, league, region) = await fixture.CreateChainAsync("appr");
        const string body = "一、基本情况：全镇十二个嘎查。二、存在的问题：活动场所不足。三、对策建议：整合资金建设阵地。";
        async Task<(long Text, long Nomination)> ShortlistedAsync(long person, string title, bool reportUp)
        {
            var text = (await (await b.OfficeApi.PostAsJsonAsync(b.Api("/reports"), new { personId = person, title, topic = "牧区党建", body = ResearchReportTests.Body(title + body) }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
            Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.PostAsJsonAsync(b.Api($"/reports/{text}/accept"), new { })).StatusCode);
            var nomination = (await (await b.OfficeApi.PostAsJsonAsync(b.Api($"/reports/{text}/shortlist"), new { reason = "问题找得准" }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
            if (reportUp) Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.PostAsync(b.Api($"/reports/{text}/report-up"), null)).StatusCode);
            return (text, nomination);
        }
        var (id, nomination) = await ShortlistedAsync(b.People["张伟"], "关于牧区党建的调研", reportUp: true);
        var (_, kept) = await ShortlistedAsync(b.People["刘洋"], "关于财政资金的调研", reportUp: false);

        var lg = await b.ApiAsAsync($"{league.Code}-admin");
        string Received(TestJurisdiction j, string path = "") => j.Api(SixOnesHost.PluginId, "/reports/received" + path);
        // The league reaches nothing of the banner itself, and its own plugin holds none of the banner's reports.
        Assert.NotEqual(HttpStatusCode.OK, (await lg.GetAsync(b.Api($"/reports/{id}"))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await lg.GetAsync(b.Api("/reports"))).StatusCode);
        Assert.Empty((await lg.GetFromJsonAsync<JsonElement[]>(league.Api(SixOnesHost.PluginId, "/reports")))!);
        // Only the report reported up, in full; the shortlisted one not reported is not there (404 by its id).
        var list = (await lg.GetFromJsonAsync<JsonElement[]>(Received(league)))!;
        var row = Assert.Single(list);
        Assert.Equal(b.Id, row.GetProperty("fromJurisdictionId").GetInt32());
        Assert.Equal("阿拉善右旗", row.GetProperty("from").GetString()); // named by the SDK, not by the banner's text
        Assert.Contains("关于牧区党建的调研", row.GetProperty("title").GetString());
        var full = await lg.GetFromJsonAsync<JsonElement>(Received(league, $"/{b.Id}/{nomination}"));
        Assert.Contains("对策建议：整合资金建设阵地", full.GetProperty("body").GetString());
        Assert.Contains("张伟", full.GetProperty("body").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await lg.GetAsync(Received(league, $"/{b.Id}/{kept}"))).StatusCode);
        Assert.Single((await lg.GetItemsAsync($"/api/j/{league.Code}/blocks/documents/submitted-to-us?plugin=banner-six-ones"))!);
        // A member of the league is not its office; the region sees nothing until the league forwards.
        await league.UserAsync($"{league.Code}-member", Roles.Member);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await b.ApiAsAsync($"{league.Code}-member")).GetAsync(Received(league))).StatusCode);
        var rg = await b.ApiAsAsync($"{region.Code}-admin");
        Assert.Empty((await rg.GetFromJsonAsync<JsonElement[]>(Received(region)))!);

        // 评比 by field; 未获奖 is not forwarded; once.
        var bad = await lg.PostAsJsonAsync(Received(league, $"/{b.Id}/{nomination}/appraise"), new { grade = "特等", comment = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("grade", await bad.Content.ReadAsStringAsync());
        var noAward = await lg.PostAsJsonAsync(Received(league, $"/{b.Id}/{nomination}/appraise"), new { grade = "未获奖", comment = "一般", forward = true });
        Assert.Contains("forward", await noAward.Content.ReadAsStringAsync());
        b.Clock.Now = SixOnesHost.Beijing(2011, 11, 2, 10);
        var appraised = await lg.PostAsJsonAsync(Received(league, $"/{b.Id}/{nomination}/appraise"), new { grade = "二等", comment = "调研扎实", forward = true });
        Assert.Equal(HttpStatusCode.OK, appraised.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await lg.PostAsJsonAsync(Received(league, $"/{b.Id}/{nomination}/appraise"), new { grade = "一等" })).StatusCode);

        // The region reads the forwarded report in full and appraises it on its page.
        var fromRegion = Assert.Single((await rg.GetFromJsonAsync<JsonElement[]>(Received(region)))!);
        Assert.Equal(league.Id, fromRegion.GetProperty("fromJurisdictionId").GetInt32());
        Assert.Equal("阿拉善盟", fromRegion.GetProperty("from").GetString());
        Assert.Equal("阿拉善右旗", fromRegion.GetProperty("originFrom").GetString()); // where the forwarded report began
        var regionPage = region.Page(SixOnesHost.PluginId, $"/Reports/Received/{league.Id}/{fromRegion.GetProperty("nominationId").GetInt64()}");
        var regionBrowser = await b.BrowserAsAsync($"{region.Code}-admin");
        var shown = await regionBrowser.GetStringAsync(regionPage);
        Assert.Contains("对策建议：整合资金建设阵地", shown);
        Assert.Contains("阿拉善盟评比：二等", shown);
        Assert.Contains("转报自阿拉善右旗", shown);
        // The region has no parent: its forward is refused on the field and nothing is appraised.
        var noParent = await rg.PostAsJsonAsync(Received(region, $"/{league.Id}/{fromRegion.GetProperty("nominationId").GetInt64()}/appraise"), new { grade = "一等", forward = true });
        Assert.Equal(HttpStatusCode.BadRequest, noParent.StatusCode);
        Assert.Contains("没有上级", await noParent.Content.ReadAsStringAsync());
        b.Clock.Now = SixOnesHost.Beijing(2011, 12, 5, 10);
        regionBrowser = await b.BrowserAsAsync($"{region.Code}-admin");
        var posted = await TestHost.SubmitFormAsync(regionBrowser, regionPage, new() { ["Grade"] = "一等", ["Comment"] = "全区推广" }, regionPage + "?handler=Appraise");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var back = posted.Headers.Location!.ToString();
        Assert.Contains($"/Reports/Received/{league.Id}/", back);
        var reloaded = await regionBrowser.GetStringAsync(back);
        Assert.Contains("已记录评比结果", reloaded);
        Assert.Contains("全区推广", reloaded);

        // The league sees the region's appraisal of what it forwarded.
        lg = await b.ApiAsAsync($"{league.Code}-admin");
        var after = Assert.Single((await lg.GetFromJsonAsync<JsonElement[]>(Received(league)))!);
        Assert.Equal("二等", after.GetProperty("appraisal").GetProperty("grade").GetString());
        Assert.Equal("一等", after.GetProperty("forward").GetProperty("above").GetProperty("grade").GetString());

        // The banner sees every step on its report: reported, appraised by the league, forwarded, appraised by the region.
        var detail = await (await b.ApiAsAsync($"{b.Code}-admin")).GetFromJsonAsync<JsonElement>(b.Api($"/reports/{id}"));
        var steps = detail.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["提交", "评审通过", "择优", "上报", "上级评比", "转报上一级", "上级评比"], steps.Select(s => s.GetProperty("action").GetString()));
        Assert.Equal("内蒙古自治区：一等：全区推广", steps[6].GetProperty("comment").GetString());
        Assert.Equal("二等：调研扎实", steps[4].GetProperty("comment").GetString());
        Assert.Equal(new DateTimeOffset(2011, 11, 2, 2, 0, 0, TimeSpan.Zero), steps[4].GetProperty("at").GetDateTimeOffset());
        Assert.Equal($"{league.Code}-admin", steps[4].GetProperty("actor").GetString());
        Assert.True(detail.GetProperty("row").GetProperty("appraisal").GetProperty("forwarded").GetBoolean());
        var page = await (await b.BrowserAsAsync($"{b.Code}-admin")).GetStringAsync(b.Page($"/Reports/Detail?id={id}"));
        Assert.Contains("上级评比", page);
        Assert.Contains("二等：调研扎实", page);
    }
}
