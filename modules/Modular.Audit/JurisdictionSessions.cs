using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Modular.Sdk.Data;
using Npgsql;

namespace Modular.Audit;

/// <summary>
/// The database's own wall between jurisdictions. Every table with a <c>jurisdiction_id</c> has a
/// row-level security policy that shows and accepts only the rows of the jurisdiction set on the
/// connection (<see cref="Setting"/>); a connection with none set sees nothing, unless it is a
/// platform connection (<see cref="PlatformDatabase"/>). The host serves requests as a role that owns
/// no table and cannot bypass the policy, so a query that forgets its <c>where jurisdiction_id</c>
/// still reads only its own jurisdiction.
/// </summary>
public static class JurisdictionSessions
{
    /// <summary>The connection's jurisdiction, read by the policies: <c>current_setting('modular.jurisdiction')</c>.</summary>
    public const string Setting = "modular.jurisdiction";

    /// <summary>"on" for the host's platform connections (sign-in, jurisdictions, jobs that pick a jurisdiction).</summary>
    public const string PlatformSetting = "modular.platform";

    /// <summary>
    /// A connection from <paramref name="dataSource"/> bound to one jurisdiction. Npgsql resets the
    /// session (DISCARD ALL) when the connection goes back to the pool, so the binding ends with it.
    /// </summary>
    public static Task<NpgsqlConnection> OpenForJurisdictionAsync(this NpgsqlDataSource dataSource, int jurisdictionId, CancellationToken ct = default) =>
        OpenAsync(dataSource, jurisdictionId, planEachRun: false, ct);

    /// <summary>
    /// <see cref="OpenForJurisdictionAsync"/> for a statement that sums many rows over a range of values (a year's rollup):
    /// PostgreSQL plans it for each run's values. The application role's pools prepare the statements they repeat, and from
    /// its sixth run PostgreSQL may plan a prepared statement once for any values, on guessed row counts; the county's
    /// compliance rollup then sorted all its 36,500 counter rows where a hash of its few keys does, and took twice as long.
    /// Set in the binding's own round trip; the pool's reset on return ends it.
    /// </summary>
    public static Task<NpgsqlConnection> OpenForJurisdictionPlanningEachRunAsync(this NpgsqlDataSource dataSource, int jurisdictionId, CancellationToken ct = default) =>
        OpenAsync(dataSource, jurisdictionId, planEachRun: true, ct);

    private static async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource dataSource, int jurisdictionId, bool planEachRun, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            await using var command = BindCommand(connection, jurisdictionId);
            if (planEachRun) command.CommandText += ", set_config('plan_cache_mode', 'force_custom_plan', false)";
            await command.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sets the connection's jurisdiction for the rest of its session (until it goes back to the pool).</summary>
    public static async Task BindAsync(DbConnection connection, int jurisdictionId, CancellationToken ct = default)
    {
        await using var command = BindCommand(connection, jurisdictionId);
        await command.ExecuteNonQueryAsync(ct);
    }

    internal static void Bind(DbConnection connection, int jurisdictionId)
    {
        using var command = BindCommand(connection, jurisdictionId);
        command.ExecuteNonQuery();
    }

    private static DbCommand BindCommand(DbConnection connection, int jurisdictionId)
    {
        if (jurisdictionId <= 0) throw new ArgumentOutOfRangeException(nameof(jurisdictionId), jurisdictionId, "A connection is bound to a real jurisdiction.");
        var command = connection.CreateCommand();
        command.CommandText = $"select set_config('{Setting}', '{jurisdictionId}', false)"; // an int: nothing to escape
        return command;
    }
}

/// <summary>
/// Binds each connection a jurisdiction-scoped context opens to the context's jurisdiction, so the
/// database enforces what the context's query filters say; a connection of that jurisdiction's own
/// pool (<see cref="JurisdictionDataSources"/>, what request scopes hand out) is bound from its start
/// and costs no round trip. A context without a jurisdiction binds nothing and the database shows it nothing.
/// </summary>
internal sealed class JurisdictionSessionInterceptor : DbConnectionInterceptor
{
    public static readonly JurisdictionSessionInterceptor Instance = new();

    private JurisdictionSessionInterceptor() { }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (eventData.Context is PluginDbContext { CurrentJurisdictionId: > 0 } context && !JurisdictionDataSources.IsBornBound(connection, context.CurrentJurisdictionId))
            JurisdictionSessions.Bind(connection, context.CurrentJurisdictionId);
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        eventData.Context is PluginDbContext { CurrentJurisdictionId: > 0 } context && !JurisdictionDataSources.IsBornBound(connection, context.CurrentJurisdictionId)
            ? JurisdictionSessions.BindAsync(connection, context.CurrentJurisdictionId, cancellationToken)
            : Task.CompletedTask;
}

/// <summary>
/// The host's platform connections: the same application role, with <c>modular.platform=on</c> as the
/// session default, so they see every jurisdiction's rows (a jurisdiction bound on one still narrows
/// it to that one). For the core modules that serve every jurisdiction at once: identity (sign-in),
/// jurisdictions and plugin switches, the audit log, the job runners. Never handed to a plugin.
/// </summary>
public sealed class PlatformDatabase(NpgsqlDataSource dataSource)
{
    public NpgsqlDataSource DataSource { get; } = dataSource;
}
