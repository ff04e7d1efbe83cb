using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Database;
using Npgsql;

namespace Modular.Testing;

/// <summary>
/// The one PostgreSQL cluster this test process uses: started on first use (whichever test gets
/// there first; the others wait for the same start), stopped and deleted after the last test.
/// Not durable, since its data dies with the process anyway.
/// </summary>
public static class TestPostgres
{
    private static readonly ScratchDirectory Scratch = new();
    private static readonly Lazy<Task<EmbeddedPostgres>> Cluster = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Task<NpgsqlDataSource>> Admin = new(ConnectAdminAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _shutDown;

    public static Task<EmbeddedPostgres> GetAsync() => Cluster.Value;

    /// <summary>Connections to database "postgres", for CREATE/DROP DATABASE.</summary>
    public static Task<NpgsqlDataSource> AdminAsync() => Admin.Value;

    /// <summary>
    /// Stops the cluster and deletes its folder; runs once, from <see cref="ModularTestFramework"/>
    /// after the last test, or at process exit for runners that skip that.
    /// </summary>
    public static void Shutdown()
    {
        if (Interlocked.Exchange(ref _shutDown, 1) == 1)
            return;
        try
        {
            if (Admin.IsValueCreated && Admin.Value.IsCompletedSuccessfully)
                Admin.Value.Result.Dispose();
            if (Cluster.IsValueCreated && Cluster.Value.IsCompletedSuccessfully)
                Cluster.Value.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            Scratch.Dispose();
        }
    }

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        LeftoverTestClusters.RemoveThoseOfDeadProcesses();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Shutdown();
        var cluster = new EmbeddedPostgres(
            new EmbeddedPostgresOptions { DataDirectory = Scratch.Combine("pgdata"), Durable = false },
            NullLogger<EmbeddedPostgres>.Instance);
        await cluster.StartAsync(CancellationToken.None);
        return cluster;
    }

    private static async Task<NpgsqlDataSource> ConnectAdminAsync()
    {
        var cluster = await GetAsync();
        return NpgsqlDataSource.Create(cluster.ConnectionStringFor("postgres"));
    }
}
