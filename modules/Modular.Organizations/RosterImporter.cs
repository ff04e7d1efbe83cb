using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modular.Audit;
using Modular.Sdk;
using Modular.Sdk.Core;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Organizations;

/// <summary>The columns of a roster file, with the header synonyms local offices use.</summary>
internal enum RosterField
{
    Seq, Name, Gender, Ethnicity, BirthDate, IdNumber, NativePlace, Education, Category, Organization, OrganizationCode,
    JoinedOn, FullMemberOn, Post, WorkStartedOn, Phone, Standing, LostContact, Outgoing, Whereabouts, LeadingCadre, Employment,
}

internal static class RosterColumns
{
    /// <summary>Export order; the first header of each is what the export writes.</summary>
    public static readonly IReadOnlyList<(RosterField Field, string[] Headers)> All =
    [
        (RosterField.Seq, ["序号"]),
        (RosterField.Name, ["姓名"]),
        (RosterField.Gender, ["性别"]),
        (RosterField.Ethnicity, ["民族"]),
        (RosterField.BirthDate, ["出生日期", "出生年月"]),
        (RosterField.IdNumber, ["身份证号码", "身份证号", "公民身份号码"]),
        (RosterField.NativePlace, ["籍贯"]),
        (RosterField.Education, ["学历", "文化程度"]),
        (RosterField.Category, ["人员类别", "党员类别"]),
        (RosterField.Organization, ["所在组织", "所在党支部", "所在党组织"]),
        (RosterField.OrganizationCode, ["组织编号", "所在组织编号"]),
        (RosterField.JoinedOn, ["入党时间", "加入党组织日期", "入党日期"]),
        (RosterField.FullMemberOn, ["转正时间", "转为正式党员日期", "转正日期"]),
        (RosterField.Post, ["工作岗位", "岗位"]),
        (RosterField.WorkStartedOn, ["参加工作时间", "参加工作日期"]),
        (RosterField.Phone, ["联系电话", "手机号码", "电话"]),
        (RosterField.Standing, ["党籍状态"]),
        (RosterField.LostContact, ["是否失联"]),
        (RosterField.Outgoing, ["是否流动", "是否外出", "是否外出党员", "是否流动党员"]),
        (RosterField.Whereabouts, ["外出流向", "流向"]),
        (RosterField.LeadingCadre, ["是否领导干部", "领导干部"]),
        (RosterField.Employment, ["在职状态", "人员状态", "在职情况", "工作状态"]),
    ];
}

/// <summary>
/// Imports a roster file (CSV or .xlsx) into the current jurisdiction, all or nothing.
/// <para>Every bad cell is reported with its row (as the spreadsheet numbers it: the header is row 1), its
/// column header and the reason; nothing is written unless the whole file is clean.</para>
/// <para>Matching rule for re-imports: a row with a 身份证号码 updates the person with that number; a row
/// without one — or whose number is not on the roster yet — updates the person with the same name, birth
/// date and organization who has no ID number (or, for a row without number, any such person); any other row
/// adds a person. An update changes only the columns the file has; a changed organization records a
/// transfer (组织关系转接) dated the day of the import.</para>
/// <para>The rows go to a temporary table by binary COPY, then one UPDATE ... FROM and one INSERT ... SELECT,
/// in one transaction, each writing its audit entries (before/after) in the same statement. Imports into one
/// jurisdiction take turns (an advisory lock), so two at once never both add the same people.</para>
/// <para>After the commit, each transfer and each member leaving the rolls is announced as one edit would announce it
/// (<see cref="PersonTransferred"/>, <see cref="PersonLeft"/>): accounts and plugins follow bulk changes too.</para>
/// </summary>
public sealed class RosterImporter(RosterDbContext db, TimeProvider clock, IAuditActor actor, IOptions<UploadLimits> limits, IIntegrationEvents events)
{
    /// <summary>
    /// A span per step of an import (read, validate, copy, match, write, commit), for the host's telemetry (<c>Modular.*</c>) and
    /// the benchmark's profile. Free when nobody listens.
    /// </summary>
    public static readonly ActivitySource Steps = new("Modular.Organizations.RosterImport");

