using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Modular.Tests.Infrastructure;
using static Modular.Tests.Roster.RosterTestKit;

namespace Modular.Tests.Roster;

/// <summary>Roster files as offices export them: CSV (UTF-8 BOM, GBK), .xlsx, every kind of bad cell, re-imports, and the export round trip.</summary>
public sealed class RosterImportTests(RosterHostFixture fixture) : IClassFixture<RosterHostFixture>
{
    private TestHost Host => fixture.Host;

    static RosterImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string Bater = IdNumber("15292219800501001");
    private static readonly string Wang = IdNumber("15292219900301002");

    /// <summary>Headers with the synonyms and the code_label cells of a real office export, plus one unknown column.</summary>
    private static string CleanCsv => $"""
        序号,姓名,性别,民族,出生年月,身份证号码,学历,党员类别,所在党支部,加入党组织日期,转为正式党员日期,工作岗位,联系电话,党籍状态,是否失联,是否流动,外出流向,人员状态,备注
        1,巴特尔,1_男,蒙古族,1980.05,{Bater},大学本科,223_正式党员,第一党支部,2005/7/1,2006/7/1,牧民,13812345678,正常,否,是,阿拉善左旗,在职,
        2,王芳,女,汉族,199003,{Wang},21_大专,预备党员,第二党支部,2023-06-30,,教师,13900001111,正常,否,否,,,
        3,乌日娜,女,蒙古族,29221,,高中,正式党员,第二党支部,20100701,2011年7月1日,嘎查长,,保留,是,否,,退休,备注文字
        """;

    private async Task<HttpClient> JurisdictionAsync(string code) => (await Host.BannerWithBranchesAsync(code)).Admin;

