namespace Modular.Sdk.Blocks;

/// <summary>A sheet of text cells as offices upload them: the header row, then data rows with their row number in the file (the header is row 1).</summary>
public sealed record TableFile(IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows);

/// <param name="Number">The row's number as the office sees it in Excel (header = 1), for error messages (第17行).</param>
public sealed record TableRow(int Number, IReadOnlyList<string> Cells);

/// <summary>
/// Reads an uploaded table the way the roster import does: .xlsx (first sheet), or CSV in UTF-8 (with or
/// without BOM) or GB18030 as Chinese Excel writes it. Cells are trimmed text; blank lines are skipped.
/// </summary>
public interface ITableFiles
{
    /// <exception cref="FormatException">The file is not a readable CSV or .xlsx (the message says why, in Chinese).</exception>
    TableFile Read(byte[] content, string? fileName);
}
