using Modular.Audit;
using Modular.Sdk;
using Npgsql;

namespace Modular.Schedules;

/// <summary>
/// What was generated from each plugin for the current jurisdiction (<c>schedules.obligation_generations</c>):
/// for which version of its switch and on which day. And the lock that makes one host instance
/// generate a jurisdiction's obligations while the others wait for it, then find them current.
/// </summary>
public sealed class ObligationGenerations(NpgsqlDataSource database, IJurisdictionContext jurisdiction)
{
    /// <summary>The advisory lock's first key (the second is the jurisdiction id).</summary>
    private const int LockKey = 0x5CED0B1;

    public sealed record Generated(int SwitchVersion, DateOnly On, int Touched);

    private int J => jurisdiction.Required.Id;

    public async Task<Dictionary<string, Generated>> ReadAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenForJurisdictionAsync(J, ct);
        await using var command = new NpgsqlCommand("select source, switch_version, generated_on, touched from schedules.obligation_generations where jurisdiction_id = $1", connection);
        command.Parameters.Add(new() { Value = J });
        var rows = new Dictionary<string, Generated>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows[reader.GetString(0)] = new Generated(reader.GetInt32(1), reader.GetFieldValue<DateOnly>(2), reader.GetInt32(3));
        return rows;
    }

    public async Task MarkAsync(string source, int switchVersion, DateOnly on, int touched, CancellationToken ct = default)
    {
        await using var connection = await database.OpenForJurisdictionAsync(J, ct);
        await using var command = new NpgsqlCommand("""
            insert into schedules.obligation_generations (jurisdiction_id, source, switch_version, generated_on, touched) values ($1, $2, $3, $4, $5)
            on conflict (jurisdiction_id, source) do update
               set switch_version = excluded.switch_version, generated_on = excluded.generated_on, generated_at = now(), touched = excluded.touched
            """, connection);
        command.Parameters.Add(new() { Value = J });
        command.Parameters.Add(new() { Value = source });
        command.Parameters.Add(new() { Value = switchVersion });
        command.Parameters.Add(new() { Value = on });
        command.Parameters.Add(new() { Value = touched });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A plugin switched off: its obligations and its generation row go. Returns the obligations removed.</summary>
    public async Task<int> RemoveAsync(string source, CancellationToken ct = default)
    {
        await using var connection = await database.OpenForJurisdictionAsync(J, ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var obligations = new NpgsqlCommand("delete from schedules.obligations where jurisdiction_id = $1 and source = $2", connection, tx);
        obligations.Parameters.Add(new() { Value = J });
        obligations.Parameters.Add(new() { Value = source });
        var removed = await obligations.ExecuteNonQueryAsync(ct);
        await using var row = new NpgsqlCommand("delete from schedules.obligation_generations where jurisdiction_id = $1 and source = $2", connection, tx);
        row.Parameters.Add(new() { Value = J });
        row.Parameters.Add(new() { Value = source });
        await row.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return removed;
    }

    /// <summary>
    /// Waits for the jurisdiction's generation lock (a transaction-scoped advisory lock on a connection of its own) and
    /// holds it until disposed; if the process dies, the connection closes and the lock goes with it.
    /// </summary>
    public async Task<IAsyncDisposable> LockAsync(CancellationToken ct = default)
    {
        var connection = await database.OpenForJurisdictionAsync(J, ct);
        try
        {
            var tx = await connection.BeginTransactionAsync(ct);
            await using var command = new NpgsqlCommand("select pg_advisory_xact_lock($1, $2)", connection, tx);
            command.Parameters.Add(new() { Value = LockKey });
            command.Parameters.Add(new() { Value = J });
            await command.ExecuteNonQueryAsync(ct);
            return new HeldLock(connection, tx);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class HeldLock(NpgsqlConnection connection, NpgsqlTransaction tx) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try { await tx.RollbackAsync(CancellationToken.None); } // the transaction holds nothing but the lock
            finally { await connection.DisposeAsync(); }
        }
    }
}
