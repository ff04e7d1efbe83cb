using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Modular.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Modular.Tests.Roster;

/// <summary>Alone, so that the process's allocation counter measures the host's work on one upload and nothing else.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAlone
{
    public const string Name = "measured alone";
}

/// <summary>
/// Crafted uploads that once took the host's memory or minutes (a zip bomb, a cell at column ZZZZZ, a huge CSV of bad
/// rows, an over-size body) are refused quickly with a 4xx saying why, in Chinese by default, while the host allocates little.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class UploadLimitTests(RosterHostFixture fixture, ITestOutputHelper output) : IClassFixture<RosterHostFixture>
{
    private TestHost Host => fixture.Host;
    private const long MB = 1024 * 1024;

    /// <summary>What one request cost the process: its answer, the bytes allocated meanwhile, and the time.</summary>
    private async Task<(HttpResponseMessage Response, long Allocated, TimeSpan Elapsed)> MeasureAsync(Func<Task<HttpResponseMessage>> send)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var response = await send();
        await response.Content.LoadIntoBufferAsync();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"{(int)response.StatusCode} in {watch.Elapsed.TotalSeconds:F2} s, {allocated / (double)MB:F1} MB allocated");
        return (response, allocated, watch.Elapsed);
    }

    private static async Task<string> ProblemDetailAsync(HttpResponseMessage response) =>
        string.Join("\n", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));

    [Fact]
    public async Task A_zip_bomb_xlsx_is_refused_from_its_directory_before_anything_is_unzipped()
    {
        var (admin, _) = await Host.BannerWithBranchesAsync("bomb");
        // 300 MB of rows zipped to about 1 MB, as in the report.
        var row = Encoding.UTF8.GetBytes("""<row><c t="inlineStr"><is><t>巴特尔</t></is></c><c t="inlineStr"><is><t>正式党员</t></is></c><c t="inlineStr"><is><t>第一党支部</t></is></c></row>""");
        var bomb = CraftedXlsx.Package(sheet =>
        {
            sheet.Write("""<row><c t="inlineStr"><is><t>姓名</t></is></c><c t="inlineStr"><is><t>人员类别</t></is></c><c t="inlineStr"><is><t>所在组织</t></is></c></row>"""u8);
            for (long written = 0; written < 300 * MB; written += row.Length) sheet.Write(row);
        });
        Assert.True(bomb.Length < 1.5 * MB, $"{bomb.Length} bytes");

        var (response, allocated, elapsed) = await MeasureAsync(() => admin.ImportAsync("bomb", bomb, "bomb.xlsx"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("疑为压缩炸弹", await ProblemDetailAsync(response));
        Assert.True(allocated < 32 * MB, $"allocated {allocated / MB} MB");
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"took {elapsed}");
        Assert.Empty(await admin.PeopleAsync("bomb"));
    }

    [Fact]
    public async Task A_cell_at_column_ZZZZZ_is_refused_instead_of_padding_a_row_to_twelve_million_cells()
    {
        var (admin, _) = await Host.BannerWithBranchesAsync("wide");
        var wide = CraftedXlsx.Package(sheet => sheet.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="ZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>"""u8));
        Assert.True(wide.Length < 2048, $"{wide.Length} bytes");

        var (response, allocated, elapsed) = await MeasureAsync(() => admin.ImportAsync("wide", wide, "wide.xlsx"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("第1行在第 ZZZZZ 列有内容，超过 256 列的上限", await ProblemDetailAsync(response));
        Assert.True(allocated < 16 * MB, $"allocated {allocated / MB} MB");
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");

        using var english = new MultipartFormDataContent { { new ByteArrayContent(wide), "file", "wide.xlsx" } };
        Assert.Contains("Row 1 has a cell in column ZZZZZ, beyond the limit of 256 columns",
            await ProblemDetailAsync(await admin.PostAsync("/api/j/wide/people/import?culture=en", english)));

        // The page answers the same, on the page.
        var browser = await Host.BrowserClientAsync("wide-admin");
        var page = await UploadThroughPageAsync(browser, "wide", wide, "wide.xlsx");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        Assert.Contains("第1行在第 ZZZZZ 列有内容", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_huge_csv_of_bad_rows_is_refused_at_the_row_limit_and_a_long_list_of_errors_stops_at_1000()
    {
        var (admin, _) = await Host.BannerWithBranchesAsync("bad-rows");
        // As reported: 29 MB, 547,169 rows, every one wrong (no such branch).
        var huge = BadRowsCsv(547_169);
        Assert.InRange(huge.Length, 26 * MB, 30 * MB);
        var (response, allocated, elapsed) = await MeasureAsync(() => admin.ImportAsync("bad-rows", huge, "huge.csv"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("文件超过 200,000 行数据的上限", await ProblemDetailAsync(response));
        Assert.True(response.Content.Headers.ContentLength < 4096, $"{response.Content.Headers.ContentLength} bytes");
        Assert.True(allocated < 250 * MB, $"allocated {allocated / MB} MB");
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"took {elapsed}");

        // Under the row limit every error is counted, the first 1,000 listed.
        var many = BadRowsCsv(150_000);
        (response, allocated, _) = await MeasureAsync(() => admin.ImportAsync("bad-rows", many, "many.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1000, problem.GetProperty("errors").GetArrayLength());
        Assert.Equal(150_000, problem.GetProperty("errorCount").GetInt32());
        Assert.Equal("第2行，列“所在组织”：没有名为“不存在的党支部”的组织", problem.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.EndsWith("另有 149,000 处错误未列出（共 150,000 处）。", problem.GetProperty("detail").GetString());
        Assert.True(response.Content.Headers.ContentLength < 512 * 1024, $"{response.Content.Headers.ContentLength} bytes");
        Assert.True(allocated < 250 * MB, $"allocated {allocated / MB} MB");
        Assert.Empty(await admin.PeopleAsync("bad-rows"));
    }

    [Fact]
    public async Task An_over_size_body_is_a_413_problem_for_the_API_and_a_413_page_for_the_browser_not_a_500()
    {
        var (admin, _) = await Host.BannerWithBranchesAsync("big-body");
        var big = new byte[31 * MB];
        Array.Fill(big, (byte)'a');

        var (response, allocated, _) = await MeasureAsync(() => admin.ImportAsync("big-body", big, "big.csv"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请求超过 30 MB 的上限，未处理。请上传较小的文件，或分成几个文件上传。", problem.GetProperty("detail").GetString());
        Assert.True(allocated < 32 * MB, $"allocated {allocated / MB} MB"); // read and dropped as it arrives

        var browser = await Host.BrowserClientAsync("big-body-admin");
        var page = await UploadThroughPageAsync(browser, "big-body", big, "big.csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        Assert.Contains("请求超过 30 MB 的上限", await page.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> UploadThroughPageAsync(HttpClient browser, string code, byte[] content, string fileName)
    {
        var form = await browser.GetStringAsync($"/j/{code}/people/import");
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(TestHost.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        var response = await browser.PostAsync($"/j/{code}/people/import", multipart);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static byte[] BadRowsCsv(int rows)
    {
        var csv = new StringBuilder("姓名,性别,人员类别,所在组织\n", rows * 56);
        for (var i = 0; i < rows; i++) csv.Append("王芳").Append(i % 100_000).Append(",女,正式党员,不存在的党支部\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}

/// <summary>A minimal .xlsx written by hand, so a test can put anything in its one sheet (streamed, however large).</summary>
internal static class CraftedXlsx
{
    public static byte[] Package(Action<Stream> writeRows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(xml));
            }
            Part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            Part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Part("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="党员" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """);
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""u8);
            writeRows(sheet);
            sheet.Write("</sheetData></worksheet>"u8);
        }
        return buffer.ToArray();
    }
}
