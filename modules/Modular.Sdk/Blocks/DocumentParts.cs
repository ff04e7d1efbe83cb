namespace Modular.Sdk.Blocks;

/// <summary>
/// A text a plan asks for in named parts (a branch's plan: goals and requirements; a summary: experience, shortcomings,
/// measures; an analysis report: 四对照、四查摆): the parts under their Chinese headings make one text — what a counted
/// text or a versioned document stores, and what the ledger and the archive read whole — and come back from it. Every
/// part is required. A heading reads "一、…" / "1. …"; messages leave the number out. Pure.
/// </summary>
public static class DocumentParts
{
    public static string Compose(IReadOnlyList<(string Key, LocalizedText Heading)> parts, IReadOnlyDictionary<string, string?> values) =>
        string.Join("\n\n", parts.Select(p => $"{p.Heading.ZhCn}\n{values.GetValueOrDefault(p.Key)?.Trim()}"));

    /// <summary>The parts of a composed text back (a part missing reads empty).</summary>
    public static Dictionary<string, string> Parse(IReadOnlyList<(string Key, LocalizedText Heading)> parts, string? body)
    {
        var values = parts.ToDictionary(p => p.Key, _ => "");
        if (string.IsNullOrEmpty(body)) return values;
        for (var i = 0; i < parts.Count; i++)
        {
            var start = body.IndexOf(parts[i].Heading.ZhCn + "\n", StringComparison.Ordinal);
            if (start < 0) continue;
            start += parts[i].Heading.ZhCn.Length + 1;
            var end = i + 1 < parts.Count ? body.IndexOf("\n\n" + parts[i + 1].Heading.ZhCn, start, StringComparison.Ordinal) : -1;
            values[parts[i].Key] = (end < 0 ? body[start..] : body[start..end]).Trim();
        }
        return values;
    }

    /// <summary>Each part is required: the error names the part's field. Headings read "一、…" / "1. …": the number is left out.</summary>
    public static Dictionary<string, string[]> Problems(IReadOnlyList<(string Key, LocalizedText Heading)> parts, IReadOnlyDictionary<string, string?> values)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, heading) in parts)
        {
            var value = values.GetValueOrDefault(key);
            if (string.IsNullOrWhiteSpace(value)) errors[key] = [Text.Of($"请填写“{heading.ZhCn[2..]}”。", $"Write “{heading.En[3..]}”.")];
            else if (Limits.TooLong(value.Trim(), Limits.Note) is { } tooLong) errors[key] = [tooLong];
        }
        return errors;
    }
}