    private static async Task AssertImportedAsync(HttpResponseMessage response, int added, int updated)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal((added, updated), (json.GetProperty("added").GetInt32(), json.GetProperty("updated").GetInt32()));
    }

    private static void AssertCleanRoster(JsonElement[] people)
    {
        Assert.Equal(3, people.Length);
        var bater = people.Named("巴特尔");
        Assert.Equal(("男", "蒙古族", "1980-05-01", "Full", "2005-07-01", "2006-07-01"), (bater.GetProperty("gender").GetString(), bater.GetProperty("ethnicity").GetString(),
            bater.GetProperty("birthDate").GetString(), bater.GetProperty("category").GetString(), bater.GetProperty("joinedOn").GetString(), bater.GetProperty("fullMemberOn").GetString()));
        Assert.True(bater.GetProperty("isOutgoing").GetBoolean());
        Assert.Equal("阿拉善左旗", bater.GetProperty("whereabouts").GetString());
        Assert.Equal(Bater, bater.GetProperty("idNumber").GetString());
        var wang = people.Named("王芳");
        Assert.Equal(("1990-03-01", "Probationary", "大专", "第二党支部"), (wang.GetProperty("birthDate").GetString(), wang.GetProperty("category").GetString(), wang.GetProperty("education").GetString(), wang.GetProperty("organizationName").GetString()));
        var uriná = people.Named("乌日娜");
        Assert.Equal(("1980-01-01", "2010-07-01", "2011-07-01", "Retained"), (uriná.GetProperty("birthDate").GetString(), uriná.GetProperty("joinedOn").GetString(), uriná.GetProperty("fullMemberOn").GetString(), uriná.GetProperty("standing").GetString()));
        Assert.True(uriná.GetProperty("lostContact").GetBoolean());
        Assert.Equal(["Serving", "Unspecified", "Retired"], new[] { bater, wang, uriná }.Select(p => p.GetProperty("employment").GetString()));
    }

    [Fact]
    public async Task A_clean_utf8_csv_with_bom_imports_with_a_warning_for_the_unknown_column()
    {
        var admin = await JurisdictionAsync("csv-utf8");
        var response = await admin.ImportAsync("csv-utf8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CleanCsv)], "名册.csv");
        await AssertImportedAsync(response, 3, 0);
        Assert.Equal(["未识别的列“备注”已忽略。"], (await response.JsonAsync()).GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        AssertCleanRoster(await admin.PeopleAsync("csv-utf8"));
    }

    [Fact]
    public async Task A_clean_gbk_csv_imports_the_same()
    {
        var admin = await JurisdictionAsync("csv-gbk");
        await AssertImportedAsync(await admin.ImportAsync("csv-gbk", Encoding.GetEncoding("GBK").GetBytes(CleanCsv.Replace("\n", "\r\n")), "名册.csv"), 3, 0);
        AssertCleanRoster(await admin.PeopleAsync("csv-gbk"));
    }

    [Fact]
    public async Task A_clean_xls_from_an_older_excel_imports_the_same()
    {
        var admin = await JurisdictionAsync("xls-clean");
        var rows = CleanCsv.Split('\n').Select(l => (IReadOnlyList<string>)l.TrimEnd('\r').Split(',')).ToList();
        await AssertImportedAsync(await admin.ImportAsync("xls-clean", XlsWorkbook.Write(rows), "名册.xls"), 3, 0);
        AssertCleanRoster(await admin.PeopleAsync("xls-clean"));
    }

    [Fact]
    public async Task A_damaged_file_is_refused_as_a_whole_in_the_user_s_language_not_the_library_s_and_not_as_row_0()
    {
        var admin = await JurisdictionAsync("damaged");
        byte[] damagedXlsx = [.. "PK\u0003\u0004 not really a zip"u8], damagedXls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]];
        foreach (var (content, name) in new[] { (damagedXlsx, "名册.xlsx"), (damagedXls, "名册.xls") })
        {
            var chinese = await (await admin.ImportAsync("damaged", content, name)).JsonAsync();
            Assert.Equal(["无法读取文件：它不是有效的 Excel（.xlsx、.xls）或 CSV 文件，或已损坏。请在 Excel 中打开后另存为 .xlsx 再上传。"],
                chinese.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        }
        using (var english = new MultipartFormDataContent { { new ByteArrayContent(damagedXlsx), "file", "roster.xlsx" } })
        {
            var detail = (await (await admin.PostAsync("/api/j/damaged/people/import?culture=en", english)).JsonAsync()).GetProperty("detail").GetString()!;
            Assert.Contains("The file cannot be read: it is not a valid Excel (.xlsx, .xls) or CSV file, or it is damaged.", detail);
            Assert.DoesNotContain("无法", detail);
        }

        var browser = await Host.BrowserClientAsync("damaged-admin");
        var page = await browser.GetStringAsync("/j/damaged/people/import");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(damagedXlsx), "file", "名册.xlsx" } };
        form.Add(new StringContent(TestHost.AntiforgeryToken(page)), "__RequestVerificationToken");
        var refused = await (await browser.PostAsync("/j/damaged/people/import", form)).Content.ReadAsStringAsync();
        Assert.Contains("文件无法导入，未导入任何数据", refused);
        Assert.DoesNotContain("import-errors", refused); // no table with a "row 0"
        Assert.Empty(await admin.PeopleAsync("damaged"));
    }

    [Fact]
    public async Task A_clean_xlsx_with_shared_strings_and_a_date_cell_imports_the_same()
    {
        var admin = await JurisdictionAsync("xlsx-clean");
        var rows = CleanCsv.Split('\n').Select(l => l.TrimEnd('\r').Split(',')).ToList();
        await AssertImportedAsync(await admin.ImportAsync("xlsx-clean", Xlsx(rows), "名册.xlsx"), 3, 0);
        AssertCleanRoster(await admin.PeopleAsync("xlsx-clean"));
    }

    /// <summary>As Excel writes it: shared strings, numbers as numbers, the first birth date as a date serial.</summary>
    private static byte[] Xlsx(List<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetData = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var text = rows[r][c];
                    if (text.Length == 0) continue; // Excel leaves empty cells out
                    var reference = Modular.Organizations.RosterFile.ColumnName(c) + (r + 1);
                    if (r == 1 && c == 4) // 1980.05 as a real date cell: serial 29342 = 1980-05-01
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue("29342") });
                    else if (r > 0 && c == 0)
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(text), DataType = CellValues.Number });
                    else
                    {
                        strings.SharedStringTable.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue((strings.SharedStringTable.Count() - 1).ToString()), DataType = CellValues.SharedString });
                    }
                }
                sheetData.Append(row);
            }
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(sheetData);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "党员信息" }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    [Fact]
    public async Task Every_bad_cell_is_reported_with_row_column_and_reason_and_nothing_is_written()
    {
        var admin = await JurisdictionAsync("bad-cells");
        var csv = $"""
            姓名,性别,出生日期,身份证号码,人员类别,所在组织,入党时间,转正时间,是否失联
            巴特尔,男,1980-05-01,{Bater},正式党员,第一党支部,2011-13-01,,否
            王芳,女,1990-03-01,,正式党员,不存在的支部,2010-01-01,,否
            ,男,1970-01-01,,正式党员,第一党支部,2000-01-01,,否
            乌日娜,女,1985-01-01,,正式党员,第二党支部,2011-01-01,2010-01-01,否
            萨仁,女,1986-01-01,{Bater},正式党员,第二党支部,2011-01-01,,否
            李明,男,1987-01-01,,群众,第二党支部,2011-01-01,,否
            张三,男,1988-01-01,123,正式党员,第二党支部,2011-01-01,,否
            李四,男,1989-01-01,,正式党员,第二党支部,2011-01-01,,也许
            王芳,女,1990-03-01,,正式党员,第一党支部,2010-01-01,,否
            王芳,女,1990-03-01,,正式党员,第一党支部,2010-01-01,,否
            赵六,男,1980-02-30,,,第一党支部,,,
            """;
        var response = await admin.ImportAsync("bad-cells", Encoding.UTF8.GetBytes(csv), "bad.csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("名册有误，未导入任何数据。", problem.GetProperty("title").GetString());
        var messages = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        Assert.Equal(
        [
            "第2行，列“入党时间”：“2011-13-01”不是日期",
            "第3行，列“所在组织”：没有名为“不存在的支部”的组织",
            "第4行，列“姓名”：不能为空",
            "第5行，列“转正时间”：“2010-01-01”早于入党时间“2011-01-01”",
            $"第6行，列“身份证号码”：“{Bater}”与第2行重复",
            "第7行，列“人员类别”：“群众”不是人员类别（正式党员、预备党员）",
            "第8行，列“身份证号码”：“123”不是有效的身份证号码",
            "第9行，列“是否失联”：“也许”不是“是”或“否”",
            "第11行，列“姓名”：姓名、出生日期和所在组织与第10行相同（无身份证号码时以此识别党员）",
            "第12行，列“出生日期”：“1980-02-30”不是日期",
            "第12行，列“人员类别”：不能为空",
        ], messages);
        var first = problem.GetProperty("errors")[0];
        Assert.Equal((2, "入党时间"), (first.GetProperty("row").GetInt32(), first.GetProperty("column").GetString()));
        Assert.Empty(await admin.PeopleAsync("bad-cells"));

        var english = await admin.PostAsync("/api/j/bad-cells/people/import?culture=en", Multipart(Encoding.UTF8.GetBytes(csv)));
        Assert.Contains("row 2, column 入党时间: \"2011-13-01\" is not a date", (await english.JsonAsync()).GetProperty("detail").GetString());

        var missing = await admin.ImportAsync("bad-cells", Encoding.UTF8.GetBytes("序号,性别\n1,男\n"), "x.csv");
        Assert.Equal(["第1行：缺少必需的列“姓名”。", "第1行：缺少必需的列“人员类别”。", "第1行：缺少必需的列“所在组织”。"],
            (await missing.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));

        var browser = await Host.BrowserClientAsync("bad-cells-admin");
        var page = await browser.GetStringAsync("/j/bad-cells/people/import");
        using var form = Multipart(Encoding.UTF8.GetBytes(csv));
        form.Add(new StringContent(TestHost.AntiforgeryToken(page)), "__RequestVerificationToken");
        var preview = await (await browser.PostAsync("/j/bad-cells/people/import", form)).Content.ReadAsStringAsync();
        Assert.Contains("发现 11 处错误，未导入任何数据", preview);
        Assert.Contains("第2行，列“入党时间”：“2011-13-01”不是日期", preview);
        Assert.Empty(await admin.PeopleAsync("bad-cells"));
    }

    [Fact]
    public async Task The_employment_status_reads_the_words_offices_use_refuses_others_by_cell_and_filters_the_list()
    {
        var admin = await JurisdictionAsync("employment");
        var bad = """
            姓名,出生日期,人员类别,所在组织,在职状态
            巴特尔,1980-05-01,正式党员,第一党支部,在逃
            """;
        var refused = await admin.ImportAsync("employment", Encoding.UTF8.GetBytes(bad), "bad.csv");
        Assert.Equal(["第2行，列“在职状态”：“在逃”不是在职状态（在职、离退休、无职业）"],
            (await refused.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        Assert.Empty(await admin.PeopleAsync("employment"));

        var csv = """
            姓名,出生日期,人员类别,所在组织,在职状态
            巴特尔,1980-05-01,正式党员,第一党支部,在岗
            王芳,1990-03-01,正式党员,第一党支部,离休
            乌日娜,1985-01-01,正式党员,第二党支部,离退休党员
            萨仁,1996-01-01,预备党员,第二党支部,学生
            李明,1987-01-01,正式党员,第二党支部,
            """;
        await AssertImportedAsync(await admin.ImportAsync("employment", Encoding.UTF8.GetBytes(csv), "a.csv"), 5, 0);
        var people = await admin.PeopleAsync("employment");
        Assert.Equal(["Serving", "Retired", "Retired", "NotWorking", "Unspecified"],
            new[] { "巴特尔", "王芳", "乌日娜", "萨仁", "李明" }.Select(n => people.Named(n).GetProperty("employment").GetString()));
        Assert.Equal(["乌日娜", "王芳"], (await admin.PeopleAsync("employment", "?employment=离退休")).Select(p => p.GetProperty("name").GetString()).Order());

        // An edit names it too; a wrong word is refused by field.
        var li = people.Named("李明");
        var url = $"/api/j/employment/people/{li.GetProperty("id").GetInt64()}";
        var wrong = await admin.PutAsJsonAsync(url, new { name = "李明", category = "Full", employment = "打工", version = li.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("employment", await wrong.Content.ReadAsStringAsync());
        var edited = await admin.PutAsJsonAsync(url, new { name = "李明", category = "Full", birthDate = "1987-01-01", employment = "Serving", version = li.GetProperty("version").GetInt32() });
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());
        Assert.Equal("Serving", (await admin.PeopleAsync("employment", "?name=李明")).Single().GetProperty("employment").GetString());

        var export = await admin.GetStringAsync("/api/j/employment/people/export?format=csv");
        Assert.Contains(",在职状态", export.Split('\n')[0]);
        Assert.Contains(",离退休", export);
    }

    private static MultipartFormDataContent Multipart(byte[] content)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", "roster.csv");
        return form;
    }

    [Fact]
    public async Task A_re_import_updates_people_by_id_number_or_name_birth_date_and_organization_instead_of_duplicating()
    {
        var admin = await JurisdictionAsync("reimport");
        await AssertImportedAsync(await admin.ImportAsync("reimport", Encoding.UTF8.GetBytes(CleanCsv), "a.csv"), 3, 0);
        var before = await admin.PeopleAsync("reimport");

        // 巴特尔 moves to 第二党支部 (matched by ID number: a transfer is recorded); 乌日娜 has no ID number but the same name,
        // birth date and branch; a newcomer is added. No phone column: phones stay as they were.
        var again = $"""
            姓名,出生日期,身份证号码,人员类别,所在组织,工作岗位
            巴特尔,1980-05-01,{Bater},正式党员,第二党支部,嘎查书记
            乌日娜,1980-01-01,,正式党员,第二党支部,退休
            新人,1995-01-01,,预备党员,第一党支部,
            """;
        await AssertImportedAsync(await admin.ImportAsync("reimport", Encoding.UTF8.GetBytes(again), "b.csv"), 1, 2);
        var after = await admin.PeopleAsync("reimport");
        Assert.Equal(4, after.Length);
        var bater = after.Named("巴特尔");
        Assert.Equal(before.Named("巴特尔").GetProperty("id").GetInt64(), bater.GetProperty("id").GetInt64());
        Assert.Equal(("第二党支部", "嘎查书记", "13812345678"), (bater.GetProperty("organizationName").GetString(), bater.GetProperty("post").GetString(), bater.GetProperty("phone").GetString()));
        Assert.Equal("退休", after.Named("乌日娜").GetProperty("post").GetString());
        Assert.Equal("Retired", after.Named("乌日娜").GetProperty("employment").GetString());   // no 在职状态 column: kept
        var transfers = (await admin.GetFromJsonAsync<JsonElement>($"/api/j/reimport/people/{bater.GetProperty("id").GetInt64()}")).GetProperty("transfers");
        Assert.Equal("第一党支部", Assert.Single(transfers.EnumerateArray()).GetProperty("fromOrganization").GetString());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task An_export_re_imports_cleanly(string format)
    {
        var code = "roundtrip-" + format;
        var admin = await JurisdictionAsync(code);
        await AssertImportedAsync(await admin.ImportAsync(code, Encoding.UTF8.GetBytes(CleanCsv), "a.csv"), 3, 0);
        var before = await admin.PeopleAsync(code);

        var export = await admin.GetAsync($"/api/j/{code}/people/export?format={format}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        if (format == "csv")
        {
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            Assert.StartsWith("序号,姓名,性别,民族,出生日期,身份证号码", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        }

        await AssertImportedAsync(await admin.ImportAsync(code, bytes, "export." + format), 0, 3);
        var after = await admin.PeopleAsync(code);
        static string Comparable(JsonElement p) { var d = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(p)!; d.Remove("version"); return JsonSerializer.Serialize(d); }
        Assert.Equal(before.Select(Comparable), after.Select(Comparable));
    }
}
