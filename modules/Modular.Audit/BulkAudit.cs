using Npgsql;
using NpgsqlTypes;

namespace Modular.Audit;

/// <summary>
/// Audit entries for set-based writes (a bulk import's <c>UPDATE ... FROM</c> / <c>INSERT ... SELECT</c>), which
/// the interceptor never sees: put the write in a CTE that returns <c>jurisdiction_id</c>, <c>entity_key</c>,
/// <c>before</c> and <c>after</c> (jsonb, as the interceptor writes them) and follow it with <see cref="InsertFrom"/>.
/// One statement, in the write's own transaction, so the rows and their entries are stored together or not at all.
/// Values are written as given: use it only for tables without secret columns.
/// </summary>
public static class BulkAudit
{
    /// <summary>
    /// <c>INSERT INTO audit.entries ... SELECT ... FROM {source}</c>; who and when are the command's parameters
    /// <c>${first}</c> to <c>${first + 2}</c>, added by <see cref="AddParameters"/> in that order.
    /// </summary>
    public static string InsertFrom(string source, string entity, AuditAction action, int first) => $"""
        INSERT INTO {AuditModule.Schema}.entries (jurisdiction_id, occurred_at, user_id, user_name, entity, entity_key, action, before, after)
        SELECT jurisdiction_id, ${first}::timestamptz, ${first + 1}::integer, ${first + 2}::text, '{entity}', entity_key, '{action.ToSql()}', before, after
          FROM {source}
        """;

    public static void AddParameters(NpgsqlCommand command, AuditUser user, DateTimeOffset at)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = at.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)user.Id ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)user.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
    }
}
