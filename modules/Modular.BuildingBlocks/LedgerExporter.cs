using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.BuildingBlocks;

/// <summary>
/// <see cref="ILedgerExporter"/>: .xlsx with DocumentFormat.OpenXml (a merged title row, a bold header
/// row frozen under it, text as text, numbers as numbers, dates as real dates, column widths), and
/// CSV as UTF-8 with a BOM (so Chinese Excel opens it right) and RFC 4180 quoting. Instants
/// (<see cref="DateTimeOffset"/>, UTC <see cref="DateTime"/>) are written as the jurisdiction's local
/// time, because a person reads them.
/// </summary>
internal sealed class LedgerExporter(IJurisdictionContext? jurisdiction = null) : ILedgerExporter
{
    // Cell style indexes in the stylesheet below.
    private const uint Plain = 0, Header = 1, DateStyle = 2, DateTimeStyle = 3, Title = 4;

    public void Write(LedgerDefinition ledger, LedgerFormat format, Stream output)
    {
        if (jurisdiction?.Current is { } current) ledger = InLocalTime(ledger, current.TimeZone);
        if (format == LedgerFormat.Csv) WriteCsv(ledger, output);
        else WriteXlsx(ledger, output);
    }

    /// <summary>The ledger with every instant as a local time of the zone (dates and local times stay as they are).</summary>
    public static LedgerDefinition InLocalTime(LedgerDefinition ledger, TimeZoneInfo zone) => ledger with
    {
        Rows = [.. ledger.Rows.Select(row => (IReadOnlyList<object?>)[.. row.Select(value => value switch
        {
            DateTimeOffset instant => LocalTimes.WallClock(instant, zone),
            DateTime { Kind: DateTimeKind.Utc } utc => TimeZoneInfo.ConvertTimeFromUtc(utc, zone),
            _ => value,
        })])],
    };

    public static void WriteXlsx(LedgerDefinition ledger, Stream output)
    {
        // OpenXml needs a seekable stream it can own: build in memory, then copy.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var columnCount = Math.Max(1, ledger.Columns.Count);

            var data = new SheetData();
            var titleRow = new Row { RowIndex = 1 };
            titleRow.Append(TextCell(CellRef(0, 1), ledger.Title, Title));
            data.Append(titleRow);
            var headerRow = new Row { RowIndex = 2 };
            for (var c = 0; c < ledger.Columns.Count; c++) headerRow.Append(TextCell(CellRef(c, 2), ledger.Columns[c].Header, Header));
            data.Append(headerRow);
            for (var r = 0; r < ledger.Rows.Count; r++)
            {
                var rowIndex = (uint)(r + 3);
                var row = new Row { RowIndex = rowIndex };
                var values = ledger.Rows[r];
                for (var c = 0; c < ledger.Columns.Count && c < values.Count; c++)
                    if (ValueCell(CellRef(c, rowIndex), ledger.Columns[c].Type, values[c]) is { } cell) row.Append(cell);
                data.Append(row);
            }

            var worksheet = new Worksheet();
            worksheet.Append(new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }));
            var columns = new Columns();
            for (var c = 0; c < ledger.Columns.Count; c++)
                columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Width(ledger, c), CustomWidth = true });
            if (ledger.Columns.Count > 0) worksheet.Append(columns);
            worksheet.Append(data);
            if (columnCount > 1)
                worksheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{CellRef(columnCount - 1, 1)}" }));
            sheetPart.Worksheet = worksheet;

            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(ledger.SheetName) }));
            workbook.Workbook.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "宋体" })) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center }) { FontId = 2, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true, ApplyAlignment = true })
        { Count = 5 });

    private static Cell TextCell(string reference, string text, uint style = Plain) => new()
    {
        CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell Number(string reference, double value, uint style = Plain) => new()
    {
        CellReference = reference, DataType = CellValues.Number, StyleIndex = style, CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    private static Cell? ValueCell(string reference, LedgerColumnType type, object? value)
    {
        if (value is null) return null;
        return value switch
        {
            DateOnly d => Number(reference, d.ToDateTime(TimeOnly.MinValue).ToOADate(), type == LedgerColumnType.DateTime ? DateTimeStyle : DateStyle),
            DateTime dt => Number(reference, dt.ToOADate(), type == LedgerColumnType.Date ? DateStyle : DateTimeStyle),
            DateTimeOffset dto => Number(reference, dto.DateTime.ToOADate(), type == LedgerColumnType.Date ? DateStyle : DateTimeStyle),
            bool b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
            byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal
                => Number(reference, Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            _ => TextCell(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
        };
    }

    private static double Width(LedgerDefinition ledger, int column)
    {
        if (ledger.Columns[column].Width is { } fixedWidth) return fixedWidth;
        var widest = DisplayWidth(ledger.Columns[column].Header);
        foreach (var row in ledger.Rows.Take(1000))
            if (column < row.Count) widest = Math.Max(widest, DisplayWidth(Format(ledger.Columns[column].Type, row[column])));
        return Math.Clamp(widest + 2, 6, 80);
    }

    // A CJK character is about two Latin ones wide.
    private static int DisplayWidth(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);

    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Select(c => "[]:*?/\\".Contains(c) ? '_' : c)]);
        return string.IsNullOrWhiteSpace(cleaned) ? "Sheet1" : cleaned[..Math.Min(31, cleaned.Length)];
    }

    private static string CellRef(int column, uint row)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    public static void WriteCsv(LedgerDefinition ledger, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.Write(string.Join(',', ledger.Columns.Select(c => CsvFields.Write(c.Header))));
        writer.Write("\r\n");
        foreach (var row in ledger.Rows)
        {
            writer.Write(string.Join(',', ledger.Columns.Select((c, i) => CsvFields.Write(i < row.Count ? Format(c.Type, row[i]) : "", isText: c.Type is LedgerColumnType.Text or LedgerColumnType.Person))));
            writer.Write("\r\n");
        }
    }

    /// <summary>A value as CSV shows it: ISO dates, invariant numbers, 是/否.</summary>
    public static string Format(LedgerColumnType type, object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => type == LedgerColumnType.Date ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset dto => type == LedgerColumnType.Date ? dto.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dto.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? Modular.Sdk.Text.Of("是", "Yes") : Modular.Sdk.Text.Of("否", "No"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
