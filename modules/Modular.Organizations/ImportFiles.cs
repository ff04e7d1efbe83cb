using Microsoft.AspNetCore.Http;
using Modular.Sdk;

namespace Modular.Organizations;

/// <summary>What the import endpoint and page share: reading the upload once, and the words for a refused file.</summary>
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

    public static string Title(RosterImporter.Outcome outcome) => outcome.TooLarge
        ? Text.Of("文件超出上限，未导入任何数据。", "The file is beyond the limits; nothing was imported.")
        : Text.Of("名册有误，未导入任何数据。", "The roster has errors; nothing was imported.");

    public static string Detail(RosterImporter.Outcome outcome) => string.Join("\n", outcome.Errors.Select(e => e.Message)) + (outcome.UnlistedErrors > 0
        ? "\n" + Text.Of($"另有 {outcome.UnlistedErrors:N0} 处错误未列出（共 {outcome.ErrorCount:N0} 处）。", $"{outcome.UnlistedErrors:N0} more errors are not listed ({outcome.ErrorCount:N0} in all).")
        : "");
}
