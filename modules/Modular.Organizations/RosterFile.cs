using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Modular.Sdk.Blocks;

namespace Modular.Organizations;

/// <summary>A sheet of text cells: the header row, then data rows with their row number in the file (the header is row 1).</summary>
public sealed record RosterTable(IReadOnlyList<string> Headers, IReadOnlyList<(int Row, string[] Cells)> Rows);

/// <summary>Reads and writes roster files: CSV (UTF-8 with or without BOM, else GB18030/GBK) and .xlsx.</summary>
public static class RosterFile
{
    static RosterFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsXlsx(string? fileName, ReadOnlySpan<byte> start) =>
        fileName?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true || (start.Length >= 2 && start[0] == (byte)'P' && start[1] == (byte)'K');

    public static RosterTable Read(byte[] content, string? fileName) =>
        IsXlsx(fileName, content) ? ReadXlsx(content) : ReadCsv(DecodeText(content));

    /// <summary>UTF-8 (BOM or not) when the bytes are valid UTF-8; UTF-16 with a BOM; else GB18030 (a superset of GBK, what Chinese Excel writes).</summary>
    public static string DecodeText(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>RFC 4180: commas, double quotes (doubled inside), CRLF or LF; blank lines skipped.</summary>
    public static RosterTable ReadCsv(string text)
    {
        var records = new List<(int Row, string[] Cells)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        void EndRecord()
        {
            cells.Add(CsvFields.Read(cell.ToString()));
            cell.Clear();
            if (cells.Any(c => c.Trim().Length > 0)) records.Add((recordLine, cells.ToArray()));
            cells.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
            }
            else if (c == '"') inQuotes = true;
            else if (c == ',') { cells.Add(CsvFields.Read(cell.ToString())); cell.Clear(); } // every field, not only a row's last
            else if (c == '\r') { }
            else if (c == '\n') { EndRecord(); line++; recordLine = line; }
            else cell.Append(c);
        }
        if (cell.Length > 0 || cells.Count > 0) EndRecord();
        if (records.Count == 0) return new RosterTable([], []);
        return new RosterTable(records[0].Cells, records.Skip(1).ToList());
    }

    /// <summary>The first worksheet; shared, inline and plain cells as text (date cells come as Excel serial numbers).</summary>
    public static RosterTable ReadXlsx(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no worksheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var rows = new List<(int Row, string[] Cells)>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var values = new List<string>();
            var next = 0;
            foreach (var c in row.Elements<Cell>())
            {
                var index = c.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                while (values.Count < index) values.Add("");
                values.Add(CellText(c, shared));
                next = index + 1;
            }
            var rowNumber = row.RowIndex?.Value is { } r ? (int)r : rows.Count + 1;
            if (values.Any(v => v.Trim().Length > 0)) rows.Add((rowNumber, values.ToArray()));
        }
        if (rows.Count == 0) return new RosterTable([], []);
        return new RosterTable(rows[0].Cells, rows.Skip(1).ToList());
    }

    private static string CellText(Cell c, string[] shared)
    {
        if (c.DataType?.Value == CellValues.SharedString)
            return int.TryParse(c.CellValue?.Text, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        if (c.DataType?.Value == CellValues.InlineString) return c.InlineString?.InnerText ?? "";
        if (c.DataType?.Value == CellValues.Boolean) return c.CellValue?.Text == "1" ? "是" : "否";
        return c.CellValue?.Text ?? "";
    }

    /// <summary>"B7" → 1.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }
        return index - 1;
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    /// <summary>CSV in UTF-8 with a BOM, so that Excel opens the Chinese text correctly.</summary>
    public static byte[] WriteCsv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.Append(string.Join(',', cells.Select(c => CsvFields.Write(c)))).Append("\r\n");
        Line(headers);
        foreach (var row in rows) Line(row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>One worksheet of text cells (inline strings), the header row first.</summary>
    public static byte[] WriteXlsx(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(worksheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var rowNumber = 0;
                void WriteRow(IReadOnlyList<string> cells)
                {
                    rowNumber++;
                    writer.WriteStartElement(new Row { RowIndex = (uint)rowNumber });
                    for (var i = 0; i < cells.Count; i++)
                    {
                        if (string.IsNullOrEmpty(cells[i])) continue;
                        writer.WriteElement(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(cells[i]))) { CellReference = ColumnName(i) + rowNumber, DataType = CellValues.InlineString });
                    }
                    writer.WriteEndElement();
                }
                WriteRow(headers);
                foreach (var row in rows) WriteRow(row);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }
}
