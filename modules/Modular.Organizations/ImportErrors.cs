using Modular.Sdk;

namespace Modular.Organizations;

/// <summary>
/// One problem of an uploaded file: its row as the spreadsheet numbers it (the header is row 1; 0 for the file as a
/// whole), its column header, and the message naming both and the reason, in the user's language.
/// </summary>
public sealed record CellError(int Row, string Column, string Message)
{
    /// <summary>The cell's text as the file has it, when the problem is that text (null otherwise).</summary>
    public string? Value { get; init; }

    /// <summary>第17行，列“建立日期”：… / row 17, column 建立日期: …</summary>
    public static CellError At(int row, string column, string? value, string zh, string en) =>
        new(row, column, Text.Of($"第{row}行，列“{column}”：{zh}", $"row {row}, column {column}: {en}")) { Value = value };

    public static CellError MissingColumn(string column) =>
        new(1, column, Text.Of($"第1行：缺少必需的列“{column}”。", $"row 1: the required column {column} is missing."));
}

/// <summary>What every file import answers: nothing written unless <see cref="Errors"/> is empty, and the warnings.</summary>
/// <param name="Errors">The first <see cref="Limits.ListedErrors"/> errors, in file order.</param>
public abstract record ImportOutcome(IReadOnlyList<CellError> Errors, IReadOnlyList<string> Warnings)
{
    public bool Succeeded => Errors.Count == 0;
    /// <summary>Every error found, listed or not.</summary>
    public int ErrorCount { get; init; }
    public int UnlistedErrors => Math.Max(ErrorCount - Errors.Count, 0);
    /// <summary>The file is beyond the <see cref="UploadLimits"/> (413) rather than wrong in its cells (400).</summary>
    public bool TooLarge { get; init; }

    /// <summary>What a refused file is called: "名册有误，未导入任何数据。"</summary>
    public abstract string ErrorsTitle { get; }
}

/// <summary>
/// A file's cell errors as an importer finds them: every one counted, the first <see cref="Limits.ListedErrors"/>
/// listed — whole rows at a time, so the listed ones read as the file does and a file of bad rows makes a short answer.
/// </summary>
internal sealed class CellErrors
{
    private readonly List<CellError> _listed = [];
    private bool _listing = true;

    public int Count { get; private set; }

    /// <summary>Called before each row's cells: once the list is full, later rows are only counted.</summary>
    public void StartRow() => _listing &= _listed.Count < Limits.ListedErrors;

    public void Add(CellError error)
    {
        Count++;
        if (_listing) _listed.Add(error);
    }

    /// <summary>By row, then left to right as the file shows the columns (<paramref name="columnOrder"/>: header → index).</summary>
    public List<CellError> Listed(IReadOnlyDictionary<string, int> columnOrder) =>
        _listed.Select((e, i) => (e, i)).OrderBy(x => x.e.Row).ThenBy(x => columnOrder.GetValueOrDefault(x.e.Column)).ThenBy(x => x.i)
            .Select(x => x.e).Take(Limits.ListedErrors).ToList();
}
