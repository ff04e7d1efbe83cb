using Npgsql;
using Respawn;
using Respawn.Graph;

namespace Modular.Testing;

/// <summary>
/// Empties a test host's database between the tests of a class that shares one host (Respawn 7), keeping what a
/// migration or the host's start wrote rather than a test: the migration journals (<c>__migrations</c> in each schema)
/// and the data-protection key ring the host's cookies are signed with. The audit log is append-only: its trigger
/// refuses TRUNCATE whoever asks, so it is emptied on purpose, with that trigger switched off for the one statement,
/// in the same transaction.
/// </summary>
public sealed class DatabaseReset
{
    private readonly string _connectionString;
    private readonly Respawner _respawner;

    private DatabaseReset(string connectionString, Respawner respawner) => (_connectionString, _respawner) = (connectionString, respawner);

    /// <param name="ownerConnectionString">A connection that owns the tables (the test database's superuser): the host's own role may not truncate.</param>
    public static async Task<DatabaseReset> CreateAsync(string ownerConnectionString)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        var respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            TablesToIgnore = [new Table("__migrations"), new Table("identity", "data_protection_keys"), new Table("audit", "entries")],
        });
        return new DatabaseReset(ownerConnectionString, respawner);
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await _respawner.ResetAsync(connection);
        await using var audit = connection.CreateCommand();
        audit.CommandText = """
            begin;
            alter table audit.entries disable trigger entries_no_truncate;
            truncate audit.entries;
            alter table audit.entries enable trigger entries_no_truncate;
            commit;
            """;
        await audit.ExecuteNonQueryAsync();
    }
}
