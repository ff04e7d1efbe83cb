using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Modular.Audit;
using Modular.Identity;
using Modular.Organizations;
using Modular.Sdk;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Roster;

/// <summary>A host with the test plugin, which hears the roster's integration events (organizations moved).</summary>
public sealed class OrganizationImportHost() : SharedTestHost(["test-good"]);

/// <summary>
/// The organization file through the API and the page, on real PostgreSQL: the encodings and .xlsx, every kind of bad
/// cell with nothing written, cycles with the tree already there, re-imports that move, the export round trip, the
/// template, and secretaries named from the roster or kept pending.
/// </summary>
public sealed class OrganizationImportTests(OrganizationImportHost shared) : IClassFixture<OrganizationImportHost>, IAsyncLifetime
{
    private TestHost _host = null!;

    static OrganizationImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task InitializeAsync() => _host = await shared.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A jurisdiction with the test plugin on (it records the events it hears) and its admin's API client.</summary>
    private async Task<(HttpClient Admin, int Id)> JurisdictionAsync(string code)
    {
        var jurisdiction = await _host.CreateJurisdictionAsync(code, code + "旗", "test-good");
        return (await _host.ApiClientAsync(code + "-admin"), jurisdiction.Id);
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient api, string code, byte[] content, string fileName, string query = "")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx") ? OrganizationExporter.XlsxType : "text/csv");
        form.Add(file, "file", fileName);
        return await api.PostAsync($"/api/j/{code}/organizations/import{query}", form);
    }

    private static async Task<JsonElement> ImportedAsync(HttpClient api, string code, byte[] content, string fileName)
    {
        var response = await ImportAsync(api, code, content, fileName);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static (int Added, int Updated, int Unchanged) Counts(JsonElement answer) =>
        (answer.GetProperty("added").GetInt32(), answer.GetProperty("updated").GetInt32(), answer.GetProperty("unchanged").GetInt32());

    private static byte[] Utf8(string csv, bool bom = false) => [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(csv)];

    private static async Task<Dictionary<string, JsonElement>> TreeAsync(HttpClient api, string code) =>
        (await api.GetItemsAsync($"/api/j/{code}/organizations")).ToDictionary(o => o.GetProperty("code").GetString()!);

    private static string? ParentCode(Dictionary<string, JsonElement> tree, string code) =>
        tree[code].GetProperty("parentId") is { ValueKind: JsonValueKind.Number } p ? tree.Values.Single(o => o.GetProperty("id").GetInt64() == p.GetInt64()).GetProperty("code").GetString() : null;

    private Task<long> CountAsync(string table, int jurisdiction) =>
        Sql.ScalarAsync<long>(_host.ConnectionString, $"SELECT count(*) FROM {table} WHERE jurisdiction_id = {jurisdiction}");

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(int jurisdiction, string entity) =>
        (await _host.App.Services.GetRequiredService<AuditLog>().SearchAsync(jurisdiction, new AuditFilter { Entity = entity, PageSize = PageRequest.MaxSize })).Items;

    private static async Task<string[]> HeardAsync(HttpClient api, string code) => (await api.GetFromJsonAsync<string[]>($"/api/j/{code}/test-good/heard"))!;

    /// <summary>A small tree as an office writes it: children before their parents, code_label kinds, synonyms in the headers.</summary>
    private const string Tree = """
        党组织编号,党组织名称,组织类型,上级党组织,书记,联系人,成立日期,所属领域
        B1,第一党支部,631_党支部,T1,,巴特尔,2005/7/1,嘎查
        B2,第二党支部,632_联合党支部,巴丹吉林镇党委,,,2011年7月1日,
        T1,巴丹吉林镇党委,6_党委,,,"张三, 0483-1234567",2001.07,苏木镇/乡镇
        """;

    private static void AssertTree(Dictionary<string, JsonElement> tree)
    {
        Assert.Equal(["B1", "B2", "T1"], tree.Keys.Order());
        Assert.Equal(("T1", "T1", (string?)null), (ParentCode(tree, "B1"), ParentCode(tree, "B2"), ParentCode(tree, "T1")));
        Assert.Equal(("Branch", "Branch", "PartyCommittee"), (tree["B1"].GetProperty("kind").GetString(), tree["B2"].GetProperty("kind").GetString(), tree["T1"].GetProperty("kind").GetString()));
        Assert.Equal(("Village", "2005-07-01", "巴特尔"), (tree["B1"].GetProperty("sector").GetString(), tree["B1"].GetProperty("establishedOn").GetString(), tree["B1"].GetProperty("contact").GetString()));
        Assert.Equal("2011-07-01", tree["B2"].GetProperty("establishedOn").GetString());
        Assert.Equal(("Township", "2001-07-01", "张三, 0483-1234567"), (tree["T1"].GetProperty("sector").GetString(), tree["T1"].GetProperty("establishedOn").GetString(), tree["T1"].GetProperty("contact").GetString()));
    }

    [Fact]
    public async Task A_utf8_csv_with_a_bom_adds_the_tree_parents_first_whatever_the_row_order()
    {
        var (admin, _) = await JurisdictionAsync("oi-bom");
        var answer = await ImportedAsync(admin, "oi-bom", Utf8(Tree, bom: true), "组织.csv");
        Assert.Equal((3, 0, 0), Counts(answer));
        Assert.Empty(answer.GetProperty("moved").EnumerateArray());
        AssertTree(await TreeAsync(admin, "oi-bom"));
    }

    [Fact]
    public async Task A_gb18030_csv_imports_the_same_with_characters_beyond_gbk()
    {
        var (admin, _) = await JurisdictionAsync("oi-gb");
        // 𠮷 (U+20BB7) is four bytes in GB18030 and not in GBK at all.
        var csv = (Tree + "\nB3,𠮷嘎查党支部,党支部,T1,,,,\n").Replace("\n", "\r\n");
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(csv);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));
        Assert.Equal((4, 0, 0), Counts(await ImportedAsync(admin, "oi-gb", bytes, "组织.csv")));
        var tree = await TreeAsync(admin, "oi-gb");
        Assert.Equal("𠮷嘎查党支部", tree["B3"].GetProperty("name").GetString());
        tree.Remove("B3");
        AssertTree(tree);
    }

    [Fact]
    public async Task An_xlsx_as_excel_writes_it_with_numbers_and_date_serials_imports_the_same()
    {
        var (admin, _) = await JurisdictionAsync("oi-xlsx");
        var table = RosterFile.ReadCsv(Tree);
        var rows = new List<string[]> { table.Headers.ToArray() };
        rows.AddRange(table.Rows.Select(r => r.Cells));
        rows[1][6] = "38534"; // 2005-07-01 as the date cell Excel stores
        Assert.Equal((3, 0, 0), Counts(await ImportedAsync(admin, "oi-xlsx", ExcelXlsx(rows, numbers: [(1, 6)]), "组织.xlsx")));
        AssertTree(await TreeAsync(admin, "oi-xlsx"));
    }

    /// <summary>As Excel writes a sheet: shared strings, and numbers (a date is its serial) in the cells named.</summary>
    private static byte[] ExcelXlsx(List<string[]> rows, (int Row, int Column)[] numbers)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c].Length == 0) continue;
                    var reference = RosterFile.ColumnName(c) + (r + 1);
                    if (numbers.Contains((r, c))) row.Append(new Cell { CellReference = reference, CellValue = new CellValue(rows[r][c]) });
                    else
                    {
                        strings.SharedStringTable.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(rows[r][c])));
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue((strings.SharedStringTable.Count() - 1).ToString()), DataType = CellValues.SharedString });
                    }
                }
                data.Append(row);
            }
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "组织" }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    [Fact]
    public async Task One_bad_row_writes_nothing_and_every_bad_cell_is_named_in_both_languages()
    {
        var (admin, id) = await JurisdictionAsync("oi-bad");
        await ImportedAsync(admin, "oi-bad", Utf8("""
            组织编号,组织名称,组织类别,上级组织
            T1,甲镇党委,党委,
            C1,第一党支部,党支部,T1
            C2,第一党支部,党支部,T1
            """), "a.csv");
        async Task<(long, long, long, int)> StateAsync() => (await CountAsync("roster.organizations", id), await CountAsync("roster.officers", id),
            await CountAsync("audit.entries", id), (await HeardAsync(admin, "oi-bad")).Length);
        var before = await StateAsync();

        var csv = """
            组织编号,组织名称,组织类别,上级组织,书记,建立日期
            N1,乙镇党委,党委,,乌云,2011-07-01
            C1,第一党支部,党支部,N1,,
            N2,第三党支部,党小组,N1,,2011-13-01
            N3,第四党支部,党支部,第一党支部,,
            N4,第五党支部,党支部,丙镇党委,,
            N1,重复党委,党委,,,
            N5,,党支部,N5,,
            """;
        var response = await ImportAsync(admin, "oi-bad", Utf8(csv), "b.csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("组织文件有误，未导入任何数据。", problem.GetProperty("title").GetString());
        Assert.Equal(
        [
            "第4行，列“组织类别”：“党小组”不是组织类别（党委、党总支、党支部、党组、领导小组、领导小组办公室、指导检查组）",
            "第4行，列“建立日期”：“2011-13-01”不是日期",
            "第5行，列“上级组织”：有 2 个组织名为“第一党支部”（编号 C1、C2），请填写上级组织的编号",
            "第6行，列“上级组织”：没有编号或名称为“丙镇党委”的组织（顶级组织此格留空）",
            "第7行，列“组织编号”：“N1”与第2行重复",
            "第8行，列“组织名称”：不能为空",
            "第8行，列“上级组织”：组织不能是自己的上级组织",
        ], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        var date = problem.GetProperty("errors")[1];
        Assert.Equal((4, "建立日期", "2011-13-01"), (date.GetProperty("row").GetInt32(), date.GetProperty("column").GetString(), date.GetProperty("value").GetString()));
        Assert.Equal(7, problem.GetProperty("errorCount").GetInt32());
        Assert.Equal(before, await StateAsync()); // not N1, not C1's move, not 乌云 as pending: nothing

        var english = await ImportAsync(admin, "oi-bad", Utf8(csv), "b.csv", "?culture=en");
        var detail = (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("row 4, column 建立日期: \"2011-13-01\" is not a date", detail);
        Assert.Contains("row 5, column 上级组织: 2 organizations are named \"第一党支部\" (codes C1, C2); give the parent's code", detail);

        var missing = await ImportAsync(admin, "oi-bad", Utf8("组织名称,上级组织\n甲,\n"), "c.csv");
        Assert.Equal(["第1行：缺少必需的列“组织编号”。", "第1行：缺少必需的列“组织类别”。"],
            (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task A_cycle_in_the_file_or_with_the_tree_already_there_is_refused()
    {
        var (admin, _) = await JurisdictionAsync("oi-cycle");
        await ImportedAsync(admin, "oi-cycle", Utf8("""
            组织编号,组织名称,组织类别,上级组织
            T1,甲镇党委,党委,
            G1,甲镇党总支,党总支,T1
            B1,第一党支部,党支部,G1
            """), "a.csv");
        var before = await TreeAsync(admin, "oi-cycle");

        // The town under its own branch (which the file does not mention): T1 → B1 → G1 → T1.
        var withTree = await ImportAsync(admin, "oi-cycle", Utf8("组织编号,组织名称,组织类别,上级组织\nT1,甲镇党委,党委,第一党支部\n"), "b.csv");
        Assert.Equal(HttpStatusCode.BadRequest, withTree.StatusCode);
        Assert.Equal(["第2行，列“上级组织”：“第一党支部”会使组织形成循环：T1 → B1 → G1 → T1"],
            (await withTree.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));

        var inFile = await ImportAsync(admin, "oi-cycle", Utf8("""
            组织编号,组织名称,组织类别,上级组织
            X1,乙,党委,X2
            X2,丙,党委,X1
            """), "c.csv");
        Assert.Equal(["第2行，列“上级组织”：“X2”会使组织形成循环：X1 → X2 → X1", "第3行，列“上级组织”：“X1”会使组织形成循环：X1 → X2 → X1"],
            (await inFile.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));

        var after = await TreeAsync(admin, "oi-cycle");
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before.Keys, code => Assert.Equal(ParentCode(before, code), ParentCode(after, code)));
        Assert.Empty(await HeardAsync(admin, "oi-cycle"));
    }

    [Fact]
    public async Task A_re_import_updates_by_code_with_the_columns_it_has_moves_with_an_event_and_audit_and_leaves_the_rest_alone()
    {
        var (admin, id) = await JurisdictionAsync("oi-move");
        await ImportedAsync(admin, "oi-move", Utf8(Tree + "\nX1,另一镇党委,党委,,,王五,,\n"), "a.csv");
        var tree = await TreeAsync(admin, "oi-move");
        var (t1, b1, b2) = (tree["T1"].GetProperty("id").GetInt64(), tree["B1"].GetProperty("id").GetInt64(), tree["B2"].GetProperty("id").GetInt64());

        // B2 goes under B1, named by its new name (written after it); B1 is renamed; B3 is new; T1 is as it was. No 联系人 or
        // 所属领域 column: contacts and sectors stay. X1 is not in the file: left alone.
        var answer = await ImportedAsync(admin, "oi-move", Utf8("""
            组织编号,组织名称,组织类别,上级组织
            B2,第二党支部,党支部,第一嘎查党支部
            B1,第一嘎查党支部,党支部,T1
            B3,第三党支部,党支部,B1
            T1,巴丹吉林镇党委,党委,
            """), "b.csv");

        Assert.Equal((1, 2, 1), Counts(answer));
        var moved = Assert.Single(answer.GetProperty("moved").EnumerateArray());
        Assert.Equal((2, "B2", "T1", "B1"), (moved.GetProperty("row").GetInt32(), moved.GetProperty("code").GetString(), moved.GetProperty("fromParentCode").GetString(), moved.GetProperty("toParentCode").GetString()));
        Assert.Equal([$"oi-move: moved {b2} {t1}->{b1}"], await HeardAsync(admin, "oi-move"));

        var after = await TreeAsync(admin, "oi-move");
        Assert.Equal(5, after.Count);
        Assert.Equal(("B1", "B1", "第一嘎查党支部"), (ParentCode(after, "B2"), ParentCode(after, "B3"), after["B1"].GetProperty("name").GetString()));
        Assert.Equal(("巴特尔", "张三, 0483-1234567", "王五"), (after["B1"].GetProperty("contact").GetString(), after["T1"].GetProperty("contact").GetString(), after["X1"].GetProperty("contact").GetString()));
        Assert.Equal(("Village", "Township"), (after["B1"].GetProperty("sector").GetString(), after["T1"].GetProperty("sector").GetString()));

        var entries = await AuditAsync(id, "roster.organizations");
        var move = Assert.Single(entries, e => e.Action == AuditAction.Update && e.EntityKey == $"{id}/{b2}");
        Assert.Equal(("oi-move-admin", t1, b1), (move.UserName, move.Before!.Value.GetProperty("parent_id").GetInt64(), move.After!.Value.GetProperty("parent_id").GetInt64()));
        Assert.Equal((1, 2), (move.Before.Value.GetProperty("version").GetInt32(), move.After.Value.GetProperty("version").GetInt32()));
        var rename = Assert.Single(entries, e => e.Action == AuditAction.Update && e.EntityKey == $"{id}/{b1}");
        Assert.Equal(("第一党支部", "第一嘎查党支部"), (rename.Before!.Value.GetProperty("name").GetString(), rename.After!.Value.GetProperty("name").GetString()));
        Assert.Single(entries, e => e.Action == AuditAction.Insert && e.After!.Value.GetProperty("code").GetString() == "B3");
        Assert.DoesNotContain(entries, e => e.Action == AuditAction.Update && e.EntityKey == $"{id}/{t1}");
    }

    private static async Task<long> PersonAsync(HttpClient api, string code, string name, long organizationId)
    {
        var response = await api.PostAsJsonAsync($"/api/j/{code}/people", new { name, organizationId, category = "正式党员", birthDate = "1980-05-01" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task<long[]> SecretariesAsync(HttpClient api, string code, long organizationId) =>
        [.. (await api.GetFromJsonAsync<JsonElement>($"/api/j/{code}/organizations/{organizationId}")).GetProperty("officers").EnumerateArray()
            .Where(o => o.GetProperty("post").GetString() == "Secretary").Select(o => o.GetProperty("personId").GetInt64())];

    [Fact]
    public async Task Secretaries_are_named_from_the_roster_or_kept_pending_then_matched_when_the_member_is_there()
    {
        var (admin, id) = await JurisdictionAsync("oi-sec");
        var first = await ImportedAsync(admin, "oi-sec", Utf8("""
            组织编号,组织名称,组织类别,上级组织,书记
            T1,甲镇党委,党委,,乌云
            B1,第一党支部,党支部,T1,巴特尔
            B2,第二党支部,党支部,T1,王芳
            B3,第三党支部,党支部,T1,萨仁
            """), "a.csv");
        // A new organization has no members: nobody on the roster yet, so all four are kept by name.
        Assert.Equal(0, first.GetProperty("secretariesNamed").GetInt32());
        Assert.Equal(["乌云", "巴特尔", "王芳", "萨仁"], first.GetProperty("pendingSecretaries").EnumerateArray().Select(p => p.GetProperty("secretary").GetString()));
        Assert.Contains("第2行，列“书记”：名册中没有名为“乌云”的党员，已记为待匹配书记。", first.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        var tree = await TreeAsync(admin, "oi-sec");
        long Org(string code) => tree[code].GetProperty("id").GetInt64();
        Assert.Equal("萨仁", tree["B3"].GetProperty("pendingSecretaryName").GetString());

        // The organization page shows the pending name; the export writes it, so a re-import changes nothing.
        var browser = await _host.BrowserClientAsync("oi-sec-admin");
        Assert.Contains("书记（待匹配）：乌云", await browser.GetStringAsync($"/j/oi-sec/organizations/{Org("T1")}"));

        var wuyun = await PersonAsync(admin, "oi-sec", "乌云", Org("T1"));
        var bater = await PersonAsync(admin, "oi-sec", "巴特尔", Org("B1"));
        await PersonAsync(admin, "oi-sec", "巴特尔", Org("B2")); // another of that name: B1's own member is still the one
        var wang = await PersonAsync(admin, "oi-sec", "王芳", Org("B1")); // not in B2, but the only one in the jurisdiction
        await PersonAsync(admin, "oi-sec", "萨仁", Org("T1"));
        await PersonAsync(admin, "oi-sec", "萨仁", Org("B1")); // two, neither in B3: still pending

        var match = await admin.PostAsync("/api/j/oi-sec/organizations/pending-secretaries/match", null);
        Assert.Equal(HttpStatusCode.OK, match.StatusCode);
        var matches = (await match.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!);
        Assert.Equal((wuyun, bater, wang), (matches["T1"].GetProperty("personId").GetInt64(), matches["B1"].GetProperty("personId").GetInt64(), matches["B2"].GetProperty("personId").GetInt64()));
        Assert.Equal("名册中有 2 名党员名为“萨仁”，且都不在本组织", matches["B3"].GetProperty("problem").GetString());
        Assert.Equal([wuyun], await SecretariesAsync(admin, "oi-sec", Org("T1")));
        Assert.Equal([bater], await SecretariesAsync(admin, "oi-sec", Org("B1")));
        Assert.Equal([wang], await SecretariesAsync(admin, "oi-sec", Org("B2")));
        tree = await TreeAsync(admin, "oi-sec");
        Assert.Equal(JsonValueKind.Null, tree["T1"].GetProperty("pendingSecretaryName").ValueKind);

        // The same file again: the named secretaries read as they are, 萨仁 is tried again and still pending. No change.
        var again = await ImportedAsync(admin, "oi-sec", Utf8("""
            组织编号,组织名称,组织类别,上级组织,书记
            T1,甲镇党委,党委,,乌云
            B1,第一党支部,党支部,T1,巴特尔
            B2,第二党支部,党支部,T1,王芳
            B3,第三党支部,党支部,T1,萨仁
            """), "b.csv");
        Assert.Equal((0, 0, 4), Counts(again));
        Assert.Equal(["萨仁"], again.GetProperty("pendingSecretaries").EnumerateArray().Select(p => p.GetProperty("secretary").GetString()));

        // A file naming another secretary replaces the one there; a blank cell leaves the appointed one.
        var other = await PersonAsync(admin, "oi-sec", "李明", Org("B1"));
        var replaced = await ImportedAsync(admin, "oi-sec", Utf8("组织编号,组织名称,组织类别,书记\nB1,第一党支部,党支部,李明\nT1,甲镇党委,党委,\n"), "c.csv");
        Assert.Equal((0, 1, 1), Counts(replaced));
        Assert.Equal([other], await SecretariesAsync(admin, "oi-sec", Org("B1")));
        Assert.Equal([wuyun], await SecretariesAsync(admin, "oi-sec", Org("T1")));

        // Appointing a secretary on the organization's page (here the API) settles a pending name.
        var sarens = (await admin.GetItemsAsync($"/api/j/oi-sec/people?organizationId={Org("T1")}")).Where(p => p.GetProperty("name").GetString() == "萨仁").ToList();
        var appoint = await admin.PutAsJsonAsync($"/api/j/oi-sec/organizations/{Org("B3")}/officers", new { personId = sarens[0].GetProperty("id").GetInt64(), post = "书记" });
        Assert.True(appoint.IsSuccessStatusCode);
        Assert.Equal(JsonValueKind.Null, (await TreeAsync(admin, "oi-sec"))["B3"].GetProperty("pendingSecretaryName").ValueKind);
        var none = await admin.PostAsync("/api/j/oi-sec/organizations/pending-secretaries/match", null);
        Assert.Equal(0, (await none.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Equal(4, await CountAsync("roster.officers", id));
    }

    [Fact]
    public async Task An_export_re_imports_with_no_change_as_xlsx_and_as_csv()
    {
        var (admin, id) = await JurisdictionAsync("oi-trip");
        await ImportedAsync(admin, "oi-trip", Utf8(""""
            组织编号,组织名称,组织类别,上级组织,书记,联系人,建立日期,所属领域
            001,旗委,党委,,,"王五,""办公室""",1990-01-01,机关
            010,巴丹吉林镇党委,党委,001,乌云,=0483+1234567,2001-07-01,苏木镇/乡镇
            011,第一党支部,党支部,010,萨仁,+86 139 0000 0000,,嘎查/农村
            012,第一党支部,党总支,010,,,,社区
            020,领导小组,领导小组,,,,,
            021,领导小组办公室,领导小组办公室,020,,,,
            """"), "a.csv");
        var town = (await TreeAsync(admin, "oi-trip"))["010"].GetProperty("id").GetInt64();
        await PersonAsync(admin, "oi-trip", "乌云", town);
        await admin.PostAsync("/api/j/oi-trip/organizations/pending-secretaries/match", null); // 乌云 named; 萨仁 stays pending
        var before = await TreeAsync(admin, "oi-trip");
        var audited = await CountAsync("audit.entries", id);

        foreach (var format in new[] { "xlsx", "csv" })
        {
            var export = await admin.GetAsync($"/api/j/oi-trip/organizations/export?format={format}");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            var bytes = await export.Content.ReadAsByteArrayAsync();
            if (format == "csv")
            {
                Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
                Assert.StartsWith("组织编号,组织名称,组织类别,上级组织,书记,联系人,建立日期,所属领域\r\n001,旗委,党委,,,", Encoding.UTF8.GetString(bytes[3..]));
                Assert.Contains("010,巴丹吉林镇党委,党委,001,乌云,", Encoding.UTF8.GetString(bytes[3..]));
            }
            var answer = await ImportedAsync(admin, "oi-trip", bytes, "组织信息." + format);
            Assert.Equal((0, 0, 6), Counts(answer));
            Assert.Equal(["萨仁"], answer.GetProperty("pendingSecretaries").EnumerateArray().Select(p => p.GetProperty("secretary").GetString()));
        }

        var after = await TreeAsync(admin, "oi-trip");
        Assert.Equal(before.ToDictionary(b => b.Key, b => b.Value.GetRawText()), after.ToDictionary(a => a.Key, a => a.Value.GetRawText()));
        Assert.Equal("=0483+1234567", after["010"].GetProperty("contact").GetString());
        // Not one row written: the log grew by the two exports' download entries alone.
        Assert.Equal(audited + 2, await CountAsync("audit.entries", id));
        Assert.Equal(2, (await AuditAsync(id, "download")).Count(e => e.EntityKey == "组织信息"));
        Assert.Empty(await HeardAsync(admin, "oi-trip"));
    }

    [Fact]
    public async Task The_template_downloads_from_the_api_and_the_page_and_imports_nothing()
    {
        var (admin, id) = await JurisdictionAsync("oi-tpl");
        var template = await admin.GetAsync("/api/j/oi-tpl/organizations/template");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal(OrganizationExporter.XlsxType, template.Content.Headers.ContentType!.MediaType);
        var bytes = await template.Content.ReadAsByteArrayAsync();
        var table = RosterFile.ReadXlsx(bytes, new UploadLimits());
        Assert.Equal(["组织编号", "组织名称", "组织类别", "上级组织", "书记", "联系人", "建立日期", "所属领域"], table.Headers);
        Assert.Equal(2, table.Rows.Count);

        var answer = await ImportedAsync(admin, "oi-tpl", bytes, "组织信息模板.xlsx");
        Assert.Equal((0, 0, 0), Counts(answer));
        Assert.Equal(["第2行是示例或说明，已跳过。", "第3行是示例或说明，已跳过。"], answer.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(0, await CountAsync("roster.organizations", id));

        var browser = await _host.BrowserClientAsync("oi-tpl-admin");
        var page = await browser.GetStringAsync("/j/oi-tpl/organizations/import");
        Assert.Contains("href=\"/j/oi-tpl/organizations/import?handler=Template\"", page);
        var fromPage = await browser.GetAsync("/j/oi-tpl/organizations/import?handler=Template");
        Assert.Equal(HttpStatusCode.OK, fromPage.StatusCode);
        Assert.Equal(OrganizationExporter.XlsxType, fromPage.Content.Headers.ContentType!.MediaType);
        foreach (var format in new[] { "xlsx", "csv" })
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/j/oi-tpl/organizations/import?handler=Export&format={format}")).StatusCode);
    }

    [Fact]
    public async Task Only_the_jurisdiction_s_admins_import_export_and_download_the_template()
    {
        var (_, id) = await JurisdictionAsync("oi-auth");
        await _host.CreateUserAsync(id, "oi-auth-member", Roles.Member);
        var member = await _host.ApiClientAsync("oi-auth-member");
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(member, "oi-auth", Utf8(Tree), "a.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/j/oi-auth/organizations/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/j/oi-auth/organizations/template")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync("/api/j/oi-auth/organizations/pending-secretaries/match", null)).StatusCode);
        Assert.Equal(0, await CountAsync("roster.organizations", id));

        var browser = await _host.BrowserClientAsync("oi-auth-member");
        Assert.DoesNotContain("/organizations/import", await browser.GetStringAsync("/j/oi-auth/organizations"));
    }

    [Fact]
    public async Task The_page_shows_every_bad_cell_with_its_value_then_the_outcome_in_either_language()
    {
        var (admin, _) = await JurisdictionAsync("oi-page");
        var browser = await _host.BrowserClientAsync("oi-page-admin");
        Assert.Contains("href=\"/j/oi-page/organizations/import\"", await browser.GetStringAsync("/j/oi-page/organizations"));

        async Task<HttpResponseMessage> UploadAsync(string csv, string query = "")
        {
            var form = await browser.GetStringAsync("/j/oi-page/organizations/import" + query);
            using var multipart = new MultipartFormDataContent
            {
                { new StringContent(TestHost.AntiforgeryToken(form)), "__RequestVerificationToken" },
                { new ByteArrayContent(Utf8(csv)), "file", "组织.csv" },
            };
            var response = await browser.PostAsync("/j/oi-page/organizations/import" + query, multipart);
            await response.Content.LoadIntoBufferAsync();
            return response;
        }

        var refused = await UploadAsync("组织编号,组织名称,组织类别,建立日期\nT1,甲镇党委,党委,2011-13-01\n");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("发现 1 处错误，未导入任何数据", html);
        Assert.Contains("<td data-label=\"内容\">2011-13-01</td>", html);
        Assert.Contains("第2行，列“建立日期”：“2011-13-01”不是日期", html);

        var english = await (await UploadAsync("组织编号,组织名称,组织类别,建立日期\nT1,甲镇党委,党委,2011-13-01\n", "?culture=en")).Content.ReadAsStringAsync();
        Assert.Contains("row 2, column 建立日期: \"2011-13-01\" is not a date", System.Net.WebUtility.HtmlDecode(english));

        var imported = await UploadAsync(Tree);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("导入完成：新增 3 个组织，更新 0 个（其中移动 0 个），0 个无变化", await imported.Content.ReadAsStringAsync());
        var moved = await (await UploadAsync("组织编号,组织名称,组织类别,上级组织,书记\nB2,第二党支部,党支部,B1,赵六\n")).Content.ReadAsStringAsync();
        Assert.Contains("其中移动 1 个", moved);
        Assert.Contains("class=\"data cards moved\"", moved);
        Assert.Contains("<td data-label=\"待匹配书记\">赵六</td>", moved);
        Assert.Equal("B1", ParentCode(await TreeAsync(admin, "oi-page"), "B2"));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_organization_file_endpoints()
    {
        var json = await _host.Anonymous.GetStringAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        var import = paths.GetProperty("/api/j/{jurisdiction}/organizations/import").GetProperty("post");
        Assert.Contains("multipart/form-data", import.GetProperty("summary").GetString());
        Assert.True(import.GetProperty("responses").TryGetProperty("400", out _));
        Assert.Contains("format=xlsx", paths.GetProperty("/api/j/{jurisdiction}/organizations/export").GetProperty("get").GetProperty("summary").GetString());
        Assert.True(paths.TryGetProperty("/api/j/{jurisdiction}/organizations/template", out _));
        Assert.True(paths.TryGetProperty("/api/j/{jurisdiction}/organizations/pending-secretaries/match", out _));
    }
}
