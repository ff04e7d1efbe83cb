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
        RosterTable table;
        try
        {
            table = RosterFile.Read(content, fileName, limits.Value);
        }
        catch (Exception ex) when (ex is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or IOException or System.Xml.XmlException)
        {
            throw new FormatException($"无法读取文件（应为 .xlsx 或 CSV）：{ex.Message}", ex);
        }
        return new TableFile([.. table.Headers.Select(h => h.Trim())],
            [.. table.Rows.Select(r => new TableRow(r.Row, [.. r.Cells.Select(c => c.Trim())]))]);
    }
}
