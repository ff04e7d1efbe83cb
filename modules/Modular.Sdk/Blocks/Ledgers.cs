using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Sdk.Blocks;

/// <summary>How a column's cells are written. <see cref="Person"/> is text naming a person (姓名, 党员): the download's
/// audit entry counts the rows that name someone.</summary>
public enum LedgerColumnType { Text, Integer, Decimal, Date, DateTime, Boolean, Person }

/// <param name="Width">Column width in characters; null to size from the header and values.</param>
public sealed record LedgerColumn(string Header, LedgerColumnType Type = LedgerColumnType.Text, double? Width = null);

/// <summary>
/// A ledger (台账): a title, columns with headers and types, and rows of values (string, integers,
/// decimal/double, DateOnly/DateTime/DateTimeOffset, bool, or null) in column order.
/// </summary>
public sealed record LedgerDefinition(string Title, IReadOnlyList<LedgerColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The download's file name without extension; the title when null.</summary>
    public string? FileName { get; init; }
    public string SheetName { get; init; } = "台账";

    /// <summary>Rows that name a person in a <see cref="LedgerColumnType.Person"/> column.</summary>
    public int RowsNamingPeople()
    {
        var personColumns = Columns.Select((c, i) => (c, i)).Where(x => x.c.Type == LedgerColumnType.Person).Select(x => x.i).ToArray();
        if (personColumns.Length == 0) return 0;
        return Rows.Count(row => personColumns.Any(i => i < row.Count && row[i] is { } v && v.ToString() is { Length: > 0 }));
    }
}

public enum LedgerFormat { Xlsx, Csv }

/// <summary>Writes ledgers as .xlsx (title row, bold frozen header, typed cells, widths) or CSV (UTF-8 with BOM, RFC 4180).</summary>
public interface ILedgerExporter
{
    void Write(LedgerDefinition ledger, LedgerFormat format, Stream output);
}

public static class LedgerFormats
{
    public static string ContentType(LedgerFormat format) => format switch
    {
        LedgerFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/csv; charset=utf-8",
    };

    public static string Extension(LedgerFormat format) => format == LedgerFormat.Xlsx ? ".xlsx" : ".csv";

    /// <summary><c>xlsx</c>/<c>csv</c> (any case) → the format; anything else → xlsx.</summary>
    public static LedgerFormat Parse(string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) ? LedgerFormat.Csv : LedgerFormat.Xlsx;
}

/// <summary>A ledger download in one line from a minimal-API endpoint: <c>return Results.Extensions.Ledger(ledger, LedgerFormat.Xlsx);</c></summary>
public static class LedgerResultExtensions
{
    public static IResult Ledger(this IResultExtensions _, LedgerDefinition ledger, LedgerFormat format = LedgerFormat.Xlsx) => new LedgerResult(ledger, format);
}

/// <summary>Writes the ledger with the host's <see cref="ILedgerExporter"/>, with its content type and a Chinese file name (RFC 5987 <c>filename*=UTF-8''</c>).</summary>
public sealed class LedgerResult(LedgerDefinition ledger, LedgerFormat format) : IResult
{
    public LedgerDefinition Definition => ledger;
    public LedgerFormat Format => format;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var exporter = httpContext.RequestServices.GetRequiredService<ILedgerExporter>();
        using var buffer = new MemoryStream();
        exporter.Write(ledger, format, buffer);
        // Audited before a byte leaves: a download that cannot be recorded is not served.
        await httpContext.RequestServices.GetRequiredService<Core.IPersonalDataDownloads>().RecordAsync(
            new Core.PersonalDataDownload(ledger.Title, format == LedgerFormat.Xlsx ? "xlsx" : "csv", ledger.Rows.Count, ledger.RowsNamingPeople()), httpContext.RequestAborted);
        var name = SafeFileName(ledger.FileName ?? ledger.Title) + LedgerFormats.Extension(format);
        var response = httpContext.Response;
        response.ContentType = LedgerFormats.ContentType(format);
        response.ContentLength = buffer.Length;
        response.Headers.ContentDisposition = $"attachment; filename=\"{AsciiFallback(name)}\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, httpContext.RequestAborted);
    }

    private static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '\\', '/', ';']).ToHashSet();
        var cleaned = new string([.. name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim();
        return cleaned.Length == 0 ? "ledger" : cleaned;
    }

    private static string AsciiFallback(string name)
    {
        var ascii = new string([.. name.Select(c => c is >= ' ' and < (char)127 && c != '"' ? c : '_')]);
        return ascii;
    }
}
