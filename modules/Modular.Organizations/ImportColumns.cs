using System.Runtime.CompilerServices;
using Modular.Sdk;

namespace Modular.Organizations;

/// <summary>
/// The columns of an uploaded table as an importer finds them: each field has the header synonyms offices use, the
/// first being what an export writes. Headers match without spaces and without the asterisks that mark required columns.
/// </summary>
internal static class ImportColumns
{
    /// <summary>The field a header names, and how far down its synonyms the header is (0: the field's own header).</summary>
    public static (TField Field, int Rank)? Find<TField>(IReadOnlyList<(TField Field, string[] Headers)> columns, string header) where TField : struct
    {
        var h = new string(header.Where(c => !char.IsWhiteSpace(c) && c != '*' && c != '＊').ToArray());
        foreach (var (field, headers) in columns)
            if (Array.IndexOf(headers, h) is >= 0 and var rank) return (field, rank);
        return null;
    }

    /// <summary>
    /// Where each field is in the file. An unknown header is a warning; so is a second column for one field, of which the
    /// one whose header comes first among the synonyms is read (a file with 联系人 and 联系电话 reads 联系人).
    /// </summary>
    public static ColumnMap<TField> Map<TField>(IReadOnlyList<(TField Field, string[] Headers)> columns, IReadOnlyList<string> headers, List<string> warnings)
        where TField : struct, Enum
    {
        var found = new Dictionary<TField, (int Index, string Header, int Rank)>();
        static string Repeats(string ignored, string kept) =>
            Text.Of($"列“{ignored}”与列“{kept}”重复，已忽略。", $"Column {ignored} repeats column {kept} and was ignored.");
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            if (header.Length == 0) continue;
            if (Find(columns, header) is not { } match)
            {
                warnings.Add(Text.Of($"未识别的列“{header}”已忽略。", $"Unknown column {header} ignored."));
                continue;
            }
            var (field, rank) = match;
            if (!found.TryGetValue(field, out var earlier)) found[field] = (i, header, rank);
            else if (rank < earlier.Rank)
            {
                warnings.Add(Repeats(earlier.Header, header));
                found[field] = (i, header, rank);
            }
            else warnings.Add(Repeats(header, earlier.Header));
        }
        return new ColumnMap<TField>(found.ToDictionary(f => f.Key, f => (f.Value.Index, f.Value.Header)));
    }
}

/// <summary>The columns a file has, by field: their place and header as the file writes it.</summary>
internal sealed class ColumnMap<TField> where TField : struct, Enum
{
    private readonly Dictionary<TField, (int Index, string Header)> _columns;

    // Each field's place in a row (-1: not in the file), by the field's number: a roster import reads about twenty
    // cells a row, 100,000 rows at a time, and a dictionary lookup per read showed in its profile.
    private readonly int[] _places;

    public ColumnMap(Dictionary<TField, (int Index, string Header)> columns)
    {
        if (Unsafe.SizeOf<TField>() != sizeof(int)) throw new NotSupportedException($"{typeof(TField).Name} is not an int enum.");
        _columns = columns;
        _places = new int[Enum.GetValues<TField>().Select(Slot).DefaultIfEmpty(-1).Max() + 1];
        Array.Fill(_places, -1);
        foreach (var (field, (index, _)) in columns) _places[Slot(field)] = index;
    }

    private static int Slot(TField field) => Unsafe.As<TField, int>(ref field);

    public bool Has(TField field) => _columns.ContainsKey(field);

    public IReadOnlyCollection<TField> Present => _columns.Keys;

    /// <summary>The header as the file writes it (what error messages name).</summary>
    public string Header(TField field) => _columns[field].Header;

    /// <summary>Header → its place, to list a row's errors left to right.</summary>
    public IReadOnlyDictionary<string, int> Order => _columns.Values.ToDictionary(c => c.Header, c => c.Index);

    /// <summary>A cell's text, trimmed (ideographic spaces too); empty when the file has no such column or the row stops short.</summary>
    public string Raw(string[] cells, TField field)
    {
        var slot = Slot(field);
        var index = slot >= 0 && slot < _places.Length ? _places[slot] : -1;
        return index >= 0 && index < cells.Length ? cells[index].Trim().Replace('\u3000', ' ').Trim() : "";
    }
}
