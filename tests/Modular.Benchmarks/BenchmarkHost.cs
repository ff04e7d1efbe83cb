using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Database;
using Npgsql;

namespace Modular.Benchmarks;

/// <summary>
/// What a benchmark over the real host runs against: an embedded PostgreSQL cluster in <c>directory</c> (kept for the next
/// run when asked, else deleted afterwards), the host started in-process over it with the built plugins
/// (<see cref="BenchmarkKit.StartHostAsync"/>), and a plain data source as the cluster's owner for loaders and twins.
/// Disposing stops the host, then the cluster.
/// </summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly EmbeddedPostgres _postgres;
    private readonly string _directory;
    private readonly bool _keep;
    private WebApplication? _app;
    private NpgsqlDataSource? _database;

    private BenchmarkHost(string directory, bool keep)
    {
        (_directory, _keep) = (directory, keep);
        _postgres = new EmbeddedPostgres(new EmbeddedPostgresOptions { DataDirectory = directory, Durable = false }, NullLogger<EmbeddedPostgres>.Instance);
    }

    public WebApplication App => _app!;
    public NpgsqlDataSource Database => _database!;
    public string ConnectionString { get; private set; } = "";

    /// <param name="beforeStart">maps a benchmark's own endpoints (its raw twins) into the host before it starts.</param>
    public static async Task<BenchmarkHost> StartAsync(string directory, bool keep, Action<WebApplication>? beforeStart = null)
    {
        var host = new BenchmarkHost(directory, keep);
        try
        {
            host.ConnectionString = await host._postgres.StartAsync(CancellationToken.None);
            host._app = await BenchmarkKit.StartHostAsync(host.ConnectionString, BenchmarkKit.PluginsDirectory(), beforeStart);
            host._database = NpgsqlDataSource.Create(host.ConnectionString);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
        if (_app is not null) { await _app.StopAsync(); await _app.DisposeAsync(); }
        await _postgres.DisposeAsync();
        if (!_keep) try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
