using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Organizations;

/// <summary>
/// Reads an organization file against the jurisdiction's tree, without writing anything: every row checked, every
/// parent resolved, the tree the file would make checked for cycles. Pure, so it is tested without a database.
/// </summary>
internal static class OrganizationFile
{
    /// <summary>One organization as the file states it. Fields of a column the file lacks are left as they were.</summary>
    internal sealed class Row
    {
        public int RowNumber;
        public string Code = "";
        public string Name = "";
        public OrganizationKind Kind;
        public Sector? Sector;
        public DateOnly? EstablishedOn;
        public string? Contact;
        /// <summary>The 书记 cell; null when empty.</summary>
        public string? Secretary;
        /// <summary>The 上级组织 cell as written, and the code of the organization it names (null: a top-level organization).</summary>
        public string ParentCell = "";
        public string? ParentCode;
        /// <summary>The organization of that code already in the tree; null for a new one.</summary>
        public Organization? Existing;
    }

    internal sealed record Reading(List<Row> Rows, ColumnMap<OrganizationField> Columns, List<CellError> Errors, int ErrorCount, List<string> Warnings);

    private static readonly (OrganizationField Field, string Header)[] Required =
        [(OrganizationField.Code, "组织编号"), (OrganizationField.Name, "组织名称"), (OrganizationField.Kind, "组织类别")];

    /// <summary>The secretary's name is a member's: the roster's size for a name.</summary>
    private static int SecretaryLength => PersonLimits.MaxLength[RosterField.Name];

    public static Reading Read(RosterTable table, IReadOnlyCollection<Organization> existing)
    {
        var warnings = new List<string>();
        var columns = ImportColumns.Map(OrganizationColumns.All, table.Headers, warnings);
        var missing = Required.Where(r => !columns.Has(r.Field)).Select(r => CellError.MissingColumn(r.Header)).ToList();
        if (missing.Count > 0) return new([], columns, missing, missing.Count, warnings);

        var errors = new CellErrors();
        var byCode = existing.ToDictionary(o => o.Code, StringComparer.Ordinal);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<Row>(table.Rows.Count);
        foreach (var (rowNumber, cells) in table.Rows)
        {
            if (OrganizationCells.IsNoteRow(cells))
            {
                warnings.Add(Text.Of($"第{rowNumber}行是示例或说明，已跳过。", $"Row {rowNumber} is an example or a note and was skipped."));
                continue;
            }
            errors.StartRow();
            if (ReadRow(rowNumber, cells, columns, errors, firstRowOf) is { } row)
            {
                row.Existing = byCode.GetValueOrDefault(row.Code);
                rows.Add(row);
            }
        }
        if (columns.Has(OrganizationField.Parent)) ResolveParents(rows, existing, columns.Header(OrganizationField.Parent), errors);
        return new(rows, columns, errors.Listed(columns.Order), errors.Count, warnings);
    }

    /// <summary>The row's cells; null when its code is missing or repeats an earlier row's (it cannot take part in the tree).</summary>
    private static Row? ReadRow(int rowNumber, string[] cells, ColumnMap<OrganizationField> columns, CellErrors errors, Dictionary<string, int> firstRowOf)
    {
        var row = new Row { RowNumber = rowNumber };
        var usable = true;
        string Raw(OrganizationField f) => columns.Raw(cells, f);
        void Fail(OrganizationField f, string zh, string en) => errors.Add(CellError.At(rowNumber, columns.Header(f), Raw(f), zh, en));
        void TooLong(OrganizationField f, int max)
        {
            if (Raw(f).Length > max) Fail(f, $"超过 {max} 个字符（现有 {Raw(f).Length} 个）", $"is longer than {max} characters ({Raw(f).Length})");
        }

        row.Code = Raw(OrganizationField.Code);
        if (row.Code.Length == 0)
        {
            Fail(OrganizationField.Code, "不能为空", "is required");
            usable = false;
        }
        else if (firstRowOf.TryGetValue(row.Code, out var first))
        {
            Fail(OrganizationField.Code, $"“{row.Code}”与第{first}行重复", $"\"{row.Code}\" repeats row {first}");
            usable = false;
        }
        else
        {
            firstRowOf[row.Code] = rowNumber;
            TooLong(OrganizationField.Code, OrganizationLimits.Code);
        }

        row.Name = Raw(OrganizationField.Name);
        if (row.Name.Length == 0) Fail(OrganizationField.Name, "不能为空", "is required");
        TooLong(OrganizationField.Name, OrganizationLimits.Name);

        var kind = Raw(OrganizationField.Kind);
        if (kind.Length == 0) Fail(OrganizationField.Kind, "不能为空", "is required");
        else if (OrganizationCells.TryParseKind(kind, out var k)) row.Kind = k;
        else Fail(OrganizationField.Kind, $"“{kind}”不是组织类别（党委、党总支、党支部、党组、领导小组、领导小组办公室、指导检查组）",
            $"\"{kind}\" is not an organization kind (党委, 党总支, 党支部, 党组, 领导小组, 领导小组办公室, 指导检查组)");

        var sector = Raw(OrganizationField.Sector);
        if (sector.Length > 0)
        {
            if (OrganizationCells.TryParseSector(sector, out var s)) row.Sector = s;
            else Fail(OrganizationField.Sector, $"“{sector}”不是领域（{string.Join("、", Labels.Sectors.Values.Select(l => l.ZhCn))}）",
                $"\"{sector}\" is not a sector ({string.Join(", ", Labels.Sectors.Values.Select(l => l.ZhCn))})");
        }

        var established = Raw(OrganizationField.EstablishedOn);
        if (established.Length > 0)
        {
            if (RosterCells.TryParseDate(established, out var d)) row.EstablishedOn = d;
            else Fail(OrganizationField.EstablishedOn, $"“{established}”不是日期", $"\"{established}\" is not a date");
        }

        row.Contact = OrganizationService.Clean(Raw(OrganizationField.Contact));
        TooLong(OrganizationField.Contact, Limits.Line);
        row.Secretary = OrganizationService.Clean(Raw(OrganizationField.Secretary));
        TooLong(OrganizationField.Secretary, SecretaryLength);
        row.ParentCell = Raw(OrganizationField.Parent);
        return usable ? row : null;
    }

