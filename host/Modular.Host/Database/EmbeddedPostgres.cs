using Microsoft.Extensions.Logging;
using Npgsql;

namespace Modular.Host.Database;

/// <summary>
/// A private PostgreSQL cluster in a data directory, run with this machine's server binaries and
/// reachable only through a UNIX socket. Starting creates the cluster on first use and reuses a
/// server that is already running; stopping only stops a server this instance started.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string AdminDatabase = "postgres";
    private const string PgCtlTimeoutSeconds = "60";
    private const int ServerLogLinesInErrors = 15;
    private static readonly TimeSpan StartLockTimeout = TimeSpan.FromMinutes(2);

    private readonly EmbeddedPostgresOptions _options;
    private readonly ILogger<EmbeddedPostgres> _logger;
    private readonly CommandRunner _runner;
    private readonly ClusterOwner _owner;
    private readonly ClusterDirectories _directories;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PostgresBinaries? _binaries;
    private ServerAddress? _address;
    private bool _startedServer;

    public EmbeddedPostgres(EmbeddedPostgresOptions options, ILogger<EmbeddedPostgres> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("EmbeddedPostgres needs Linux or macOS: on Windows, set ConnectionStrings:Modular.");
        _options = options;
        _logger = logger;
        _runner = new CommandRunner(logger);
        _owner = ClusterOwner.ForCurrentProcess();
        _directories = new ClusterDirectories(options.DataDirectory, _owner, _runner);
    }

    /// <summary>The cluster's data directory, as a full path.</summary>
    public string DataDirectory => _directories.DataDirectory;

    /// <summary>The folder of the server's UNIX socket; null until started.</summary>
    public string? SocketDirectory => _address?.SocketDirectory;

    /// <summary>The superuser role connections use: "postgres" when we run as root, else our user name.</summary>
    public string Role => _owner.Role;

    /// <summary>Creates the cluster if needed and starts (or reuses) its server; returns a connection string to database "postgres".</summary>
    public async Task<string> StartAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_address is null)
                _address = await StartOrReuseServerAsync(ct);
            return ConnectionStringFor(AdminDatabase);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the server if this instance started it; a server it found running keeps running.</summary>
    public async Task StopAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _address = null;
            if (!_startedServer || _binaries is null)
                return;
            var result = await PgCtlAsync(["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", PgCtlTimeoutSeconds], CancellationToken.None);
            if (!result.Succeeded && await IsRunningAsync(CancellationToken.None))
                throw new EmbeddedPostgresException($"Could not stop PostgreSQL in {DataDirectory}: {result.Describe()}");
            _startedServer = false;
            _directories.RemoveEmptySocketDirectory();
            _logger.LogInformation("Stopped embedded PostgreSQL in {DataDirectory}", DataDirectory);
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>Stops a cluster left by a process that died (pg_ctl's immediate mode: no checkpoint, nothing kept).</summary>
    public static void StopImmediately(string dataDirectory)
    {
        var pgCtl = PostgresBinaries.Locate(null).PgCtl;
        new CommandRunner(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
            .RunAsAsync(ClusterOwner.ForCurrentProcess(), pgCtl, ["stop", "-D", dataDirectory, "-m", "immediate", "-w"], CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    /// <summary>A connection string to <paramref name="database"/> on the running server.</summary>
    public string ConnectionStringFor(string database)
    {
        var address = _address ?? throw new InvalidOperationException("The embedded PostgreSQL server is not started: call StartAsync first.");
        return new NpgsqlConnectionStringBuilder
        {
            Host = address.SocketDirectory,
            Port = address.Port,
            Username = Role,
            Database = database,
        }.ConnectionString;
    }

    /// <summary>Creates database <paramref name="name"/> unless it exists.</summary>
    public async Task EnsureDatabaseAsync(string name, CancellationToken ct)
    {
        SqlIdentifier.Require(name, nameof(name));
        // Unpooled: a one-off, and a pooled connection would outlive a stop and fail after a restart.
        var unpooled = new NpgsqlConnectionStringBuilder(ConnectionStringFor(AdminDatabase)) { Pooling = false };
        await using var connection = new NpgsqlConnection(unpooled.ConnectionString);
        await connection.OpenAsync(ct);

        await using var exists = new NpgsqlCommand("select exists (select 1 from pg_database where datname = $1)", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = name });
        if ((bool)(await exists.ExecuteScalarAsync(ct))!)
            return;

        try
        {
            await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
            _logger.LogInformation("Created database {Database} in embedded PostgreSQL", name);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another process created it between our check and our create: that is what we wanted.
        }
    }

    private async Task<ServerAddress> StartOrReuseServerAsync(CancellationToken ct)
    {
        _binaries = PostgresBinaries.Locate(_options.BinDirectory);
        _logger.LogInformation("Embedded PostgreSQL: data directory {DataDirectory}, binaries {BinDirectory}, OS user {OsUser}",
            DataDirectory, _binaries.Directory, _owner.OsUser);

        await _directories.PrepareAsync(ct);
        using var startLock = await StartLock.AcquireAsync(_directories.StartLockFile, StartLockTimeout, ct);

        if (await IsRunningAsync(ct))
        {
            var running = ReadRunningServerAddress();
            _logger.LogInformation("Reusing the PostgreSQL server already running in {DataDirectory} (socket directory {SocketDirectory})",
                DataDirectory, running.SocketDirectory);
            return running;
        }

        if (!_directories.IsInitialized)
            await InitializeClusterAsync(ct);
        RemoveStalePidFile();
        await StartServerAsync(ct);
        _startedServer = true;
        _logger.LogInformation("Started embedded PostgreSQL in {DataDirectory} (socket directory {SocketDirectory})",
            DataDirectory, _directories.SocketDirectory);
        return new ServerAddress(_directories.SocketDirectory, ClusterDirectories.Port);
    }

    private async Task<bool> IsRunningAsync(CancellationToken ct)
    {
        if (!_directories.IsInitialized)
            return false;
        var status = await PgCtlAsync(["status", "-D", DataDirectory], ct);
        return status.ExitCode switch
        {
            0 => true,
            3 => false, // "no server running"
            _ => throw new EmbeddedPostgresException($"Could not ask whether PostgreSQL runs in {DataDirectory}: {status.Describe()}"),
        };
    }

    private async Task InitializeClusterAsync(CancellationToken ct)
    {
        _logger.LogInformation("Creating a PostgreSQL cluster in {DataDirectory} (superuser role {Role})", DataDirectory, Role);
        List<string> arguments =
        [
            "-D", DataDirectory, "-U", Role,
            // Trust is safe because the socket folder is 0700 and there is no TCP listener.
            "--auth-local=trust", "--auth-host=reject",
            "--encoding=UTF8", $"--locale={await ServerLocale.ChooseAsync(_runner, ct)}",
            "--no-instructions",
        ];
        if (!_options.Durable)
            arguments.Add("--no-sync");

        var result = await _runner.RunAsAsync(_owner, _binaries!.InitDb, arguments, ct);
        if (!result.Succeeded)
            throw new EmbeddedPostgresException($"initdb could not create a PostgreSQL cluster in {DataDirectory}: {result.Describe()}");
    }

    // A crash leaves postmaster.pid behind. pg_ctl status has just said no server runs, so the PID in
    // it is dead or belongs to someone else's process, and the file would only confuse the start.
    private void RemoveStalePidFile()
    {
        if (!File.Exists(_directories.PidFile))
            return;
        _logger.LogWarning("Removing stale {PidFile}: no PostgreSQL server runs for it (after a crash?)", _directories.PidFile);
        File.Delete(_directories.PidFile);
    }

    private async Task StartServerAsync(CancellationToken ct)
    {
        var written = ServerSettingsFile.Write(DataDirectory, _directories.SocketDirectory, ClusterDirectories.Port, _options.Durable);
        await _directories.GiveToOwnerAsync(written, ct);

        var result = await PgCtlAsync(
            ["start", "-D", DataDirectory, "-w", "-t", PgCtlTimeoutSeconds, "-l", _directories.ServerLog], ct);
        if (!result.Succeeded)
            throw new EmbeddedPostgresException(
                $"PostgreSQL did not start in {DataDirectory}: {result.Describe()}\nLast lines of {_directories.ServerLog}:\n  {string.Join("\n  ", ServerLogTail())}");
    }

    // postmaster.pid line 4 is the port, line 5 the first socket folder, as the running server chose them.
    private ServerAddress ReadRunningServerAddress()
    {
        var lines = File.ReadAllLines(_directories.PidFile);
        if (lines.Length < 5 || string.IsNullOrWhiteSpace(lines[4]) || !int.TryParse(lines[3], out var port))
            throw new EmbeddedPostgresException(
                $"The PostgreSQL server running in {DataDirectory} does not listen on a UNIX socket (see {_directories.PidFile}); stop it and start again.");
        return new ServerAddress(lines[4].Trim(), port);
    }

    private IEnumerable<string> ServerLogTail()
    {
        try
        {
            return File.ReadLines(_directories.ServerLog).TakeLast(ServerLogLinesInErrors).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [$"(could not read it: {e.Message})"];
        }
    }

    private Task<CommandResult> PgCtlAsync(IReadOnlyList<string> arguments, CancellationToken ct) =>
        _runner.RunAsAsync(_owner, _binaries!.PgCtl, arguments, ct);

    private sealed record ServerAddress(string SocketDirectory, int Port);
}
