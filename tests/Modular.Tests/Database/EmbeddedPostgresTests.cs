using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Database;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Database;

/// <summary>Lifecycle of clusters these tests start themselves, each in its own scratch folder.</summary>
public class EmbeddedPostgresTests
{
    // A hung start or stop fails its test instead of the whole run.
    private readonly CancellationToken Ct = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task Second_instance_reuses_the_running_server_and_leaves_it_running()
    {
        using var scratch = new ScratchDirectory();
        await using var first = NewCluster(scratch.Combine("pgdata"));
        var firstConnection = await first.StartAsync(Ct);
        await Sql.ExecuteAsync(firstConnection, "create table shared_marker (id int); insert into shared_marker values (42)");

        await using (var second = NewCluster(scratch.Combine("pgdata")))
        {
            var secondConnection = await second.StartAsync(Ct);
            Assert.Equal(42, await Sql.ScalarAsync<int>(secondConnection, "select id from shared_marker"));
        }

        Assert.Equal(1, await Sql.ScalarAsync<int>(firstConnection, "select 1"));
    }

    [Fact]
    public async Task Instances_starting_together_on_a_new_directory_share_one_server()
    {
        using var scratch = new ScratchDirectory();
        var clusters = Enumerable.Range(0, 3).Select(_ => NewCluster(scratch.Combine("pgdata"))).ToList();
        try
        {
            var connections = await Task.WhenAll(clusters.Select(c => Task.Run(() => c.StartAsync(Ct))));

            await Sql.ExecuteAsync(connections[0], "create table seen_by_all (id int)");
            foreach (var connection in connections)
                Assert.Equal(0L, await Sql.ScalarAsync<long>(connection, "select count(*) from seen_by_all"));
        }
        finally
        {
            foreach (var cluster in clusters)
                await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task Stop_then_start_keeps_the_data()
    {
        using var scratch = new ScratchDirectory();
        var dataDirectory = scratch.Combine("pgdata");
        await using (var cluster = NewCluster(dataDirectory))
        {
            var connection = await cluster.StartAsync(Ct);
            await Sql.ExecuteAsync(connection, "create table kept (note text); insert into kept values ('still here')");
            await cluster.StopAsync();
            Assert.False(File.Exists(Path.Combine(dataDirectory, "postmaster.pid")));
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => Sql.ScalarAsync<int>(connection, "select 1"));
        }

        await using var restarted = NewCluster(dataDirectory);
        var again = await restarted.StartAsync(Ct);
        Assert.Equal("still here", await Sql.ScalarAsync<string>(again, "select note from kept"));
    }

    [Fact]
    public async Task Start_after_a_crash_ignores_the_stale_pid_file()
    {
        using var scratch = new ScratchDirectory();
        var pidFile = scratch.Combine("pgdata", "postmaster.pid");
        await using var cluster = NewCluster(scratch.Combine("pgdata"));
        await Sql.ExecuteAsync(await cluster.StartAsync(Ct), "create table survivor (id int)");
        var pidFileLines = await File.ReadAllLinesAsync(pidFile, Ct);
        await cluster.StopAsync();

        // What a killed server leaves behind: its pid file, naming a process that is gone.
        await File.WriteAllLinesAsync(pidFile, [DeadProcessId().ToString(), .. pidFileLines.Skip(1)], Ct);

        var connection = await cluster.StartAsync(Ct);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(connection, "select count(*) from survivor"));
    }

    [Fact]
    public async Task Long_data_directory_gets_a_short_socket_directory_under_tmp()
    {
        using var scratch = new ScratchDirectory();
        // Far past the ~107 bytes a UNIX socket path may have.
        var dataDirectory = scratch.Combine(new string('d', 50), new string('e', 50), "pgdata");
        string socketDirectory;
        await using (var cluster = NewCluster(dataDirectory))
        {
            var connection = await cluster.StartAsync(Ct);
            socketDirectory = cluster.SocketDirectory!;
            Assert.StartsWith("/tmp/modular-pg-", socketDirectory);
            Assert.Equal(socketDirectory, await Sql.ScalarAsync<string>(connection, "show unix_socket_directories"));
        }

        Assert.False(Directory.Exists(socketDirectory), "the socket folder should be removed with the server that used it");
    }

    [Fact]
    public async Task A_symlink_planted_as_the_tmp_socket_directory_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var dataDirectory = scratch.Combine(new string('d', 50), new string('e', 50), "pgdata");
        var socketDirectory = new ClusterDirectories(dataDirectory, ClusterOwner.ForCurrentProcess(), new CommandRunner(NullLogger.Instance)).SocketDirectory;
        var target = Directory.CreateDirectory(scratch.Combine("target")).FullName;
        Directory.CreateSymbolicLink(socketDirectory, target);
        try
        {
            await using var cluster = NewCluster(dataDirectory);
            var error = await Assert.ThrowsAsync<EmbeddedPostgresException>(() => cluster.StartAsync(Ct));
            Assert.Contains("is a symbolic link", error.Message);
        }
        finally
        {
            File.Delete(socketDirectory);
        }
    }

    [Fact]
    public async Task Missing_binaries_give_one_line_naming_the_package()
    {
        using var scratch = new ScratchDirectory();
        var emptyBin = Directory.CreateDirectory(scratch.Combine("bin")).FullName;
        await using var cluster = NewCluster(scratch.Combine("pgdata"), binDirectory: emptyBin);

        var error = await Assert.ThrowsAsync<EmbeddedPostgresException>(() => cluster.StartAsync(Ct));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("initdb", error.Message);
        Assert.Contains("install the Debian package \"postgresql\"", error.Message);
    }

    [Fact]
    public async Task As_root_a_parent_the_postgres_user_cannot_enter_is_named()
    {
        if (!Environment.IsPrivilegedProcess || OperatingSystem.IsWindows())
            return; // only root hands the cluster to another OS user
        using var scratch = new ScratchDirectory();
        var locked = Directory.CreateDirectory(scratch.Combine("locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await using var cluster = NewCluster(Path.Combine(locked, "pgdata"));

        var error = await Assert.ThrowsAsync<EmbeddedPostgresException>(() => cluster.StartAsync(Ct));

        Assert.Contains($"cannot enter {locked} (mode 700)", error.Message);
    }

    private static EmbeddedPostgres NewCluster(string dataDirectory, string? binDirectory = null) =>
        new(new EmbeddedPostgresOptions { DataDirectory = dataDirectory, Durable = false, BinDirectory = binDirectory },
            NullLogger<EmbeddedPostgres>.Instance);

    private static int DeadProcessId()
    {
        using var process = Process.Start("true");
        process.WaitForExit();
        return process.Id;
    }
}
