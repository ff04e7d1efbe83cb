using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Plugins.BannerSixOnes.Tests.ContestTestKit;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>党的知识竞赛 (item 6): the question bank, contest setup and settings, answering at the window's and the limit's boundaries, rankings, teams, ledgers, the dashboard item.</summary>
public sealed partial class ContestTests(SixOnesHost fixture) : IClassFixture<SixOnesHost>
{
    [Fact]
    public async Task A_file_with_bad_cells_reports_each_by_row_and_column_and_imports_nothing()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1);
        var b = await fixture.CreateBannerAsync("ct-bad");
        var csv =
            "题型,题干,A,B,C,D,正确答案,分数,分类\n" +
            "单选,中国共产党成立于哪一年？,1919年,1921年,1927年,1949年,B,2,党史\n" +     // row 2: fine
            "单选,党的最高领导机关是,甲,乙,丙,丁,E,1,党的知识\n" +                    // row 3: E is no option
            "填空,党的宗旨是,,,,,为人民服务,1,党的知识\n" +                          // row 4: no such type
            "判断,预备党员的预备期为一年。,,,,,也许,1,党的知识\n" +                   // row 5: not 对/错
            "多选,党员的权利包括,选举权,被选举权,,,A,1,党的知识\n" +                  // row 6: a multi with one letter
            "单选,,甲,乙,,,A,1,党的理论\n" +                                          // row 7: no text
            "单选,科学发展观的核心是,以人为本,发展,,,A,零,党建\n" +                   // row 8: points and category
            "单选,中国共产党成立于哪一年？,1919年,1921年,,,B,2,党的历史\n";           // row 9: repeats row 2
        var errors = await (await b.OfficeApi.ImportAsync(b, Encoding.UTF8.GetBytes(csv), "题库.csv")).ProblemAsync();
        Assert.Equal(
        [
            "第3行，列“答案”：“E”不是有效选项",
            "第4行，列“题型”：“填空”不是有效题型（单选/多选/判断）",
            "第5行，列“答案”：“也许”不是有效判断答案（对/错、正确/错误、√/×）",
            "第6行，列“答案”：多选题至少有两个正确选项，“A”只有1个",
            "第7行，列“题目”：不能为空",
            "第8行，列“分值”：“零”不是有效分值（1–100 的整数）",
            "第8行，列“类别”：“党建”不是有效类别（党的理论/党的知识/党的历史）",
            "第9行，列“题目”：与第2行重复",
        ], errors);
        var bank = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/contest/questions"));
        Assert.Empty(bank.GetProperty("questions").EnumerateArray());
    }

    [Fact]
    public async Task A_file_of_many_bad_rows_lists_the_first_thousand_errors_and_counts_the_rest()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1);
        var b = await fixture.CreateBannerAsync("ct-many");
        var csv = new System.Text.StringBuilder("题型,题目,A,B,答案,分值,类别\n");
        for (var i = 0; i < 1500; i++) csv.Append($"单选,第{i}题,甲,乙,E,1,党的知识\n"); // each: E is no option
        var errors = await (await b.OfficeApi.ImportAsync(b, Encoding.UTF8.GetBytes(csv.ToString()), "题库.csv")).ProblemAsync();
        Assert.Equal(1001, errors.Length);
        Assert.Equal("第2行，列“答案”：“E”不是有效选项", errors[0]);
        Assert.Equal("第1001行，列“答案”：“E”不是有效选项", errors[999]);
        Assert.Equal("另有 500 处错误未列出。", errors[1000]);
    }

    [Fact]
    public async Task A_missing_column_is_named()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1);
        var b = await fixture.CreateBannerAsync("ct-cols");
        var errors = await (await b.OfficeApi.ImportAsync(b, Encoding.UTF8.GetBytes("题型,题目,选项A,选项B\n单选,问,甲,乙\n"), "q.csv")).ProblemAsync();
        Assert.Equal(["第1行，列“答案”：缺少此列", "第1行，列“类别”：缺少此列"], errors);
    }

    [Fact]
    public async Task GB18030_CSV_and_xlsx_import_and_a_question_already_in_the_bank_is_updated_not_duplicated()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1);
        var b = await fixture.CreateBannerAsync("ct-bank");
        var first = await (await b.OfficeApi.ImportAsync(b, Gb18030(CleanCsv), "题库.csv")).OkJsonAsync();
        Assert.Equal(8, first.GetProperty("created").GetInt32());

        // The same question again (extra spaces, a corrected answer and score) plus a new one, from Excel.
        var xlsx = Xlsx([
            ["题型", "题目", "选项A", "选项B", "选项C", "选项D", "选项E", "答案", "分值", "类别"],
            ["单选题", "中国共产党成立于哪一年？ ", "1919年", "1921年", "1927年", "1949年", "", "b", "5", "党的历史"],
            ["多选", "“六个一”包括", "党性教育", "学习培训", "学习笔记", "理论著作", "知识竞赛", "A、B、C、D、E", "2", "党的知识"],
        ]);
        var second = await (await b.OfficeApi.ImportAsync(b, xlsx, "题库.xlsx")).OkJsonAsync();
        Assert.Equal(1, second.GetProperty("created").GetInt32());
        Assert.Equal(1, second.GetProperty("updated").GetInt32());

        var bank = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/contest/questions"));
        Assert.Equal(9, bank.GetProperty("questions").GetArrayLength());
        var counts = bank.GetProperty("counts");
        Assert.Equal((3, 4, 2), (counts.GetProperty("党的理论").GetInt32(), counts.GetProperty("党的知识").GetInt32(), counts.GetProperty("党的历史").GetInt32()));
        var founding = bank.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("text").GetString() == "中国共产党成立于哪一年？");
        Assert.Equal(5, founding.GetProperty("points").GetInt32());
        var five = bank.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("text").GetString() == "“六个一”包括");
        Assert.Equal("ABCDE", five.GetProperty("answer").GetString());
        Assert.Equal(5, five.GetProperty("options").GetArrayLength());

        // Filters by category and type.
        var history = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/contest/questions?category=党的历史&kind=判断"));
        Assert.Equal(["遵义会议是党的历史上生死攸关的转折点。"], history.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("text").GetString()));
        Assert.Equal("正确", history.GetProperty("questions")[0].GetProperty("answer").GetString());
    }

    [Fact]
    public async Task The_office_edits_with_the_version_it_read_and_deletes_members_may_not_touch_the_bank()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1);
        var b = await fixture.CreateBannerAsync("ct-edit");
        await (await b.OfficeApi.ImportAsync(b, Encoding.UTF8.GetBytes(CleanCsv), "题库.csv")).OkJsonAsync();
        var bank = await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/contest/questions?category=党的知识&kind=单选"));
        var q = bank.GetProperty("questions")[0];
        var id = q.GetProperty("id").GetInt64();
        var edit = new { kind = "单选", text = "党的最高领导机关是（　）", options = new[] { "党的全国代表大会和它所产生的中央委员会", "中央纪委" }, answer = "A", points = 2, category = "党的知识", version = 0 };
        var saved = await (await b.OfficeApi.PutAsJsonAsync(b.Api($"/contest/questions/{id}"), edit)).OkJsonAsync();
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        var reread = (await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/contest/questions"))).GetProperty("questions").EnumerateArray().Single(x => x.GetProperty("id").GetInt64() == id);
        Assert.Equal((1, "党的最高领导机关是（　）", 2), (reread.GetProperty("version").GetInt32(), reread.GetProperty("text").GetString(), reread.GetProperty("points").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, (await b.OfficeApi.PutAsJsonAsync(b.Api($"/contest/questions/{id}"), edit)).StatusCode);
        var bad = await (await b.OfficeApi.PutAsJsonAsync(b.Api($"/contest/questions/{id}"), edit with { answer = "C", version = 1 })).ProblemAsync("answer");
        Assert.Equal(["答案：“C”不是有效选项"], bad);

        var member = await b.ApiAsAsync($"{b.Code}-member");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.ImportAsync(b, Encoding.UTF8.GetBytes(CleanCsv), "题库.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(b.Api("/contest/questions"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.DeleteAsync(b.Api($"/contest/questions/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await b.OfficeApi.DeleteAsync(b.Api($"/contest/questions/{id}"))).StatusCode);
        Assert.Equal(7, (await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/contest/questions"))).GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public async Task Deleting_a_question_on_the_office_page_needs_its_ticked_confirmation()
    {
        fixture.Clock.Now = SixOnesHost.Beijing(2011, 6, 1);
        var b = await fixture.CreateBannerAsync("ct-confirm");
        await (await b.OfficeApi.ImportAsync(b, Encoding.UTF8.GetBytes(CleanCsv), "题库.csv")).OkJsonAsync();
        var id = (await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/contest/questions"))).GetProperty("questions")[0].GetProperty("id").GetInt64();
        var browser = await b.BrowserAsAsync($"{b.Code}-admin");
        var page = b.Page("/Contest/Office");

        var refused = await TestHost.SubmitFormAsync(browser, page, new() { ["id"] = id.ToString() }, page + "?handler=Delete");
        Assert.Contains("请先勾选该题的“确认”再删除", await refused.Content.ReadAsStringAsync());
        Assert.Equal(8, (await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/contest/questions"))).GetProperty("questions").GetArrayLength());

        var deleted = await TestHost.SubmitFormAsync(browser, page, new() { ["id"] = id.ToString(), ["confirm"] = "true" }, page + "?handler=Delete");
        Assert.Contains("已删除", await deleted.Content.ReadAsStringAsync());
        Assert.Equal(7, (await b.OfficeApi.GetFromJsonAsync<JsonElement>(b.Api("/contest/questions"))).GetProperty("questions").GetArrayLength());
    }
}