    /// <summary>Errors listed in an outcome; beyond them only the count is kept (a file of bad rows must not make a huge answer).</summary>
    public const int MaxListedErrors = Limits.ListedErrors;

    /// <param name="Errors">The first <see cref="MaxListedErrors"/> errors, in file order.</param>
    public sealed record Outcome(int Added, int Updated, IReadOnlyList<CellError> Errors, IReadOnlyList<string> Warnings) : ImportOutcome(Errors, Warnings)
    {
        public override string ErrorsTitle => Text.Of("名册有误，未导入任何数据。", "The roster has errors; nothing was imported.");

        internal static Outcome Refused(string message, bool tooLarge = false) =>
            new(0, 0, [new CellError(0, "", message)], []) { ErrorCount = 1, TooLarge = tooLarge };
    }

    internal sealed class Row
    {
        public int RowNumber;
        public long OrganizationId;
        public string Name = "";
        public string? Gender, Ethnicity, NativePlace, Education, Post, Phone, IdNumber, Whereabouts;
        public DateOnly? BirthDate, JoinedOn, FullMemberOn, WorkStartedOn;
        public MemberCategory Category;
        public PartyStanding Standing;
        public EmploymentStatus Employment;
        public bool LostContact, Outgoing, LeadingCadre;
    }

    public Task<Outcome> ImportAsync(byte[] content, string? fileName, CancellationToken ct = default)
    {
        RosterTable? table;
        string? refusal;
        bool tooLarge;
        using (Steps.StartActivity("roster.import.read")) (table, refusal, tooLarge) = ImportFiles.ReadTable(content, fileName, limits.Value);
        return table is null ? Task.FromResult(Outcome.Refused(refusal!, tooLarge)) : ImportAsync(table, ct);
    }

    public async Task<Outcome> ImportAsync(RosterTable table, CancellationToken ct = default)
    {
        if (db.CurrentJurisdictionId == 0) throw new InvalidOperationException("Roster import needs a jurisdiction.");
        var tree = new OrganizationTree(await db.Organizations.AsNoTracking().ToListAsync(ct));
        if (table.Rows.Count > limits.Value.MaxRows) return Outcome.Refused(TableTooLargeException.Rows(limits.Value.MaxRows).Message, tooLarge: true);
        List<Row> rows;
        HashSet<RosterField> present;
        List<CellError> errors;
        int errorCount;
        List<string> warnings;
        using (Steps.StartActivity("roster.import.validate")) (rows, present, errors, errorCount, warnings) = Validate(table, tree);
        if (errorCount > 0) return new Outcome(0, 0, errors, warnings) { ErrorCount = errorCount };
        var (added, updated, announcements) = await WriteAsync(rows, present, ct);
        db.AnnounceWriteAroundSaveChanges(); // before the announcements: their handlers read the roster in this request
        foreach (var announce in announcements) await announce(events, ct);
        return new Outcome(added, updated, [], warnings);
    }

    internal static (List<Row> Rows, HashSet<RosterField> Present, List<CellError> Errors, int ErrorCount, List<string> Warnings) Validate(RosterTable table, OrganizationTree tree)
    {
        var errors = new CellErrors();
        var warnings = new List<string>();
        var columns = ImportColumns.Map(RosterColumns.All, table.Headers, warnings);
        var missing = new List<CellError>();
        if (!columns.Has(RosterField.Name)) missing.Add(CellError.MissingColumn("姓名"));
        if (!columns.Has(RosterField.Category)) missing.Add(CellError.MissingColumn("人员类别"));
        if (!columns.Has(RosterField.Organization) && !columns.Has(RosterField.OrganizationCode)) missing.Add(CellError.MissingColumn("所在组织"));
        if (missing.Count > 0) return ([], [], missing, missing.Count, warnings);

        var byCode = tree.All.ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var byName = tree.All.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.ToList());
        var seenIds = new Dictionary<string, int>(table.Rows.Count, StringComparer.Ordinal);
        var seenKeys = new Dictionary<(string, DateOnly?, long), int>();
        var rows = new List<Row>(table.Rows.Count);

