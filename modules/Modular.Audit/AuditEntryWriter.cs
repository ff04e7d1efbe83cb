using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Audit;

/// <summary>
/// Appends entries to <c>audit.entries</c> in one statement (the rows travel as arrays and are
/// unnested by the server), on the saving context's own connection and transaction.
/// </summary>
internal static class AuditEntryWriter
{
    private static readonly string InsertSql = $"""
        insert into {AuditModule.Schema}.entries (jurisdiction_id, occurred_at, user_id, user_name, entity, entity_key, action, before, after)
        select e.jurisdiction_id, $1::timestamptz, $2::integer, $3::text, e.entity, e.entity_key, e.action, e.before::jsonb, e.after::jsonb
        from unnest($4::integer[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
            as e(jurisdiction_id, entity, entity_key, action, before, after)
        """;

    public static void Write(DbContext context, AuditUser user, DateTimeOffset at, IReadOnlyList<NewAuditEntry> entries)
    {
        if (entries.Count == 0) return;
        using var command = Command(context, user, at, entries);
        command.ExecuteNonQuery();
    }

    public static async Task WriteAsync(DbContext context, AuditUser user, DateTimeOffset at, IReadOnlyList<NewAuditEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        await using var command = Command(context, user, at, entries);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The same insert on a connection of one's own (tests, imports of old logs).</summary>
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, AuditUser user, DateTimeOffset at, IReadOnlyList<NewAuditEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        await using var command = Command(connection, transaction, user, at, entries);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlCommand Command(DbContext context, AuditUser user, DateTimeOffset at, IReadOnlyList<NewAuditEntry> entries)
    {
        var connection = context.Database.GetDbConnection() as NpgsqlConnection
            ?? throw new InvalidOperationException($"The audit log is kept in PostgreSQL; {context.GetType().Name} does not use Npgsql.");
        // Null inside an ambient TransactionScope, which the connection has enlisted in already.
        var transaction = (NpgsqlTransaction?)context.Database.CurrentTransaction?.GetDbTransaction();
        return Command(connection, transaction, user, at, entries);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, AuditUser user, DateTimeOffset at, IReadOnlyList<NewAuditEntry> entries)
    {
        var command = new NpgsqlCommand(InsertSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = at.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)user.Id ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)user.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.JurisdictionId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Entity).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.EntityKey).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Action.ToSql()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Before).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.After).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return command;
    }
}
