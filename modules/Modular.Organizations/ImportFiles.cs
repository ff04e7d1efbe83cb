using Microsoft.AspNetCore.Http;
using Modular.Sdk;

namespace Modular.Organizations;

/// <summary>What the import endpoints and pages share: reading the upload once, reading it as a table, and the words for a refused file.</summary>
internal static class ImportFiles
{
    /// <summary>The file's bytes in one array of its own length (no growing buffer and second copy).</summary>
    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        var bytes = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(bytes, ct);
        return bytes;
    }

    /// <summary>
    /// The file as a table (.xlsx, .xls or CSV), or why it cannot be one: beyond the limits (413), or not readable — said in
    /// the user's words, not the library's ("File contains corrupted data." is no help to an office worker, and is English).
    /// </summary>
    public static (RosterTable? Table, string? Refusal, bool TooLarge) ReadTable(byte[] content, string? fileName, UploadLimits limits)
    {
        try
        {
            return (RosterFile.Read(content, fileName, limits), null, false);
        }
        catch (TableTooLargeException ex)
        {
            return (null, ex.Message, true);
        }
        catch (Exception ex) when (ex is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or IOException or FormatException
                                       or System.Xml.XmlException or ExcelDataReader.Exceptions.ExcelReaderException or NotSupportedException or ArgumentException)
        {
            return (null, Text.Of(
                "无法读取文件：它不是有效的 Excel（.xlsx、.xls）或 CSV 文件，或已损坏。请在 Excel 中打开后另存为 .xlsx 再上传。",
                "The file cannot be read: it is not a valid Excel (.xlsx, .xls) or CSV file, or it is damaged. Open it in Excel, save it as .xlsx and upload it again."), false);
        }
    }

    public static string Title(ImportOutcome outcome) => outcome.TooLarge
        ? Text.Of("文件超出上限，未导入任何数据。", "The file is beyond the limits; nothing was imported.")
        : outcome.ErrorsTitle;

    public static string Detail(ImportOutcome outcome) => string.Join("\n", outcome.Errors.Select(e => e.Message)) + (outcome.UnlistedErrors > 0
        ? "\n" + Text.Of($"另有 {outcome.UnlistedErrors:N0} 处错误未列出（共 {outcome.ErrorCount:N0} 处）。", $"{outcome.UnlistedErrors:N0} more errors are not listed ({outcome.ErrorCount:N0} in all).")
        : "");
}
