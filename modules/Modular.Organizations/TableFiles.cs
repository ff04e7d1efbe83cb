using Microsoft.Extensions.Options;
using Modular.Sdk.Blocks;

namespace Modular.Organizations;

/// <summary>
/// The SDK's <see cref="ITableFiles"/>: the roster import's reader, for plugins' uploads (question banks and the like),
/// with the same <see cref="UploadLimits"/> (a file beyond them is a <see cref="FormatException"/> saying which).
/// </summary>
internal sealed class TableFiles(IOptions<UploadLimits> limits) : ITableFiles
{
    public TableFile Read(byte[] content, string? fileName)
    {
        var (table, refusal, _) = ImportFiles.ReadTable(content, fileName, limits.Value);
        if (table is null) throw new FormatException(refusal);
        return new TableFile([.. table.Headers.Select(h => h.Trim())],
            [.. table.Rows.Select(r => new TableRow(r.Row, [.. r.Cells.Select(c => c.Trim())]))]);
    }
}
