using Npgsql;

namespace Modular.Testing;

/// <summary>
/// Holds a table in SHARE mode — reads go on, writes wait — so that concurrent requests all get past their reads
/// before any of them writes: the race of two identical saves made certain instead of hoped for. Disposing releases it.
/// </summary>
public sealed class HeldTableLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly string _connectionString;

    private HeldTableLock(NpgsqlConnection connection, NpgsqlTransaction transaction, string connectionString) =>
        (_connection, _transaction, _connectionString) = (connection, transaction, connectionString);

    public static async Task<HeldTableLock> TakeAsync(string connectionString, string table)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"LOCK TABLE {table} IN SHARE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new HeldTableLock(connection, transaction, connectionString);
    }

    /// <summary>Until <paramref name="count"/> other sessions of the database wait for a lock (this one, or one they take among themselves).</summary>
    public async Task WaitForWaitersAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var waiting = await Sql.ScalarAsync<long>(_connectionString,
                $"select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> {_connection.ProcessID}");
            if (waiting >= count) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{waiting} of {count} sessions wait for a lock after 30 s");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.CommitAsync();
        await _connection.DisposeAsync();
    }
}
