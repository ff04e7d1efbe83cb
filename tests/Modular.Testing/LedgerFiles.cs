using System.Text;

namespace Modular.Testing;

/// <summary>台账 (ledger) downloads read back in a test: CSV as the host writes it, UTF-8 with a BOM, RFC 4180.</summary>
public static class LedgerFiles
{
    /// <summary>The rows of a CSV download, its BOM dropped.</summary>
    public static async Task<List<List<string>>> CsvRowsAsync(this HttpResponseMessage response) =>
        ParseCsv(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));

    /// <summary>A plain RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { i++; row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
