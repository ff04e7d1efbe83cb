using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;


namespace Plugins.BannerSixOnes.Tests;

/// <summary>
/// 精读一本理论著作 (item 4): leading cadres only, one book beyond the required list per campaign quarter,
/// reading notes of at least theoryBook.minChars (1,500) characters; quarter boundaries, review, ledger, progress.
/// </summary>
public sealed class TheoryBookTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    /// <summary>Reading notes of exactly <paramref name="characters"/> counted characters (the spaces between lines do not count).</summary>
    public static string Notes(int characters)
    {
        var text = new StringBuilder();
        for (var i = 0; i < characters; i++)
        {
            text.Append("学习理论，联系实际。"[i % 10]);
            if (i % 50 == 49) text.Append("\n  ");
        }
        return text.ToString();
    }

    private static object Book(string title, int characters, string? quarter = null, long? personId = null) =>
        new { personId, quarter, title, author = "作者甲", body = Notes(characters) };

    [Fact]
    public async Task Notes_of_1499_characters_are_refused_with_one_missing_and_1500_are_accepted()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 5, 10, 10);
        var b = await fixture.CreateBannerAsync("book-min");
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");

        var short1 = await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("《实践论》", 1499));
        Assert.Equal(HttpStatusCode.BadRequest, short1.StatusCode);
        var problem = await short1.Content.ReadAsStringAsync();
        Assert.Contains("还差 1 字", problem);
        Assert.Contains("body", problem);

        var ok = await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("《实践论》", 1500));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var row = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1500, row.GetProperty("characters").GetInt32());
        Assert.Equal("2011-Q2", row.GetProperty("periodKey").GetString());
        Assert.Equal("实践论", row.GetProperty("title").GetString());
        Assert.Equal("作者甲", row.GetProperty("author").GetString());
        Assert.False(row.GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task The_minimum_is_a_setting()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 5, 10, 10);
        var b = await fixture.CreateBannerAsync("book-set", new() { ["theoryBook.minChars"] = "2000" });
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");
        var refused = await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("论持久战", 1999));
        Assert.Contains("还差 1 字", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("论持久战", 2000))).StatusCode);
    }

    [Fact]
    public async Task A_note_filed_on_06_30_is_Q2_and_on_07_01_is_Q3_and_Q2_filed_on_07_01_is_late_but_kept()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 30, 23, 59);
        var b = await fixture.CreateBannerAsync("book-qtr");
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");
        var liu = b.People["刘洋"];

        var june = await (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("矛盾论", 1500))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2011-Q2", june.GetProperty("periodKey").GetString());
        Assert.False(june.GetProperty("late").GetBoolean());
        // Q3 has not begun on 06-30.
        var early = await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("共产党宣言导读", 1500, "2011-Q3"));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("尚未开始", await early.Content.ReadAsStringAsync());

        b.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 0, 0);
        var july = await (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("共产党宣言导读", 1500))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2011-Q3", july.GetProperty("periodKey").GetString());

        // 刘洋 files Q2 one day after its due day (the office transcribes it): accepted, marked late.
        var late = await b.OfficeApi.PostAsJsonAsync(b.Api("/books/notes"), Book("反杜林论", 1500, "2011-Q2", liu));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var lateRow = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(lateRow.GetProperty("late").GetBoolean());
        Assert.Equal("2011-07-01", lateRow.GetProperty("submittedOn").GetString());
        Assert.Equal("2011-06-30", lateRow.GetProperty("dueOn").GetString());

        // Q1 is before the campaign (05-05) and is no campaign quarter.
        var q1 = await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("资本论", 1500, "2011-Q1"));
        Assert.Equal(HttpStatusCode.BadRequest, q1.StatusCode);
        Assert.Contains("quarter", await q1.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Before_the_campaign_starts_on_05_05_there_is_no_quarter_to_file()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 5, 4, 23, 59);
        var b = await fixture.CreateBannerAsync("book-start");
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");
        Assert.Equal(HttpStatusCode.BadRequest, (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("实践论", 1500))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("实践论", 1500, "2011-Q2"))).StatusCode);
        b.Clock.Now = SixOnesHost.Beijing(2011, 5, 5, 0, 0);
        Assert.Equal(HttpStatusCode.OK, (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("实践论", 1500))).StatusCode);
    }

    [Fact]
    public async Task A_book_on_the_required_list_is_refused_and_only_the_office_keeps_the_list()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 5, 20);
        var b = await fixture.CreateBannerAsync("book-req");
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");

        Assert.Equal(HttpStatusCode.Forbidden, (await cadre.PostAsJsonAsync(b.Api("/books/required"), new { title = "随便" })).StatusCode);
        var added = await b.OfficeApi.PostAsJsonAsync(b.Api("/books/required"), new { title = "《中国共产党章程》", author = "" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var twice = await b.OfficeApi.PostAsJsonAsync(b.Api("/books/required"), new { title = "中国共产党章程" });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        // The same title with or without 《》 and spaces is refused, naming the list.
        var refused = await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("中国共产党 章程", 1500));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = await refused.Content.ReadAsStringAsync();
        Assert.Contains("必读书目", message);
        Assert.Contains("title", message);

        Assert.Equal(HttpStatusCode.Forbidden, (await cadre.DeleteAsync(b.Api($"/books/required/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await b.OfficeApi.DeleteAsync(b.Api($"/books/required/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("中国共产党章程", 1500))).StatusCode);
    }

    [Fact]
    public async Task Only_leading_cadres_file_and_nobody_files_for_another_member()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 5, 20);
        var b = await fixture.CreateBannerAsync("book-who");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");

        var notCadre = await member.PostAsJsonAsync(b.Api("/books/notes"), Book("实践论", 1500));
        Assert.Equal(HttpStatusCode.BadRequest, notCadre.StatusCode);
        Assert.Contains("不是领导干部", await notCadre.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(b.Api("/books/notes"), Book("实践论", 1500, personId: b.People["张伟"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("实践论", 1500, personId: b.People["刘洋"]))).StatusCode);
        // The office transcribes for a cadre.
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.PostAsJsonAsync(b.Api("/books/notes"), Book("实践论", 1500, personId: b.People["刘洋"]))).StatusCode);
        // A member sees only their own; the cadre sees only theirs.
        Assert.Empty(await member.GetFromJsonAsync<JsonElement[]>(b.Api("/books/notes")) ?? []);
        Assert.Empty(await cadre.GetFromJsonAsync<JsonElement[]>(b.Api("/books/notes")) ?? []);
        Assert.Single(await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api("/books/notes")) ?? []);
    }

    [Fact]
    public async Task One_book_a_quarter_replaced_until_accepted_and_reviewed_by_the_office_not_by_an_outside_officer()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 8, 2);
        var b = await fixture.CreateBannerAsync("book-rev");
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");
        var town = await b.ApiAsAsync($"{b.Code}-town");

        var first = await (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("实践论", 1500))).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("矛盾论", 1600))).Content.ReadFromJsonAsync<JsonElement>();
        var id = first.GetProperty("id").GetInt64();
        Assert.Equal(id, second.GetProperty("id").GetInt64());
        Assert.Equal("矛盾论", second.GetProperty("title").GetString());

        // The town's officer does not manage the finance bureau's branch; the cadre does not review their own.
        Assert.Equal(HttpStatusCode.Forbidden, (await town.PostAsync(b.Api($"/books/notes/{id}/accept"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cadre.PostAsync(b.Api($"/books/notes/{id}/accept"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.GetAsync(b.Api($"/books/notes/{id}"))).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await b.OfficeApi.PostAsJsonAsync(b.Api($"/books/notes/{id}/return"), new { comment = "" })).StatusCode);
        var returned = await b.OfficeApi.PostAsJsonAsync(b.Api($"/books/notes/{id}/return"), new { comment = "联系实际不够" });
        Assert.Equal("Returned", (await returned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        var resubmitted = await (await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("矛盾论", 1700))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Resubmitted", resubmitted.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await b.OfficeApi.PostAsync(b.Api($"/books/notes/{id}/accept"), null)).StatusCode);
        var afterAccept = await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("论十大关系", 1500));
        Assert.Equal(HttpStatusCode.BadRequest, afterAccept.StatusCode);

        var detail = await cadre.GetFromJsonAsync<JsonElement>(b.Api($"/books/notes/{id}"));
        Assert.Equal("Accepted", detail.GetProperty("row").GetProperty("state").GetString());
        Assert.Equal(1700, detail.GetProperty("row").GetProperty("characters").GetInt32());
    }

    [Fact]
    public async Task Progress_counts_cadre_quarters_due_by_the_day_and_the_member_view_is_for_cadres_only()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 10);
        var b = await fixture.CreateBannerAsync("book-prog");
        var cadre = await b.ApiAsAsync($"{b.Code}-cadre");
        var member = await b.ApiAsAsync($"{b.Code}-member");
        await cadre.PostAsJsonAsync(b.Api("/books/notes"), Book("实践论", 1500));

        async Task<JsonElement> FinanceAsync(string asOf) =>
            (await b.OfficeApi.GetFromJsonAsync<JsonElement[]>(b.Api($"/books/progress?asOf={asOf}")))!.Single(p => p.GetProperty("organizationId").GetInt64() == b.Finance);

        var before = await FinanceAsync("2011-06-29");
        Assert.Equal(0, before.GetProperty("expected").GetInt32());
        var dueDay = await FinanceAsync("2011-06-30");
        Assert.Equal(2, dueDay.GetProperty("expected").GetInt32()); // 张伟 and 刘洋, Q2
        Assert.Equal(1, dueDay.GetProperty("done").GetInt32());
        Assert.Equal(0, dueDay.GetProperty("overdue").GetInt32());
        var after = await FinanceAsync("2011-07-01");
        Assert.Equal(1, after.GetProperty("overdue").GetInt32());
        Assert.Equal(1, after.GetProperty("doneByMonth")[5].GetInt32());
        var yearEnd = await FinanceAsync("2011-12-31");
        Assert.Equal(6, yearEnd.GetProperty("expected").GetInt32()); // 2 cadres × Q2, Q3, Q4

        var mine = await cadre.GetFromJsonAsync<JsonElement>(b.Api("/books/mine"));
        Assert.Equal("Done", mine.GetProperty("state").GetString());
        Assert.Equal(4, mine.GetProperty("number").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await member.GetFromJsonAsync<JsonElement>(b.Api("/books/mine"))).ValueKind);
        b.Clock.Now = SixOnesHost.Beijing(2011, 7, 5);
        cadre = await b.ApiAsAsync($"{b.Code}-cadre"); // bearer tokens last 8 hours of the moved clock
        Assert.Equal("Pending", (await cadre.GetFromJsonAsync<JsonElement>(b.Api("/books/mine"))).GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_ledger_lists_name_unit_quarter_book_author_characters_date_and_state()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 1, 8);
        var b = await fixture.CreateBannerAsync("book-led");
        await b.OfficeApi.PostAsJsonAsync(b.Api("/books/notes"), Book("矛盾论", 1500, "2011-Q2", b.People["张伟"]));

        var xlsx = await b.OfficeApi.GetAsync(b.Api("/ledgers/theory-books"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var csv = await b.OfficeApi.GetAsync(b.Api("/ledgers/theory-books?format=csv"));
        var rows = await csv.CsvRowsAsync();
        var header = rows.First(r => r.Contains("姓名"));
        Assert.Equal(["姓名", "单位", "季度", "书名", "作者", "字数", "提交日期", "状态"], header);
        var zhang = rows.Single(r => r.Count > 0 && r[0] == "张伟");
        Assert.Equal(["张伟", "旗财政局党支部", "2011-Q2", "《矛盾论》", "作者甲", "1500", "2011-07-01", "已提交（逾期）"], zhang);

        var page = await (await b.BrowserAsAsync($"{b.Code}-admin")).GetStringAsync(b.Page("/Books/Index?quarter=2011-Q2"));
        Assert.Contains("矛盾论", page);
        Assert.Contains("必读书目", page);
    }

    [Fact]
    public async Task Each_leading_cadre_owes_one_book_a_quarter_in_the_host_schedules_met_when_filed_and_open_again_when_returned()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 7, 2, 9);
        var b = await fixture.CreateBannerAsync("book-obl");
        var zhang = b.People["张伟"];
        var q2 = await (await b.OfficeApi.PostAsJsonAsync(b.Api("/books/notes"), Book("矛盾论", 1500, "2011-Q2", zhang))).Content.ReadFromJsonAsync<JsonElement>();
        var generated = await b.OfficeApi.PostAsJsonAsync($"/api/j/{b.Code}/obligations/generate", new { from = "2011-05-05", to = "2011-12-31" });
        Assert.True(generated.IsSuccessStatusCode, await generated.Content.ReadAsStringAsync());

        async Task<JsonElement[]> BooksAsync() => (await b.OfficeApi.GetItemsAsync($"/api/j/{b.Code}/obligations?type=six-ones.theory-book"))!;
        var books = await BooksAsync();
        Assert.Equal(6, books.Length); // 张伟 and 刘洋 × Q2, Q3, Q4
        Assert.Equal(["2011-05-05", "2011-07-01", "2011-10-01"], books.Select(o => o.GetProperty("periodStart").GetString()).Distinct().Order());
        JsonElement Q2Of(JsonElement[] all, long person) => all.Single(o => o.GetProperty("obligedId").GetInt64() == person && o.GetProperty("dueOn").GetString() == "2011-06-30");
        Assert.Equal("late", Q2Of(books, zhang).GetProperty("status").GetString()); // filed on 07-02 for a quarter due 06-30
        Assert.Equal("missed", Q2Of(books, b.People["刘洋"]).GetProperty("status").GetString());

        await b.OfficeApi.PostAsJsonAsync(b.Api($"/books/notes/{q2.GetProperty("id").GetInt64()}/return"), new { comment = "请联系实际" });
        Assert.Equal("missed", Q2Of(await BooksAsync(), zhang).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_cadre_files_through_the_page_form_and_the_office_keeps_the_list_through_its_page()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 5, 20, 9);
        var b = await fixture.CreateBannerAsync("book-page");
        var office = await b.BrowserAsAsync($"{b.Code}-admin");
        var added = await TestHost_SubmitAsync(office, b.Page("/Books/Required"), b.Page("/Books/Required?handler=Add"), new() { ["title"] = "邓小平文选", ["author"] = "邓小平" });
        Assert.Contains("已加入《邓小平文选》", added);

        var cadre = await b.BrowserAsAsync($"{b.Code}-cadre");
        var refused = await TestHost_SubmitAsync(cadre, b.Page("/Books/Index"), b.Page("/Books/Index?handler=Submit"),
            new() { ["Quarter"] = "2011-Q2", ["Title"] = "《邓小平文选》", ["Author"] = "邓小平", ["Body"] = Notes(1500) });
        Assert.Contains("属于必读书目", refused);
        var tooShort = await TestHost_SubmitAsync(cadre, b.Page("/Books/Index"), b.Page("/Books/Index?handler=Submit"),
            new() { ["Quarter"] = "2011-Q2", ["Title"] = "实践论", ["Author"] = "毛泽东", ["Body"] = Notes(1499) });
        Assert.Contains("还差 1 字", tooShort);
        var filed = await TestHost_SubmitAsync(cadre, b.Page("/Books/Index"), b.Page("/Books/Index?handler=Submit"),
            new() { ["Quarter"] = "2011-Q2", ["Title"] = "实践论", ["Author"] = "毛泽东", ["Body"] = Notes(1500) });
        Assert.Contains("已提交《实践论》读书笔记，1500 字", filed);
        var page = await office.GetStringAsync(b.Page("/Books/Index?quarter=2011-Q2"));
        Assert.Contains("实践论", page);
        Assert.Contains("验收", page);
        var ledger = await office.GetAsync(b.Page("/Books/Index?handler=Ledger&quarter=2011-Q2&format=xlsx"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ledger.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<string> TestHost_SubmitAsync(HttpClient browser, string page, string post, Dictionary<string, string> fields)
    {
        var response = await TestHost.SubmitFormAsync(browser, page, fields, post);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {html}");
        return html;
    }
}
