using System.Collections.Concurrent;
using Modular.Sdk;
using Npgsql;

namespace Modular.Audit;

/// <summary>What a table's rows are called in words, and where a row is shown (<c>/people/{id}</c> under <c>/j/{code}</c>).</summary>
internal sealed record AuditTableLabel(LocalizedText Name, string? PageTemplate);

/// <summary>
/// The words the audit page uses for tables and columns. A module or plugin names its tables in its own migrations
/// (<c>COMMENT ON TABLE people IS '党员 | Member | /people/{id}'</c>: Chinese, English, and the record's page with
/// <c>{column}</c> taken from the row) and may name a column the same way; columns without a comment take the
/// common names below. Read from the catalog once, after the migrations ran (the first time the page asks).
/// </summary>
internal sealed class AuditVocabulary(PlatformDatabase database)
{
    private IReadOnlyDictionary<string, AuditTableLabel>? _tables;
    private IReadOnlyDictionary<string, LocalizedText>? _columns;
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, LocalizedText>>? _values;
    private readonly SemaphoreSlim _loading = new(1, 1);

    /// <summary>Columns that say nothing to a reader: the tenant, surrogate keys, concurrency and security stamps.</summary>
    private static readonly HashSet<string> Hidden =
    [
        "jurisdiction_id", "id", "version", "concurrency_stamp", "security_stamp", "normalized_user_name", "normalized_email", "xmin",
    ];

    /// <summary>Column names used across the modules and plugins, in words (a column comment wins over these).</summary>
    private static readonly IReadOnlyDictionary<string, LocalizedText> Common = new Dictionary<string, LocalizedText>
    {
        ["name"] = new("名称", "Name"), ["title"] = new("标题", "Title"), ["code"] = new("编号", "Code"), ["kind"] = new("类别", "Kind"),
        ["sector"] = new("领域", "Sector"), ["parent_id"] = new("上级组织", "Parent"), ["organization_id"] = new("所在组织", "Organization"),
        ["person_id"] = new("党员", "Member"), ["author_person_id"] = new("作者", "Author"), ["established_on"] = new("建立日期", "Established"),
        ["contact"] = new("联系人", "Contact"), ["gender"] = new("性别", "Gender"), ["ethnicity"] = new("民族", "Ethnicity"),
        ["birth_date"] = new("出生日期", "Birth date"), ["native_place"] = new("籍贯", "Native place"), ["education"] = new("学历", "Education"),
        ["category"] = new("人员类别", "Category"), ["joined_on"] = new("入党时间", "Joined"), ["full_member_on"] = new("转正时间", "Full member since"),
        ["post"] = new("岗位/职务", "Post"), ["work_started_on"] = new("参加工作时间", "Started work"), ["phone"] = new("联系电话", "Phone"),
        ["id_number"] = new("身份证号码", "ID number"), ["standing"] = new("党籍状态", "Standing"), ["lost_contact"] = new("失联", "Lost contact"),
        ["is_outgoing"] = new("外出党员", "Outgoing"), ["whereabouts"] = new("外出流向", "Whereabouts"), ["is_leading_cadre"] = new("领导干部", "Leading cadre"),
        ["from_organization_id"] = new("转出组织", "From"), ["to_organization_id"] = new("转入组织", "To"), ["transferred_on"] = new("转接日期", "Transferred on"),
        ["note"] = new("备注", "Note"), ["recorded_at"] = new("记录时间", "Recorded at"), ["created_at"] = new("创建时间", "Created at"),
        ["updated_at"] = new("更新时间", "Updated at"), ["user_name"] = new("用户名", "User name"), ["display_name"] = new("姓名", "Display name"),
        ["email"] = new("电子邮箱", "Email"), ["role"] = new("角色", "Role"), ["enabled"] = new("启用", "On"), ["settings"] = new("设置", "Settings"),
        ["plugin_id"] = new("活动模块", "Campaign module"), ["body"] = new("正文", "Text"), ["text"] = new("内容", "Text"), ["content"] = new("内容", "Content"),
        ["state"] = new("状态", "State"), ["status"] = new("状态", "Status"), ["due_on"] = new("期限", "Due"), ["met_on"] = new("完成日期", "Met on"),
        ["held_on"] = new("日期", "Held on"), ["on"] = new("日期", "Date"), ["day"] = new("日期", "Day"), ["period_date"] = new("日期", "Date"),
        ["starts_on"] = new("开始日期", "Starts"), ["ends_on"] = new("结束日期", "Ends"), ["hours"] = new("学时", "Hours"), ["location"] = new("地点", "Place"),
        ["topic"] = new("主题", "Topic"), ["comment"] = new("意见", "Comment"), ["reason"] = new("理由", "Reason"), ["score"] = new("得分", "Score"),
        ["lockout_end"] = new("锁定至", "Locked until"), ["lockout_enabled"] = new("可锁定", "Lockout enabled"), ["access_failed_count"] = new("连续失败次数", "Failed sign-ins"),
        ["language"] = new("语言", "Language"), ["time_zone"] = new("时区", "Time zone"), ["archived_at"] = new("归档时间", "Archived at"),
        ["preferred_language"] = new("界面语言", "Language"), ["granted_at"] = new("授予时间", "Granted at"), ["character_count"] = new("字数", "Characters"),
        ["password_hash"] = new("密码", "Password"), ["user_id"] = new("账号", "Account"), ["submitted_at"] = new("提交时间", "Submitted at"),
        ["reviewed_at"] = new("审核时间", "Reviewed at"), ["review_comment"] = new("审核意见", "Review comment"), ["format"] = new("格式", "Format"),
        ["rows"] = new("行数", "Rows"), ["people"] = new("人数", "People"), ["list"] = new("名单", "List"), ["path"] = new("地址", "Address"),
    };

