using Modular.Sdk;

namespace Modular.Organizations;

/// <summary>
/// Bounds on uploads (configuration section <c>Uploads</c>): the request body, and what an uploaded table
/// (a roster, a plugin's question bank) may expand to once read, so a small crafted file cannot take the
/// host's memory or minutes of its time.
/// </summary>
public sealed class UploadLimits
{
    public const string Section = "Uploads";

    /// <summary>Largest request body in bytes (the file with the rest of the form).</summary>
    public long MaxRequestBytes { get; set; } = 30 * 1024 * 1024;

    /// <summary>Largest sum of an .xlsx's parts once unzipped, in bytes.</summary>
    public long MaxExpandedBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Largest unzipped-to-zipped ratio of a part over 1 MB: real sheets stay under 30, zip bombs reach hundreds.</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Data rows (the header not counted).</summary>
    public int MaxRows { get; set; } = 200_000;

    /// <summary>Columns of a row, counted up to its last cell (a lone cell at column ZZZZZ counts as 12 million).</summary>
    public int MaxColumns { get; set; } = 256;

    /// <summary>Parts smaller than this are not held to the ratio: tiny parts compress oddly and cost nothing.</summary>
    internal const long RatioExemptBytes = 1024 * 1024;

    public bool IsValid => MaxRequestBytes > 0 && MaxExpandedBytes > 0 && MaxCompressionRatio > 0 && MaxRows > 0 && MaxColumns > 0;

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An upload beyond one of the <see cref="UploadLimits"/>: nothing of it is used. Answered with 413.</summary>
internal sealed class TableTooLargeException(string message) : FormatException(message)
{
    public static TableTooLargeException Expanded(long limit) => new(Text.Of(
        $"文件解压后超过 {UploadLimits.Megabytes(limit)} MB 的上限，未读取。",
        $"The file expands to more than the {UploadLimits.Megabytes(limit)} MB limit; it was not read."));

    public static TableTooLargeException Ratio(string part, long ratio, int limit) => new(Text.Of(
        $"文件中的“{part}”压缩比达 {ratio}:1，超过 {limit}:1 的上限（疑为压缩炸弹），未读取。",
        $"The part {part} of the file is compressed {ratio}:1, beyond the {limit}:1 limit (a zip bomb?); it was not read."));

    public static TableTooLargeException Rows(int limit) => new(Text.Of(
        $"文件超过 {limit:N0} 行数据的上限，未读取。请分成几个文件导入。",
        $"The file has more than {limit:N0} data rows, the limit; it was not read. Split it into several files."));

    public static TableTooLargeException Columns(int row, string column, int limit) => new(Text.Of(
        $"第{row}行在第 {column} 列有内容，超过 {limit} 列的上限，未读取。",
        $"Row {row} has a cell in column {column}, beyond the limit of {limit} columns; the file was not read."));
}
