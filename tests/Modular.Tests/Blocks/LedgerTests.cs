using Modular.Sdk;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Modular.BuildingBlocks;
using Modular.Sdk.Blocks;

namespace Modular.Tests.Blocks;

/// <summary>台账 export: xlsx read back with OpenXml, CSV parsed back (UTF-8 BOM, RFC 4180).</summary>
public sealed class LedgerTests
{
    public static readonly LedgerDefinition Notes = new("2011年第二季度学习笔记台账",
        [new("姓名"), new("日期", LedgerColumnType.Date), new("字数", LedgerColumnType.Integer), new("学时", LedgerColumnType.Decimal), new("已验收", LedgerColumnType.Boolean), new("备注")],
        [
            ["张三", new DateOnly(2011, 4, 1), 312, 1.5m, true, "联系实际, 有\"体会\""],
            ["李四", new DateOnly(2011, 4, 2), 300, 1m, false, "第一行\r\n第二行"],
            ["王五", null, 0, null, false, null],
        ]);

    [Fact]
    public void The_xlsx_has_a_title_a_bold_frozen_header_real_dates_and_numbers()
    {
        using var stream = new MemoryStream();
        new LedgerExporter().Write(Notes, LedgerFormat.Xlsx, stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        string TextOf(string r) => cells[r].InlineString!.InnerText;

        Assert.Equal("2011年第二季度学习笔记台账", TextOf("A1"));
        Assert.Equal("A1:F1", sheet.Descendants<MergeCell>().Single().Reference!.Value);
        Assert.Equal(["姓名", "日期", "字数", "学时", "已验收", "备注"], new[] { "A2", "B2", "C2", "D2", "E2", "F2" }.Select(TextOf));
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        Assert.NotNull(fonts[(int)formats[(int)cells["A2"].StyleIndex!.Value].FontId!.Value].Bold);
        Assert.Null(fonts[(int)formats[(int)(cells["A3"].StyleIndex?.Value ?? 0)].FontId!.Value].Bold);

        Assert.Equal("张三", TextOf("A3"));
        var date = cells["B3"];
        Assert.Equal(new DateTime(2011, 4, 1), DateTime.FromOADate(double.Parse(date.CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Equal(14u, formats[(int)date.StyleIndex!.Value].NumberFormatId!.Value); // a built-in date format
        Assert.Equal(CellValues.Number, cells["C3"].DataType!.Value);
        Assert.Equal("312", cells["C3"].CellValue!.Text);
        Assert.Equal("1.5", cells["D3"].CellValue!.Text);
        Assert.Equal(CellValues.Boolean, cells["E3"].DataType!.Value);
        Assert.Equal("联系实际, 有\"体会\"", TextOf("F3"));
        Assert.False(cells.ContainsKey("B5")); // nulls are empty cells

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 2d, "A3"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        var widths = sheet.Descendants<Column>().ToList();
        Assert.Equal(6, widths.Count);
        Assert.All(widths, w => Assert.True(w.Width!.Value >= 6));
        Assert.Equal("台账", workbook.Workbook.Descendants<Sheet>().Single().Name!.Value);
    }

    [Fact]
    public void The_csv_is_utf8_with_a_bom_and_parses_back_with_rfc4180_quoting()
    {
        using var stream = new MemoryStream();
        new LedgerExporter().Write(Notes, LedgerFormat.Csv, stream);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = LedgerFiles.ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(4, rows.Count);
        Assert.Equal(["姓名", "日期", "字数", "学时", "已验收", "备注"], rows[0]);
        Assert.Equal(["张三", "2011-04-01", "312", "1.5", "是", "联系实际, 有\"体会\""], rows[1]);
        Assert.Equal(["李四", "2011-04-02", "300", "1", "否", "第一行\r\n第二行"], rows[2]);
        Assert.Equal(["王五", "", "0", "", "否", ""], rows[3]);
    }

    private sealed class Shanghai : IJurisdictionContext, IJurisdiction
    {
        public IJurisdiction? Current => this;
        public int Id => 1;
        public string Code => "alxa-right";
        public string Name => "阿拉善右旗";
        public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        public System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
    }

    [Fact]
    public void Instants_are_written_in_the_jurisdictions_local_time_in_csv_and_xlsx()
    {
        // 13:30 UTC is 21:30 in Asia/Shanghai, and 16:10 UTC already the next day there.
        var ledger = new LedgerDefinition("报送台账", [new("报送时间", LedgerColumnType.DateTime), new("开始时间", LedgerColumnType.DateTime), new("日期", LedgerColumnType.Date)],
        [
            [new DateTimeOffset(2026, 5, 5, 13, 30, 0, TimeSpan.Zero), new DateTime(2026, 6, 30, 16, 10, 0, DateTimeKind.Utc), new DateOnly(2026, 6, 30)],
        ]);
        using var csv = new MemoryStream();
        new LedgerExporter(new Shanghai()).Write(ledger, LedgerFormat.Csv, csv);
        Assert.Equal(["2026-05-05 21:30", "2026-07-01 00:10", "2026-06-30"], LedgerFiles.ParseCsv(Encoding.UTF8.GetString(csv.ToArray()[3..]))[1]);

        using var xlsx = new MemoryStream();
        new LedgerExporter(new Shanghai()).Write(ledger, LedgerFormat.Xlsx, xlsx);
        xlsx.Position = 0;
        using var workbook = SpreadsheetDocument.Open(xlsx, false);
        var cell = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Single(c => c.CellReference == "A3");
        Assert.Equal(new DateTime(2026, 5, 5, 21, 30, 0), DateTime.FromOADate(double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
