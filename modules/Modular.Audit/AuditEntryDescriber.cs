using System.Globalization;
using System.Text.Json;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Audit;

/// <summary>One field of a change in words: 联系电话 138****5678 → 139****1234.</summary>
internal sealed record AuditFieldChange(string Field, string Before, string After);

/// <summary>An audit entry as a person reads it: who did what to which record, field by field, and where the record is.</summary>
internal sealed record AuditEntryView(AuditEntry Entry, string Who, string Action, string Kind, string Record, string? Link, IReadOnlyList<AuditFieldChange> Changes);

/// <summary>
/// Turns the log's rows into words for the audit page: the table's name from <see cref="AuditVocabulary"/>, the record
/// by its name or title, organizations and members by name instead of numbers, yes/no for flags, only the fields that
/// changed, and the link to the record's page. The entries themselves are untouched (the API still gives them raw).
/// </summary>
internal sealed class AuditEntryDescriber(AuditVocabulary vocabulary, IOrganizationDirectory organizations, IRoster roster, IJurisdictionContext jurisdiction, ICurrentUser user)
{
    private static readonly string[] NameColumns = ["name", "title", "display_name", "user_name", "topic", "code"];
    private static readonly HashSet<string> PersonColumns = ["person_id", "author_person_id", "respondent_person_id", "nominee_person_id"];

    public async Task<IReadOnlyList<AuditEntryView>> DescribeAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var tree = await organizations.TreeAsync(ct);
        var personIds = entries.SelectMany(e => Values(e)).Where(v => PersonColumns.Contains(v.Column) && v.Value.ValueKind == JsonValueKind.Number)
            .Select(v => v.Value.GetInt64()).Distinct().ToList();
        var people = personIds.Count == 0 ? new Dictionary<long, PersonInfo>() : await roster.FindManyAsync(personIds, ct);
        string OrganizationName(long id) => tree.Find(id)?.Name ?? Text.Of($"组织 {id}", $"organization {id}");
        string PersonName(long id) => people.TryGetValue(id, out var p) ? p.Name : Text.Of($"党员 {id}", $"member {id}");

        // Stored values the columns' comments put in words (人员类别 Full → 正式党员), looked up once per page.
        var words = new Dictionary<(string, string, string), string>();
        foreach (var e in entries)
            foreach (var (column, value) in Values(e))
                if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text && !words.ContainsKey((e.Entity, column, text)))
                    words[(e.Entity, column, text)] = await vocabulary.ValueAsync(e.Entity, column, text, ct);

        string Show(string entity, string column, JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => "—",
            JsonValueKind.True => Text.Of("是", "yes"),
            JsonValueKind.False => Text.Of("否", "no"),
            JsonValueKind.Number when IsOrganizationColumn(entity, column) => OrganizationName(value.GetInt64()),
            JsonValueKind.Number when PersonColumns.Contains(column) => PersonName(value.GetInt64()),
            JsonValueKind.String => value.GetString() is { Length: > 0 } s ? (words.TryGetValue((entity, column, s), out var word) ? word : s) : "—",
            _ => value.GetRawText(),
        };

        var views = new List<AuditEntryView>(entries.Count);
        foreach (var e in entries)
        {
            var label = await vocabulary.TableAsync(e.Entity, ct);
            var row = e.After ?? e.Before;
            var changes = new List<AuditFieldChange>();
            foreach (var column in FieldsOf(e))
            {
                var before = Field(e.Before, column);
                var after = Field(e.After, column);
                changes.Add(new AuditFieldChange(await vocabulary.ColumnAsync(e.Entity, column, ct),
                    before is { } b ? Show(e.Entity, column, b) : "", after is { } a ? Show(e.Entity, column, a) : ""));
            }
            var kind = e.Action == AuditAction.Download ? Text.Of("名单下载", "List download") : label?.Name.ToString() ?? e.Entity;
            views.Add(new AuditEntryView(e, e.UserName ?? Text.Of("系统", "system"), ActionWord(e.Action), kind,
                e.Action == AuditAction.Download ? e.EntityKey : RecordName(e, row, Show), LinkOf(label, e, row), changes));
        }
        return views;
    }

    public static string ActionWord(AuditAction action) => action switch
    {
        AuditAction.Insert => Text.Of("新增", "added"),
        AuditAction.Update => Text.Of("修改", "changed"),
        AuditAction.Delete => Text.Of("删除", "deleted"),
        _ => Text.Of("下载", "downloaded"),
    };

    private static bool IsOrganizationColumn(string entity, string column) =>
        column.EndsWith("organization_id", StringComparison.Ordinal) || (column == "parent_id" && entity.EndsWith(".organizations", StringComparison.Ordinal));

    /// <summary>Inserts and deletes: every field the row had; updates: the fields whose value changed (the key is in both).</summary>
    private static IEnumerable<string> FieldsOf(AuditEntry e)
    {
        var columns = (e.After ?? e.Before) is { ValueKind: JsonValueKind.Object } row ? row.EnumerateObject().Select(p => p.Name) : [];
        foreach (var column in columns)
        {
            if (AuditVocabulary.IsHidden(column)) continue;
            var before = Field(e.Before, column);
            var after = Field(e.After, column);
            if (e.Action == AuditAction.Update && before is { } b && after is { } a && b.GetRawText() == a.GetRawText()) continue;
            if (e.Action != AuditAction.Update && (after ?? before) is { ValueKind: JsonValueKind.Null }) continue;
            yield return column;
        }
    }

    private static JsonElement? Field(JsonElement? row, string column) =>
        row is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty(column, out var value) ? value : null;

    private static IEnumerable<(string Column, JsonElement Value)> Values(AuditEntry e)
    {
        foreach (var row in new[] { e.Before, e.After })
            if (row is { ValueKind: JsonValueKind.Object } r)
                foreach (var p in r.EnumerateObject()) yield return (p.Name, p.Value);
    }

    private static string RecordName(AuditEntry e, JsonElement? row, Func<string, string, JsonElement, string> show)
    {
        foreach (var column in NameColumns)
            if (Field(row, column) is { ValueKind: JsonValueKind.String } name && name.GetString() is { Length: > 0 } text) return text;
        foreach (var column in PersonColumns)
            if (Field(row, column) is { ValueKind: JsonValueKind.Number } person) return show(e.Entity, column, person);
        if (Field(row, "organization_id") is { ValueKind: JsonValueKind.Number } organization) return show(e.Entity, "organization_id", organization);
        var slash = e.EntityKey.IndexOf('/', StringComparison.Ordinal);
        return "#" + (slash >= 0 ? e.EntityKey[(slash + 1)..] : e.EntityKey);
    }

    /// <summary>The record's page, with <c>{column}</c> from the row; none for a deleted record or when a value is missing.</summary>
    private string? LinkOf(AuditTableLabel? label, AuditEntry e, JsonElement? row)
    {
        if (label?.PageTemplate is not { } template || e.Action == AuditAction.Delete) return null;
        // The office's pages are its admins' (the /Office folder convention): an auditor reads the entry without the link.
        if (template.StartsWith("/office/", StringComparison.Ordinal) && !user.IsJurisdictionAdmin) return null;
        var path = template;
        var start = path.IndexOf('{', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = path.IndexOf('}', start);
            if (end < 0) return null;
            var column = path[(start + 1)..end];
            if (Field(row, column) is not { } value || value.ValueKind is JsonValueKind.Null) return null;
            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            path = path[..start] + Uri.EscapeDataString(text) + path[(end + 1)..];
            start = path.IndexOf('{', start + text.Length);
        }
        return $"/j/{jurisdiction.Required.Code}{path}";
    }
}
