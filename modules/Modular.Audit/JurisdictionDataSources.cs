using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Npgsql;

namespace Modular.Audit;

/// <summary>
/// One pool of the application role's connections per jurisdiction, each connection bound from its
/// start (<c>-c modular.jurisdiction=N</c> in the startup packet). A pooled connection's reset puts
/// session settings back to their start values, so the binding cannot outlive or leave its pool, and a
/// query costs no extra round trip to bind it (<see cref="JurisdictionSessionInterceptor"/> binds only
/// connections from elsewhere).
/// </summary>
public sealed class JurisdictionDataSources(string applicationConnection) : IDisposable, IAsyncDisposable
{
    private const int IdleSeconds = 15, PruningSeconds = 5;
    private readonly ConcurrentDictionary<int, NpgsqlDataSource> _pools = new();
    private static readonly ConditionalWeakTable<DbConnection, object> BornBound = new();

    /// <summary>A new, closed connection of <paramref name="jurisdictionId"/>'s pool.</summary>
    public NpgsqlConnection CreateConnection(int jurisdictionId)
    {
        var connection = PoolOf(jurisdictionId).CreateConnection();
        BornBound.AddOrUpdate(connection, jurisdictionId);
        return connection;
    }

    internal static bool IsBornBound(DbConnection connection, int jurisdictionId) =>
        BornBound.TryGetValue(connection, out var bound) && (int)bound == jurisdictionId;

    private NpgsqlDataSource PoolOf(int jurisdictionId)
    {
        if (jurisdictionId <= 0) throw new ArgumentOutOfRangeException(nameof(jurisdictionId), jurisdictionId, "A pool is a real jurisdiction's.");
        return _pools.GetOrAdd(jurisdictionId, id =>
        {
            var settings = new NpgsqlConnectionStringBuilder(applicationConnection)
            {
                // One pool per jurisdiction: a quiet jurisdiction's connections close soon, so that
                // many jurisdictions on one server do not hold its connections idle.
                ConnectionIdleLifetime = IdleSeconds,
                ConnectionPruningInterval = PruningSeconds,
            };
            settings.Options = $"{settings.Options} -c {JurisdictionSessions.Setting}={id}".Trim();
            return NpgsqlDataSource.Create(settings);
        });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values) await pool.DisposeAsync();
    }

    public void Dispose()
    {
        foreach (var pool in _pools.Values) pool.Dispose();
    }
}
