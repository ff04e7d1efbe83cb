namespace Modular.Sdk.Blocks;

/// <summary>
/// One CSV field, written safely: RFC 4180 quoting, and a text that a spreadsheet would run as a
/// formula (starting with = + - @, tab or CR) gets a leading apostrophe (OWASP "CSV injection").
/// Reading undoes the apostrophe, so an export re-imports unchanged.
/// </summary>
public static class CsvFields
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <param name="isText">False for numbers and dates, which may start with a minus sign.</param>
    public static string Write(string field, bool isText = true)
    {
        if (isText && field.Length > 0 && Array.IndexOf(FormulaStarts, field[0]) >= 0) field = "'" + field;
        var needsQuotes = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));
        return needsQuotes ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }

    /// <summary>The text as it was before <see cref="Write"/> neutralised it.</summary>
    public static string Read(string field) =>
        field.Length > 1 && field[0] == '\'' && Array.IndexOf(FormulaStarts, field[1]) >= 0 ? field[1..] : field;
}
