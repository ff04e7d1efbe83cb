using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Modular.Host.Database;

/// <summary>Decides which PostgreSQL the host uses: the configured one, else an embedded cluster.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "Modular";
    public const string DataDirectoryKey = "Modular:DataDirectory";
    public const string DatabaseName = "modular";

    /// <summary>
    /// ConnectionStrings:Modular when set (nothing is started). Otherwise starts an embedded cluster
    /// in &lt;Modular:DataDirectory&gt;/postgres (default: the repository's .data folder, two levels
    /// above host/Modular.Host), ensures database "modular" and returns its connection string. The
    /// caller owns the returned cluster and disposes it at shutdown.
    /// </summary>
    public static async Task<(string ConnectionString, EmbeddedPostgres? Embedded)> ResolveConnectionStringAsync(
        IConfiguration config, string contentRoot, ILoggerFactory loggerFactory, CancellationToken ct)
    {
        var configured = config.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
            return (configured, null);

        var embedded = new EmbeddedPostgres(
            new EmbeddedPostgresOptions { DataDirectory = EmbeddedDataDirectory(config, contentRoot) },
            loggerFactory.CreateLogger<EmbeddedPostgres>());
        try
        {
            await embedded.StartAsync(ct);
            await embedded.EnsureDatabaseAsync(DatabaseName, ct);
            return (embedded.ConnectionStringFor(DatabaseName), embedded);
        }
        catch
        {
            await embedded.DisposeAsync();
            throw;
        }
    }

    /// <summary>&lt;Modular:DataDirectory, relative to the content root; default ../../.data&gt;/postgres.</summary>
    internal static string EmbeddedDataDirectory(IConfiguration config, string contentRoot)
    {
        var dataRoot = Path.GetFullPath(config[DataDirectoryKey] ?? Path.Combine("..", "..", ".data"), contentRoot);
        return Path.Combine(dataRoot, "postgres");
    }
}
