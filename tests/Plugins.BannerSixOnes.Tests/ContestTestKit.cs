using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Plugins.BannerSixOnes.Tests;

/// <summary>Question files as the organization department writes them, and the contest API in a few calls.</summary>
public static class ContestTestKit
{
    static ContestTestKit() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Eight questions: 3 党的理论, 3 党的知识, 2 党的历史; answers below in <see cref="Correct"/>.</summary>
    public const string CleanCsv =
        "题型,题目,选项A,选项B,选项C,选项D,答案,分值,类别\n" +
        "单选,中国共产党成立于哪一年？,1919年,1921年,1927年,1949年,B,2,党的历史\n" +
        "判断,遵义会议是党的历史上生死攸关的转折点。,,,,,对,1,党的历史\n" +
        "多选,党的思想路线包括,一切从实际出发,理论联系实际,实事求是,照抄照搬,ABC,3,党的理论\n" +
        "单选,科学发展观的第一要义是,发展,以人为本,全面协调可持续,统筹兼顾,A,,党的理论\n" +
        "判断,“三个代表”重要思想是党的指导思想之一。,,,,,√,,党的理论\n" +
        "单选,党的最高领导机关是,党的全国代表大会和它所产生的中央委员会,中央纪委,中央军委,国务院,A,,党的知识\n" +
        "判断,预备党员的预备期为两年。,,,,,错,,党的知识\n" +
        "多选,党员的义务包括,认真学习,全心全意为人民服务,贯彻执行党的基本路线,只享受权利,ABC,2,党的知识\n";

    public static byte[] Gb18030(string text) => Encoding.GetEncoding("GB18030").GetBytes(text);

    /// <summary>A first sheet with inline strings, numbers as numbers (as Excel stores 分值).</summary>
    public static byte[] Xlsx(IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 0;
            foreach (var row in rows)
            {
                var line = new Row { RowIndex = ++r };
                for (var c = 0; c < row.Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r}";
                    line.Append(int.TryParse(row[c], out _)
                        ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(row[c]) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(row[c])) });
                }
                data.Append(line);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "题库" }));
        }
        return stream.ToArray();
    }

    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, SixOnesBanner b, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync(b.Api("/contest/questions/import"), form);
    }

    /// <summary>A client signed in as <c>{code}-{who}</c> (admin, member, secretary, cadre…).</summary>
    public static Task<HttpClient> As(this SixOnesBanner b, string who) => b.ApiAsAsync($"{b.Code}-{who}");

    /// <summary>Imports the clean bank and creates and publishes a contest with this window (local times) and limit.</summary>
    public static async Task<long> PublishedContestAsync(SixOnesBanner b, string opens = "2011-06-30 09:00", string closes = "2011-06-30 17:00", int? minutes = 60, object? extra = null)
    {
        var office = await b.As("admin");
        await (await office.ImportAsync(b, Encoding.UTF8.GetBytes(CleanCsv), "题库.csv")).OkJsonAsync();
        var created = await (await office.PostAsJsonAsync(b.Api("/contest/contests"), extra ?? new { title = "纪念建党90周年党的知识竞赛", opens, closes, minutes })).OkJsonAsync();
        var id = created.GetProperty("id").GetInt64();
        await (await office.PostAsync(b.Api($"/contest/contests/{id}/publish"), null)).OkJsonAsync();
        return id;
    }

    /// <summary>Right answers of the clean bank by question text.</summary>
    public static readonly Dictionary<string, string> Correct = new()
    {
        ["中国共产党成立于哪一年？"] = "B", ["遵义会议是党的历史上生死攸关的转折点。"] = "A", ["党的思想路线包括"] = "ABC",
        ["科学发展观的第一要义是"] = "A", ["“三个代表”重要思想是党的指导思想之一。"] = "A",
        ["党的最高领导机关是"] = "A", ["预备党员的预备期为两年。"] = "B", ["党员的义务包括"] = "ABC",
    };

    /// <summary>position → answer: all right, except the questions whose text is in <paramref name="wrong"/>.</summary>
    public static Dictionary<string, string> Answers(JsonElement attempt, params string[] wrong) =>
        attempt.GetProperty("paper").EnumerateArray().ToDictionary(
            q => q.GetProperty("position").GetInt32().ToString(),
            q => wrong.Contains(q.GetProperty("text").GetString()) ? (Correct[q.GetProperty("text").GetString()!] == "A" ? "B" : "A") : Correct[q.GetProperty("text").GetString()!]);
}
