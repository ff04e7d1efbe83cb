using Npgsql;

namespace Modular.Organizations;

/// <summary>
/// Imports into one jurisdiction take turns, roster and organization files alike (each reads what the other writes:
/// the roster import looks up organizations, the organization import looks up members for its secretaries).
/// </summary>
internal static class ImportLock
{
    /// <summary>The lock's first key; the second is the jurisdiction.</summary>
    private const int Key = 0x1A4057;

    /// <summary>Waits for the jurisdiction's other import, inside the caller's transaction; released at its commit or rollback.</summary>
    public static async Task TakeAsync(NpgsqlConnection connection, int jurisdiction, CancellationToken ct)
    {
        await using var wait = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1, $2)", connection) { CommandTimeout = 0 };
        wait.Parameters.Add(new NpgsqlParameter { Value = Key });
        wait.Parameters.Add(new NpgsqlParameter { Value = jurisdiction });
        await wait.ExecuteNonQueryAsync(ct);
    }
}
