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
    private static object Report(string title, string body = "一、基本情况。二、存在的问题。三、对策建议。", long? personId = null) =>
        new { personId, title, topic = "嘎查党组织带领牧民增收", body };

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
        var resubmitted = await cadre.PostAsJsonAsync(b.Api("/reports"), Report("关于牧区党建的调研（修改稿）", "一、基本情况：全镇 12 个嘎查。二、问题。三、建议。"));
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
        // No minimum length in the document: a short report is taken.
        Assert.Equal(HttpStatusCode.OK, (await cadre.PostAsJsonAsync(b.Api("/reports"), Report("财政支持嘎查发展的调研", "短文"))).StatusCode);
        Assert.Equal("Done", (await cadre.GetFromJsonAsync<JsonElement>(b.Api("/reports/mine"))).GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, (await member.GetFromJsonAsync<JsonElement>(b.Api("/reports/mine"))).ValueKind);

        async Task<JsonElement> FinanceAsync(string asOf) =>
            (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api($"/reports/progress?asOf={asOf}")))!.Single(p => p.GetProperty("organizationId").GetInt64() == b.Finance);
        var dueDay = await FinanceAsync("2011-12-31");
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
        Assert.Equal(["张伟", "旗财政局党支部", "《财政支持嘎查发展的调研》", "2", "2011-12-31", "待评审", "", ""], rows.Single(r => r.Count > 0 && r[0] == "张伟"));
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
            new() { ["Title"] = "关于机关作风建设的调研", ["Topic"] = "机关作风", ["Body"] = "调研正文。" }, b.Page("/Reports/Index?handler=Submit"));
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
