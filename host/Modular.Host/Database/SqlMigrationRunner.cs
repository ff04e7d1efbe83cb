using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Modular.Host.Database;

/// <summary>
/// Brings one schema up to date with its hand-written SQL migrations, recording each in
/// &lt;schema&gt;.__migrations. Safe to run from several host instances at once: every step holds a
/// transaction-scoped advisory lock for the schema.
/// </summary>
public sealed class SqlMigrationRunner(NpgsqlDataSource dataSource, ILogger<SqlMigrationRunner> logger)
{
    private const string HistoryTable = "__migrations";

    // What this instance brought each schema to, for readiness: the database must still record all of it.
    private readonly ConcurrentDictionary<string, string[]> _ensured = new(StringComparer.Ordinal);

    /// <summary>Applies the migrations not yet recorded, in order; returns how many it applied.</summary>
    /// <exception cref="MigrationException">
    /// An applied migration was edited; the database records a migration this build does not have (it was brought up by a
    /// newer build: running an older one on it is a downgrade, refused before anything is applied); or a migration failed (it
    /// is rolled back).
    /// </exception>
    public async Task<int> ApplyAsync(string schema, IReadOnlyList<SqlMigration> migrations, CancellationToken ct)
    {
        SqlIdentifier.Require(schema, nameof(schema));
        RequireDistinctIds(migrations);

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var recorded = await PrepareHistoryAsync(connection, schema, ct);
        foreach (var migration in migrations)
        {
            if (recorded.TryGetValue(migration.Id, out var checksum))
                RequireUnchanged(schema, migration, checksum);
        }
        if (recorded.Keys.Except(migrations.Select(m => m.Id)).Order(StringComparer.Ordinal).ToList() is [var first, ..] unknown)
            throw new MigrationException(schema, first,
                $"Schema {schema} records migration{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown)}, which this build does not have: " +
                "the database was brought up by a newer build, and running an older one on it (a downgrade) is refused. Install that build again, " +
                "or restore a backup taken before the upgrade.");

        var applied = 0;
        foreach (var migration in migrations.Where(m => !recorded.ContainsKey(m.Id)))
        {
            if (await ApplyOneAsync(connection, schema, migration, ct))
                applied++;
        }
        _ensured[schema] = [.. migrations.Select(m => m.Id)];
        return applied;
    }

    /// <summary>
    /// The migrations this instance applied or found (<c>schema/id</c>) that the database no longer records — a schema dropped,
    /// an older dump restored under a running host; empty when every one is there. One query per schema, for readiness.
    /// </summary>
    public async Task<IReadOnlyList<string>> MissingAsync(CancellationToken ct)
    {
        var missing = new List<string>();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        foreach (var (schema, ids) in _ensured)
        {
            var recorded = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                await using var read = new NpgsqlCommand($"""select id from "{schema}".{HistoryTable}""", connection) { CommandTimeout = 5 };
                await using var reader = await read.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) recorded.Add(reader.GetString(0));
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
            {
                // the schema or its history is gone: every migration of it is missing
            }
            missing.AddRange(ids.Where(id => !recorded.Contains(id)).Select(id => $"{schema}/{id}"));
        }
        return missing;
    }

    // Creates the schema and its history table if missing; returns what the history holds (id -> checksum).
    private static async Task<Dictionary<string, string>> PrepareHistoryAsync(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await LockSchemaAsync(connection, schema, ct);
        await ExecuteAsync(connection, $"""
            create schema if not exists "{schema}";
            create table if not exists "{schema}".{HistoryTable} (
                id text primary key,
                checksum text not null,
                applied_at timestamptz not null default now());
            """, ct);

        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand($"""select id, checksum from "{schema}".{HistoryTable}""", connection))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                recorded[reader.GetString(0)] = reader.GetString(1);
        }
        await transaction.CommitAsync(ct);
        return recorded;
    }

    // One transaction per migration, holding the schema lock: another instance may have applied it
    // since we read the history, so look again once the lock is ours.
    private async Task<bool> ApplyOneAsync(NpgsqlConnection connection, string schema, SqlMigration migration, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await LockSchemaAsync(connection, schema, ct);

        await using (var check = new NpgsqlCommand($"""select checksum from "{schema}".{HistoryTable} where id = $1""", connection))
        {
            check.Parameters.Add(new NpgsqlParameter { Value = migration.Id });
            if (await check.ExecuteScalarAsync(ct) is string checksum)
            {
                RequireUnchanged(schema, migration, checksum);
                return false;
            }
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            await ExecuteAsync(connection, $"""set local search_path to "{schema}", public""", ct);
            await ExecuteAsync(connection, migration.Sql, ct);
        }
        catch (PostgresException e)
        {
            // Leaving the using block rolls the transaction back: nothing of this migration stays.
            var position = e.Position > 0 ? $" at character {e.Position}" : "";
            throw new MigrationException(schema, migration.Id,
                $"Migration {migration.Id} in schema {schema} failed: {e.MessageText} (SQLSTATE {e.SqlState}{position}).", e);
        }

        await using (var record = new NpgsqlCommand($"""insert into "{schema}".{HistoryTable} (id, checksum) values ($1, $2)""", connection))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Id });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Checksum });
            await record.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        logger.LogInformation("Applied migration {MigrationId} to schema {Schema} in {ElapsedMs} ms", migration.Id, schema, stopwatch.ElapsedMilliseconds);
        return true;
    }

    private static void RequireUnchanged(string schema, SqlMigration migration, string recordedChecksum)
    {
        if (recordedChecksum != migration.Checksum)
            throw new MigrationException(schema, migration.Id,
                $"Migration {migration.Id} in schema {schema} was changed after it was applied " +
                $"(recorded checksum {recordedChecksum}, now {migration.Checksum}): restore it and add a new migration instead.");
    }

    private static void RequireDistinctIds(IReadOnlyList<SqlMigration> migrations)
    {
        var duplicate = migrations.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Migration id {duplicate.Key} appears more than once.", nameof(migrations));
    }

    // Waits (no timeout: another instance may be running a long migration) until no other
    // transaction holds this schema's lock; released at commit or rollback.
    private static async Task LockSchemaAsync(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("select pg_advisory_xact_lock($1)", connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter { Value = LockKey(schema) });
        await command.ExecuteNonQueryAsync(ct);
    }

    // A key that is the same in every process and build (string.GetHashCode is randomized per process).
    private static long LockKey(string schema) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("modular.migrations:" + schema)));

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