        foreach (var (rowNumber, cells) in table.Rows)
        {
            var row = new Row { RowNumber = rowNumber };
            var ok = true;
            errors.StartRow();
            string Raw(RosterField f) => columns.Raw(cells, f);
            void Fail(RosterField f, string zh, string en)
            {
                ok = false;
                errors.Add(CellError.At(rowNumber, columns.Header(f), Raw(f), zh, en));
            }
            string? Optional(RosterField f, bool strip = false) { var v = Raw(f); if (strip) v = RosterCells.StripCode(v); return v.Length == 0 ? null : v; }
            DateOnly? Date(RosterField f)
            {
                var v = Raw(f);
                if (v.Length == 0) return null;
                if (RosterCells.TryParseDate(v, out var d)) return d;
                Fail(f, $"“{v}”不是日期", $"\"{v}\" is not a date");
                return null;
            }
            bool YesNo(RosterField f)
            {
                var v = Raw(f);
                if (RosterCells.TryParseYesNo(v, out var b)) return b;
                Fail(f, $"“{v}”不是“是”或“否”", $"\"{v}\" is not 是 (yes) or 否 (no)");
                return false;
            }

            row.Name = Raw(RosterField.Name);
            if (row.Name.Length == 0) Fail(RosterField.Name, "不能为空", "is required");
            // The same sizes as the people form and API (PersonLimits).
            foreach (var (field, max) in PersonLimits.MaxLengths)
                if (Raw(field).Length > max)
                    Fail(field, $"超过 {max} 个字符（现有 {Raw(field).Length} 个）", $"is longer than {max} characters ({Raw(field).Length})");

            var code = Raw(RosterField.OrganizationCode);
            var orgName = Raw(RosterField.Organization);
            if (code.Length > 0)
            {
                if (byCode.TryGetValue(code, out var org)) row.OrganizationId = org.Id;
                else Fail(RosterField.OrganizationCode, $"没有编号为“{code}”的组织", $"no organization has the code \"{code}\"");
            }
            else if (orgName.Length > 0)
            {
                if (!byName.TryGetValue(orgName, out var matches)) Fail(RosterField.Organization, $"没有名为“{orgName}”的组织", $"no organization is named \"{orgName}\"");
                else if (matches.Count > 1) Fail(RosterField.Organization, $"有 {matches.Count} 个名为“{orgName}”的组织，请填写组织编号", $"{matches.Count} organizations are named \"{orgName}\"; give the organization code");
                else row.OrganizationId = matches[0].Id;
            }
            else Fail(columns.Has(RosterField.Organization) ? RosterField.Organization : RosterField.OrganizationCode, "不能为空", "is required");

            row.Gender = Optional(RosterField.Gender, strip: true);
            if (row.Gender is not (null or "男" or "女")) Fail(RosterField.Gender, $"“{Raw(RosterField.Gender)}”不是性别（男、女）", $"\"{Raw(RosterField.Gender)}\" is not a gender (男 or 女)");
            row.Ethnicity = Optional(RosterField.Ethnicity, strip: true);
            row.NativePlace = Optional(RosterField.NativePlace);
            row.Education = Optional(RosterField.Education, strip: true);
            row.Post = Optional(RosterField.Post);
            row.Phone = Optional(RosterField.Phone);
            row.Whereabouts = Optional(RosterField.Whereabouts);

            var category = RosterCells.StripCode(Raw(RosterField.Category));
            if (category.Length == 0) Fail(RosterField.Category, "不能为空", "is required");
            else if (category is "正式" or "预备") row.Category = category == "正式" ? MemberCategory.Full : MemberCategory.Probationary;
            else if (Labels.TryParse(Labels.Categories, category, out MemberCategory c)) row.Category = c;
            else Fail(RosterField.Category, $"“{Raw(RosterField.Category)}”不是人员类别（正式党员、预备党员）", $"\"{Raw(RosterField.Category)}\" is not a category (正式党员 or 预备党员)");

            var standing = RosterCells.StripCode(Raw(RosterField.Standing));
            if (standing.EndsWith("党籍", StringComparison.Ordinal)) standing = standing[..^2];
            if (standing.Length == 0) row.Standing = PartyStanding.Normal;
            else if (Labels.TryParse(Labels.Standings, standing, out PartyStanding s)) row.Standing = s;
            else Fail(RosterField.Standing, $"“{Raw(RosterField.Standing)}”不是党籍状态（正常、保留、恢复、停止、开除）", $"\"{Raw(RosterField.Standing)}\" is not a party standing (正常, 保留, 恢复, 停止, 开除)");

            if (Labels.TryParseEmployment(RosterCells.StripCode(Raw(RosterField.Employment)), out var employment)) row.Employment = employment;
            else Fail(RosterField.Employment, $"“{Raw(RosterField.Employment)}”不是在职状态（在职、离退休、无职业）", $"\"{Raw(RosterField.Employment)}\" is not an employment status (在职, 离退休 or 无职业)");

            row.BirthDate = Date(RosterField.BirthDate);
            row.JoinedOn = Date(RosterField.JoinedOn);
            row.FullMemberOn = Date(RosterField.FullMemberOn);
            row.WorkStartedOn = Date(RosterField.WorkStartedOn);
            if (row.JoinedOn is { } joined && row.FullMemberOn is { } full && full < joined)
                Fail(RosterField.FullMemberOn, $"“{Raw(RosterField.FullMemberOn)}”早于入党时间“{Raw(RosterField.JoinedOn)}”", $"\"{Raw(RosterField.FullMemberOn)}\" is before the date joined \"{Raw(RosterField.JoinedOn)}\"");

            row.LostContact = YesNo(RosterField.LostContact);
            row.Outgoing = YesNo(RosterField.Outgoing);
            row.LeadingCadre = YesNo(RosterField.LeadingCadre);

            var idNumber = Optional(RosterField.IdNumber)?.ToUpperInvariant();
            if (idNumber is not null)
            {
                if (RosterCells.IdNumberProblem(idNumber) is not null)
                    Fail(RosterField.IdNumber, $"“{idNumber}”不是有效的身份证号码", $"\"{idNumber}\" is not a valid resident ID number");
                else if (seenIds.TryGetValue(idNumber, out var first))
                    Fail(RosterField.IdNumber, $"“{idNumber}”与第{first}行重复", $"\"{idNumber}\" repeats row {first}");
                else seenIds[idNumber] = rowNumber;
                row.IdNumber = idNumber;
            }
            else if (ok)
            {
                var key = (row.Name, row.BirthDate, row.OrganizationId);
                if (seenKeys.TryGetValue(key, out var first))
                    Fail(RosterField.Name, $"姓名、出生日期和所在组织与第{first}行相同（无身份证号码时以此识别党员）", $"name, birth date and organization repeat row {first} (they identify a member without an ID number)");
                else seenKeys[key] = rowNumber;
            }
            if (ok) rows.Add(row);
        }
        return (rows, columns.Present.ToHashSet(), errors.Listed(columns.Order), errors.Count, warnings);
    }

    private static readonly (string Column, RosterField[] From, NpgsqlDbType Type)[] Columns =
    [
        ("organization_id", [RosterField.Organization, RosterField.OrganizationCode], NpgsqlDbType.Bigint),
        ("name", [RosterField.Name], NpgsqlDbType.Text),
        ("gender", [RosterField.Gender], NpgsqlDbType.Text),
        ("ethnicity", [RosterField.Ethnicity], NpgsqlDbType.Text),
        ("birth_date", [RosterField.BirthDate], NpgsqlDbType.Date),
        ("native_place", [RosterField.NativePlace], NpgsqlDbType.Text),
        ("education", [RosterField.Education], NpgsqlDbType.Text),
        ("category", [RosterField.Category], NpgsqlDbType.Text),
        ("joined_on", [RosterField.JoinedOn], NpgsqlDbType.Date),
        ("full_member_on", [RosterField.FullMemberOn], NpgsqlDbType.Date),
        ("post", [RosterField.Post], NpgsqlDbType.Text),
        ("work_started_on", [RosterField.WorkStartedOn], NpgsqlDbType.Date),
        ("phone", [RosterField.Phone], NpgsqlDbType.Text),
        ("id_number", [RosterField.IdNumber], NpgsqlDbType.Text),
        ("standing", [RosterField.Standing], NpgsqlDbType.Text),
        ("lost_contact", [RosterField.LostContact], NpgsqlDbType.Boolean),
        ("is_outgoing", [RosterField.Outgoing], NpgsqlDbType.Boolean),
        ("whereabouts", [RosterField.Whereabouts], NpgsqlDbType.Text),
        ("is_leading_cadre", [RosterField.LeadingCadre], NpgsqlDbType.Boolean),
        ("employment", [RosterField.Employment], NpgsqlDbType.Text),
    ];

    private static readonly string People = $"{RosterDbContext.SchemaName}.people";

    private async Task<(int Added, int Updated, List<Func<IIntegrationEvents, CancellationToken, Task>> Announcements)> WriteAsync(
        List<Row> rows, HashSet<RosterField> present, CancellationToken ct)
    {
        var jurisdiction = db.CurrentJurisdictionId;
        var (user, at) = (actor.Current, clock.GetUtcNow());
        Activity? step = null; // the step under way, ended by the next (or by a failure)
        void Next(string? name)
        {
            step?.Dispose();
            step = name is null ? null : Steps.StartActivity(name);
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var tx = await connection.BeginTransactionAsync(ct);
            // One import per jurisdiction at a time: the second waits, then matches the people the first added
            // (instead of adding them again, or failing on an ID number the first just took). Released at commit.
            await ImportLock.TakeAsync(connection, jurisdiction, ct);
            var columnList = string.Join(", ", Columns.Select(c => c.Column));
            await ExecuteAsync(connection, $"""
                CREATE TEMP TABLE roster_import (row_no integer NOT NULL, person_id bigint, organization_id bigint NOT NULL, name text NOT NULL,
                    gender text, ethnicity text, birth_date date, native_place text, education text, category text NOT NULL, joined_on date,
                    full_member_on date, post text, work_started_on date, phone text, id_number text, standing text NOT NULL,
                    lost_contact boolean NOT NULL, is_outgoing boolean NOT NULL, whereabouts text, is_leading_cadre boolean NOT NULL,
                    employment text NOT NULL) ON COMMIT DROP
                """, jurisdiction, ct);
            Next("roster.import.copy");
            await using (var copy = await connection.BeginBinaryImportAsync($"COPY roster_import (row_no, {columnList}) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var r in rows)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(r.RowNumber, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(r.OrganizationId, NpgsqlDbType.Bigint, ct);
                    await copy.WriteAsync(r.Name, NpgsqlDbType.Text, ct);
                    await WriteText(copy, r.Gender, ct);
                    await WriteText(copy, r.Ethnicity, ct);
                    await WriteDate(copy, r.BirthDate, ct);
                    await WriteText(copy, r.NativePlace, ct);
                    await WriteText(copy, r.Education, ct);
                    await copy.WriteAsync(r.Category.ToString(), NpgsqlDbType.Text, ct);
                    await WriteDate(copy, r.JoinedOn, ct);
                    await WriteDate(copy, r.FullMemberOn, ct);
                    await WriteText(copy, r.Post, ct);
                    await WriteDate(copy, r.WorkStartedOn, ct);
                    await WriteText(copy, r.Phone, ct);
                    await WriteText(copy, r.IdNumber, ct);
                    await copy.WriteAsync(r.Standing.ToString(), NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(r.LostContact, NpgsqlDbType.Boolean, ct);
                    await copy.WriteAsync(r.Outgoing, NpgsqlDbType.Boolean, ct);
                    await WriteText(copy, r.Outgoing ? r.Whereabouts : null, ct);
                    await copy.WriteAsync(r.LeadingCadre, NpgsqlDbType.Boolean, ct);
                    await copy.WriteAsync(r.Employment.ToString(), NpgsqlDbType.Text, ct);
                }
                await copy.CompleteAsync(ct);
            }
            await ExecuteAsync(connection, "ANALYZE roster_import", jurisdiction, ct);
            Next("roster.import.match");
            await ExecuteAsync(connection, """
                UPDATE roster_import t SET person_id = p.id FROM roster.people p
                 WHERE p.jurisdiction_id = $1 AND t.id_number IS NOT NULL AND p.id_number = t.id_number
                """, jurisdiction, ct);
            // Fresh statistics and an index now that person_id is filled: else the planner, still believing every
            // person_id is null, checks "not matched yet" by scanning the whole temp table once per candidate row.
            await ExecuteAsync(connection, "CREATE INDEX ON roster_import (person_id)", jurisdiction, ct);
            await ExecuteAsync(connection, "ANALYZE roster_import", jurisdiction, ct);
            await ExecuteAsync(connection, """
                UPDATE roster_import t SET person_id = m.id FROM (
                    SELECT DISTINCT ON (t2.row_no) t2.row_no, p.id FROM roster_import t2
                      JOIN roster.people p ON p.jurisdiction_id = $1 AND p.name = t2.name AND p.organization_id = t2.organization_id
                       AND (p.birth_date = t2.birth_date OR (p.birth_date IS NULL AND t2.birth_date IS NULL))
                       AND (p.id_number IS NULL OR t2.id_number IS NULL)
                     WHERE t2.person_id IS NULL
                     ORDER BY t2.row_no, p.id) m
                 WHERE t.row_no = m.row_no AND NOT EXISTS (SELECT 1 FROM roster_import x WHERE x.person_id = m.id)
                """, jurisdiction, ct);
            Next("roster.import.write");
            var today = DateOnly.FromDateTime(at.UtcDateTime);
            var announcements = await AnnouncementsAsync(connection, jurisdiction, today, present.Contains(RosterField.Standing), ct);
            await using (var transfers = new NpgsqlCommand($"""
                WITH moved AS (
                    INSERT INTO roster.transfers (jurisdiction_id, person_id, from_organization_id, to_organization_id, transferred_on, note, recorded_at)
                    SELECT $1, p.id, p.organization_id, t.organization_id, $2, '名册导入 / roster import', $3
                      FROM roster_import t JOIN roster.people p ON p.jurisdiction_id = $1 AND p.id = t.person_id
                     WHERE p.organization_id <> t.organization_id
                    RETURNING *)
                {BulkAudit.InsertFrom("(SELECT jurisdiction_id, jurisdiction_id || '/' || id AS entity_key, NULL::jsonb AS before, to_jsonb(moved) AS after FROM moved) m",
                    $"{RosterDbContext.SchemaName}.transfers", AuditAction.Insert, first: 3)}
                """, connection))
            {
                transfers.Parameters.Add(new NpgsqlParameter { Value = jurisdiction });
                transfers.Parameters.Add(new NpgsqlParameter { Value = today, NpgsqlDbType = NpgsqlDbType.Date });
                BulkAudit.AddParameters(transfers, user, at);
                await transfers.ExecuteNonQueryAsync(ct);
            }
            // Only the columns the file has: a file without 联系电话 leaves the phone numbers alone.
            var written = Columns.Where(c => c.From.Any(present.Contains)).Select(c => c.Column).ToList();
            var sets = written.Select(c => c == "id_number" ? "id_number = COALESCE(t.id_number, p.id_number)"
                : c == "whereabouts" && !present.Contains(RosterField.Whereabouts) ? "whereabouts = CASE WHEN t.is_outgoing THEN p.whereabouts END"
                : $"{c} = t.{c}");
            // The rows to update, locked first: the self-join "o" below then reads exactly the values being replaced.
            await ExecuteAsync(connection, """
                SELECT count(*) FROM (SELECT 1 FROM roster.people p JOIN roster_import t ON p.id = t.person_id WHERE p.jurisdiction_id = $1 FOR UPDATE OF p) locked
                """, jurisdiction, ct);
            // Audited as the interceptor records an update: the key and the columns that changed, before and after.
            string Changed(string row) => "jsonb_build_object('jurisdiction_id', p.jurisdiction_id, 'id', p.id)" + string.Concat(
                written.Append("version").Select(c => $" || CASE WHEN o.{c} IS DISTINCT FROM p.{c} THEN jsonb_build_object('{c}', {row}.{c}) ELSE '{{}}' END"));
            var updated = await ExecuteAuditedAsync(connection, $"""
                WITH updated AS (
                    UPDATE roster.people p SET {string.Join(", ", sets)}, version = p.version + 1
                      FROM roster_import t, roster.people o
                     WHERE p.jurisdiction_id = $1 AND p.id = t.person_id AND o.jurisdiction_id = $1 AND o.id = p.id
                    RETURNING p.jurisdiction_id, p.jurisdiction_id || '/' || p.id AS entity_key, {Changed("o")} AS before, {Changed("p")} AS after)
                {BulkAudit.InsertFrom("updated", People, AuditAction.Update, first: 2)}
                """, jurisdiction, user, at, ct);
            var added = await ExecuteAuditedAsync(connection, $"""
                WITH added AS (
                    INSERT INTO roster.people (jurisdiction_id, {columnList})
                    SELECT $1, {columnList} FROM roster_import WHERE person_id IS NULL ORDER BY row_no
                    RETURNING *)
                {BulkAudit.InsertFrom("(SELECT jurisdiction_id, jurisdiction_id || '/' || id AS entity_key, NULL::jsonb AS before, to_jsonb(added) AS after FROM added) a",
                    People, AuditAction.Insert, first: 2)}
                """, jurisdiction, user, at, ct);
            Next(null);
            using (Steps.StartActivity("roster.import.commit")) await tx.CommitAsync(ct);
            return (added, updated, announcements);
        }
        finally
        {
            Next(null);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// What the import is about to change that others follow, read before it writes: each matched member whose
    /// organization changes (a transfer dated today) and, when the file has 党籍状态, each one on the rolls whose
    /// standing becomes suspended or expelled. Announced after the commit.
    /// </summary>
    private static async Task<List<Func<IIntegrationEvents, CancellationToken, Task>>> AnnouncementsAsync(NpgsqlConnection connection, int jurisdiction,
        DateOnly today, bool hasStanding, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT p.id, p.organization_id, t.organization_id, p.standing IN ('Suspended', 'Expelled'), t.standing
              FROM roster_import t JOIN roster.people p ON p.jurisdiction_id = $1 AND p.id = t.person_id
             WHERE p.organization_id <> t.organization_id
                OR ($2 AND p.standing NOT IN ('Suspended', 'Expelled') AND t.standing IN ('Suspended', 'Expelled'))
             ORDER BY p.id
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = jurisdiction });
        command.Parameters.Add(new NpgsqlParameter { Value = hasStanding });
        var announcements = new List<Func<IIntegrationEvents, CancellationToken, Task>>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (person, from, to, wasOff, standing) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetBoolean(3), reader.GetString(4));
            if (from != to) announcements.Add((e, c) => e.PublishAsync(new PersonTransferred(person, from, to, today), c));
            if (hasStanding && !wasOff && standing is nameof(PartyStanding.Suspended) or nameof(PartyStanding.Expelled))
                announcements.Add((e, c) => e.PublishAsync(new PersonLeft(person, to,
                    standing == nameof(PartyStanding.Expelled) ? MemberStanding.Expelled : MemberStanding.Suspended), c));
        }
        return announcements;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, int jurisdiction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (sql.Contains("$1", StringComparison.Ordinal)) command.Parameters.Add(new NpgsqlParameter { Value = jurisdiction });
        return await command.ExecuteNonQueryAsync(ct);
    }

    // The statement's row count is that of its audit entries: one per row written.
    private static async Task<int> ExecuteAuditedAsync(NpgsqlConnection connection, string sql, int jurisdiction, AuditUser user, DateTimeOffset at, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = jurisdiction });
        BulkAudit.AddParameters(command, user, at);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static Task WriteText(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Text, ct);

    private static Task WriteDate(NpgsqlBinaryImporter copy, DateOnly? value, CancellationToken ct) =>
        value is { } d ? copy.WriteAsync(d, NpgsqlDbType.Date, ct) : copy.WriteNullAsync(ct);
}