    public static bool IsHidden(string column) => Hidden.Contains(column);

    /// <summary><c>Full=正式党员=Full member; Probationary=预备党员=Probationary member</c> → value → words.</summary>
    private static IReadOnlyDictionary<string, LocalizedText> ValueWords(string list)
    {
        var words = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var item in list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (item.Split('=', StringSplitOptions.TrimEntries) is [var value, var zh, var en]) words[value] = new LocalizedText(zh, en);
        return words;
    }

    public async Task<AuditTableLabel?> TableAsync(string entity, CancellationToken ct)
    {
        await LoadAsync(ct);
        return _tables!.TryGetValue(entity, out var label) ? label : null;
    }

    public async Task<IReadOnlyDictionary<string, AuditTableLabel>> TablesAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return _tables!;
    }

    /// <summary>The column's words: its comment, else the common name, else the column name itself.</summary>
    public async Task<string> ColumnAsync(string entity, string column, CancellationToken ct)
    {
        await LoadAsync(ct);
        return _columns!.TryGetValue($"{entity}.{column}", out var own) ? own.ToString()
            : Common.TryGetValue(column, out var common) ? common.ToString() : column;
    }

    /// <summary>A stored value in words where the column's comment lists it (<c>Full=正式党员=Full member</c>), else the value.</summary>
    public async Task<string> ValueAsync(string entity, string column, string value, CancellationToken ct)
    {
        await LoadAsync(ct);
        return _values!.TryGetValue($"{entity}.{column}", out var words) && words.TryGetValue(value, out var word) ? word.ToString() : value;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (_tables is not null) return;
        await _loading.WaitAsync(ct);
        try
        {
            if (_tables is not null) return;
            var tables = new Dictionary<string, AuditTableLabel>(StringComparer.Ordinal);
            var columns = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            var values = new Dictionary<string, IReadOnlyDictionary<string, LocalizedText>>(StringComparer.Ordinal);
            await using var connection = await database.DataSource.OpenConnectionAsync(ct);
            await using var command = new NpgsqlCommand("""
                select n.nspname, c.relname, a.attname, d.description
                  from pg_description d
                  join pg_class c on c.oid = d.objoid and d.classoid = 'pg_class'::regclass and c.relkind in ('r', 'p')
                  join pg_namespace n on n.oid = c.relnamespace
                  left join pg_attribute a on a.attrelid = c.oid and a.attnum = d.objsubid and d.objsubid > 0
                """, connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var entity = $"{reader.GetString(0)}.{reader.GetString(1)}";
                var parts = reader.GetString(3).Split('|', StringSplitOptions.TrimEntries);
                if (parts.Length < 2 || parts[0].Length == 0) continue; // a comment of another kind: not a label
                var name = new LocalizedText(parts[0], parts[1]);
                if (reader.IsDBNull(2)) tables[entity] = new AuditTableLabel(name, parts.Length > 2 && parts[2].StartsWith('/') ? parts[2] : null);
                else
                {
                    var column = $"{entity}.{reader.GetString(2)}";
                    columns[column] = name;
                    if (parts.Length > 2) values[column] = ValueWords(parts[2]);
                }
            }
            _columns = columns;
            _values = values;
            _tables = tables;
        }
        finally
        {
            _loading.Release();
        }
    }
}
