using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Modular.Sdk.Blocks;

namespace Modular.Organizations;

/// <summary>A sheet of text cells: the header row, then data rows with their row number in the file (the header is row 1).</summary>
public sealed record RosterTable(IReadOnlyList<string> Headers, IReadOnlyList<(int Row, string[] Cells)> Rows);

/// <summary>Reads and writes roster files: CSV (UTF-8 with or without BOM, else GB18030/GBK) and .xlsx; reads the older .xls too.</summary>
internal static class RosterFile
{
    static RosterFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsXlsx(string? fileName, ReadOnlySpan<byte> start) =>
        fileName?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true || (start.Length >= 2 && start[0] == (byte)'P' && start[1] == (byte)'K');

    /// <summary>An Excel 97–2003 workbook: an OLE2 compound file (its signature), whatever the file is called.</summary>
    public static bool IsXls(ReadOnlySpan<byte> start) => start.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    public static RosterTable Read(byte[] content, string? fileName, UploadLimits limits) =>
        IsXls(content) ? ReadXls(content, limits) : IsXlsx(fileName, content) ? ReadXlsx(content, limits) : ReadCsv(content, limits);

    /// <summary>
    /// The first worksheet of an .xls (what older offices still save), read row by row through ExcelDataReader;
    /// cells as the .xlsx reader gives them: text as typed, numbers invariant, dates as Excel serial numbers.
    /// </summary>
    public static RosterTable ReadXls(byte[] content, UploadLimits limits)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateBinaryReader(stream);
        var rows = new List<(int Row, string[] Cells)>();
        var rowNumber = 0;
        while (reader.Read())
        {
            rowNumber++;
            var values = new string[Math.Min(reader.FieldCount, limits.MaxColumns)];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var text = XlsCellText(reader.GetValue(i));
                if (i >= limits.MaxColumns)
                {
                    if (text.Trim().Length == 0) continue;
                    throw TableTooLargeException.Columns(rowNumber, ColumnName(i), limits.MaxColumns);
                }
                values[i] = text;
            }
            if (!values.Any(v => v.Trim().Length > 0)) continue;
            if (rows.Count > limits.MaxRows) throw TableTooLargeException.Rows(limits.MaxRows); // the header is rows[0]
            rows.Add((rowNumber, values));
        }
        if (rows.Count == 0) return new RosterTable([], []);
        return new RosterTable(rows[0].Cells, rows.Skip(1).ToList());
    }

    private static string XlsCellText(object? value) => value switch
    {
        null => "",
        string text => text,
        DateTime date => date.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture),
        double number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        bool flag => flag ? "是" : "否",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>UTF-8 (BOM or not) when the bytes are valid UTF-8; UTF-16 with a BOM; else GB18030 (a superset of GBK, what Chinese Excel writes).</summary>
    public static string DecodeText(byte[] bytes)
    {
        var (encoding, skip) = TextEncoding(bytes);
        return encoding.GetString(bytes, skip, bytes.Length - skip);
    }

    private static (Encoding Encoding, int Skip) TextEncoding(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return (Encoding.UTF8, 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (Encoding.Unicode, 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);
        return (System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8 : Encoding.GetEncoding("GB18030"), 0);
    }

    /// <summary>A CSV file's bytes, decoded as it is read (no second copy of the whole text).</summary>
    public static RosterTable ReadCsv(byte[] bytes, UploadLimits limits)
    {
        var (encoding, skip) = TextEncoding(bytes);
        using var reader = new StreamReader(new MemoryStream(bytes, skip, bytes.Length - skip, writable: false), encoding, detectEncodingFromByteOrderMarks: false);
        return ReadCsv(reader, limits);
    }

    public static RosterTable ReadCsv(string text) => ReadCsv(new StringReader(text), new UploadLimits());

    /// <summary>RFC 4180: commas, double quotes (doubled inside), CRLF or LF; blank lines skipped. Stops at the first row or column beyond the limits.</summary>
    public static RosterTable ReadCsv(TextReader reader, UploadLimits limits)
    {
        var records = new List<(int Row, string[] Cells)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoteInQuotes = false; // a quote seen inside quotes: doubled ("") or the closing one, as the next character tells
        void EndCell()
        {
            if (cells.Count >= limits.MaxColumns)
            {
                // Blank cells past the limit (trailing commas) are dropped; text there is refused.
                if (cell.ToString().Trim().Length > 0) throw TableTooLargeException.Columns(recordLine, ColumnName(cells.Count), limits.MaxColumns);
                cell.Clear();
                return;
            }
            cells.Add(CsvFields.Read(cell.ToString())); // every field, not only a row's last
            cell.Clear();
        }
        void EndRecord()
        {
            EndCell();
            if (cells.Any(c => c.Trim().Length > 0))
            {
                if (records.Count > limits.MaxRows) throw TableTooLargeException.Rows(limits.MaxRows); // the header is records[0]
                records.Add((recordLine, cells.ToArray()));
            }
            cells.Clear();
        }
        var buffer = new char[16 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (quoteInQuotes)
                {
                    quoteInQuotes = false;
                    if (c == '"') { cell.Append('"'); continue; }
                    inQuotes = false; // that quote closed the field: this character is outside it
                }
                if (inQuotes)
                {
                    if (c == '"') quoteInQuotes = true;
                    else
                    {
                        if (c == '\n') line++;
                        cell.Append(c);
                    }
                }
                else if (c == '"') inQuotes = true;
                else if (c == ',') EndCell();
                else if (c == '\r') { }
                else if (c == '\n') { EndRecord(); line++; recordLine = line; }
                else cell.Append(c);
            }
        }
        if (cell.Length > 0 || cells.Count > 0) EndRecord();
        if (records.Count == 0) return new RosterTable([], []);
        return new RosterTable(records[0].Cells, records.Skip(1).ToList());
    }

    /// <summary>
    /// The first worksheet; shared, inline and plain cells as text (date cells come as Excel serial numbers). Checked
    /// against the limits before anything is unzipped, then read element by element, never as a whole document.
    /// </summary>
    public static RosterTable ReadXlsx(byte[] content, UploadLimits limits)
    {
        CheckExpansion(content, limits);
        using var stream = new MemoryStream(content, writable: false);
        // The parser's own cap too, in case a part's declared size is a lie.
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxExpandedBytes });
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no worksheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart is { } strings ? SharedStrings(strings) : [];

        var rows = new List<(int Row, string[] Cells)>();
        List<string>? values = null; // the row being read
        var rowNumber = 0;
        var next = 0;
        void EndRow()
        {
            if (values is null) return;
            if (values.Any(v => v.Trim().Length > 0))
            {
                if (rows.Count > limits.MaxRows) throw TableTooLargeException.Rows(limits.MaxRows); // the header is rows[0]
                rows.Add((rowNumber, values.ToArray()));
            }
            values = null;
        }
        using var reader = OpenXmlReader.Create(part);
        reader.Read(); // onto the first element
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                EndRow();
                values = [];
                next = 0;
                var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                rowNumber = uint.TryParse(r, out var n) && n <= int.MaxValue ? (int)n : rows.Count + 1;
            }
            else if (reader.ElementType == typeof(Row) && reader.IsEndElement) EndRow();
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && values is not null)
            {
                var c = (Cell)reader.LoadCurrentElement()!; // one cell at a time; the reader has moved past it
                var reference = c.CellReference?.Value;
                var index = reference is not null ? ColumnIndex(reference) : next;
                var text = CellText(c, shared);
                next = index + 1;
                if (index >= limits.MaxColumns)
                {
                    // A blank (styled) cell far right is ignored; text there is refused rather than padded up to.
                    if (text.Trim().Length == 0) continue;
                    throw TableTooLargeException.Columns(rowNumber, ColumnName(index), limits.MaxColumns);
                }
                while (values.Count < index) values.Add("");
                values.Add(text);
                continue;
            }
            reader.Read();
        }
        EndRow();
        if (rows.Count == 0) return new RosterTable([], []);
        return new RosterTable(rows[0].Cells, rows.Skip(1).ToList());
    }

    // The zip's directory says how large each part unzips to; refuse before inflating anything. (A lying directory
    // gets the inflater cut off at the size it declared, and the parser's MaxCharactersInPart.)
    private static void CheckExpansion(byte[] content, UploadLimits limits)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > UploadLimits.RatioExemptBytes && entry.Length > entry.CompressedLength * limits.MaxCompressionRatio)
                throw TableTooLargeException.Ratio(entry.FullName, entry.Length / Math.Max(entry.CompressedLength, 1), limits.MaxCompressionRatio);
            total += entry.Length;
            if (total > limits.MaxExpandedBytes) throw TableTooLargeException.Expanded(limits.MaxExpandedBytes);
        }
    }

    private static string[] SharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement) strings.Add(reader.LoadCurrentElement()!.InnerText);
            else reader.Read();
        }
        return [.. strings];
    }

    private static string CellText(Cell c, string[] shared)
    {
        if (c.DataType?.Value == CellValues.SharedString)
            return int.TryParse(c.CellValue?.Text, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        if (c.DataType?.Value == CellValues.InlineString) return c.InlineString?.InnerText ?? "";
        if (c.DataType?.Value == CellValues.Boolean) return c.CellValue?.Text == "1" ? "是" : "否";
        return c.CellValue?.Text ?? "";
    }

    /// <summary>"B7" → 1; past column 2^24 the index stays there (no overflow for a reference like ZZZZZZZZ1).</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            index = Math.Min(index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1), 1 << 24);
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