    /// <summary>
    /// Each 上级组织 cell names an organization by code (first) or by name, among the tree and the file as the import
    /// would leave them; a blank cell makes a top-level organization. Then the tree that would result must have no cycle.
    /// </summary>
    private static void ResolveParents(List<Row> rows, IReadOnlyCollection<Organization> existing, string header, CellErrors errors)
    {
        // The tree after the import: the file's rows over the organizations already there.
        var nameOf = existing.ToDictionary(o => o.Code, o => o.Name, StringComparer.Ordinal);
        var codeOfId = existing.ToDictionary(o => o.Id, o => o.Code);
        var parentOf = existing.ToDictionary(o => o.Code, o => o.ParentId is { } p ? codeOfId.GetValueOrDefault(p) : null, StringComparer.Ordinal);
        foreach (var row in rows) nameOf[row.Code] = row.Name;
        var codesNamed = nameOf.GroupBy(n => n.Value, n => n.Key).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToList());

        var resolved = new List<Row>();
        foreach (var row in rows)
        {
            errors.StartRow();
            var cell = row.ParentCell;
            void Fail(string zh, string en) => errors.Add(CellError.At(row.RowNumber, header, cell, zh, en));
            string? parent = null;
            if (cell.Length == 0) { }
            else if (nameOf.ContainsKey(cell)) parent = cell;
            else if (codesNamed.TryGetValue(cell, out var named) && named.Count == 1) parent = named[0];
            else if (named is { Count: > 1 })
            {
                Fail($"有 {named.Count} 个组织名为“{cell}”（编号 {string.Join("、", named)}），请填写上级组织的编号",
                    $"{named.Count} organizations are named \"{cell}\" (codes {string.Join(", ", named)}); give the parent's code");
                continue;
            }
            else
            {
                Fail($"没有编号或名称为“{cell}”的组织（顶级组织此格留空）", $"no organization has the code or name \"{cell}\" (leave it blank for a top-level organization)");
                continue;
            }
            if (parent == row.Code)
            {
                Fail("组织不能是自己的上级组织", "an organization cannot be its own parent");
                continue;
            }
            row.ParentCode = parent;
            parentOf[row.Code] = parent;
            resolved.Add(row);
        }
        // Rows whose parent was refused keep their place for the cycle check: as they are now, or top-level when new.
        foreach (var row in rows.Except(resolved))
            parentOf[row.Code] = row.Existing?.ParentId is { } p ? codeOfId.GetValueOrDefault(p) : null;

        foreach (var cycle in Cycles(resolved.Select(r => r.Code), parentOf))
        {
            var path = string.Join(" → ", cycle.Append(cycle[0]));
            foreach (var row in resolved.Where(r => cycle.Contains(r.Code)))
                errors.Add(CellError.At(row.RowNumber, header, row.ParentCell,
                    $"“{row.ParentCell}”会使组织形成循环：{path}", $"\"{row.ParentCell}\" makes a cycle: {path}"));
        }
    }

    /// <summary>
    /// Each cycle reached going up from the starting codes, as the codes around it (each node is walked once). The tree
    /// before the import has none, so every cycle found goes through a row of the file.
    /// </summary>
    internal static List<List<string>> Cycles(IEnumerable<string> starts, IReadOnlyDictionary<string, string?> parentOf)
    {
        var cycles = new List<List<string>>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in starts)
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var at = start; at is not null && !done.Contains(at); at = parentOf.GetValueOrDefault(at))
            {
                if (onPath.TryGetValue(at, out var from))
                {
                    cycles.Add(path[from..]);
                    break;
                }
                onPath[at] = path.Count;
                path.Add(at);
            }
            done.UnionWith(path);
        }
        return cycles;
    }
}
