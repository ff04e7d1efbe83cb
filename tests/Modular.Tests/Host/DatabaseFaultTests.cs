using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Database;
using Npgsql;

namespace Modular.Tests.Host;

/// <summary>
/// A PostgreSQL cluster of the class's own (the tests stop it) and a database the host migrated and filled with the
/// demo; each test runs the host as its own process on it, as IT staff do.
/// </summary>
public sealed class FaultCluster : IAsyncLifetime
{
    public const string Password = "fault-password-2011";
    private readonly ScratchDirectory _scratch = new();
    private readonly PluginFolder _noPlugins = new();

    public EmbeddedPostgres Postgres { get; private set; } = null!;
    public string ConnectionString { get; private set; } = null!;

    /// <summary>Laid out as the host's <c>Modular:DataDirectory</c>: the cluster in <c>postgres/</c>.</summary>
    public string DataDirectory => _scratch.Combine("data");

    public static EmbeddedPostgres Cluster(string dataDirectory) =>
        new(new EmbeddedPostgresOptions { DataDirectory = Path.Combine(dataDirectory, "postgres"), Durable = false }, NullLogger<EmbeddedPostgres>.Instance);

    public async Task InitializeAsync()
    {
        Postgres = Cluster(DataDirectory);
        var server = await Postgres.StartAsync(CancellationToken.None);
        await Sql.ExecuteAsync(server, "create database modular"); // the embedded host's name for it, as the scripts expect
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = "modular" }.ConnectionString;
        await using var seeding = await StartHostAsync(["--Modular:SeedDemoData=true", $"--Modular:DemoPassword={Password}"], TimeSpan.FromMinutes(5));
    }

    public Task<HostProcess> StartHostAsync(string[]? args = null, TimeSpan? readyWithin = null) =>
        HostProcess.StartAsync(ConnectionString, _noPlugins.Path, args, readyWithin);

    public async Task DisposeAsync()
    {
        await Postgres.DisposeAsync();
        _noPlugins.Dispose();
        _scratch.Dispose();
    }
}

/// <summary>What happens to a running host when its database goes away, and to an import when the host is killed.</summary>
[RunsLong(145)] // clusters filled, killed and restored
public sealed class DatabaseFaultTests(FaultCluster cluster) : IClassFixture<FaultCluster>
{
    [Fact]
    public async Task While_PostgreSQL_restarts_requests_fail_fast_with_503_and_the_host_serves_again_within_10_seconds()
    {
        await using var host = await cluster.StartHostAsync();
        using var office = await host.SignedInClientAsync("alxa-right-admin", FaultCluster.Password);
        using var browser = host.Client();
        (await office.GetAsync("/api/j/alxa-right/people")).EnsureSuccessStatusCode();
        var signIn = await browser.GetStringAsync("/account/login"); // its form, to post while the database is away

        await cluster.Postgres.StopAsync();
        try
        {
            var watch = Stopwatch.StartNew();
            using var api = await office.GetAsync("/api/j/alxa-right/people");
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"the refusal took {watch.Elapsed}");
            Assert.True(api.StatusCode == HttpStatusCode.ServiceUnavailable, $"{api.StatusCode}: {await api.Content.ReadAsStringAsync()}\n{host.Output}");
            Assert.Equal("5", api.Headers.GetValues("Retry-After").Single());
            Assert.Equal("数据库暂时不可用", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

            using var page = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "alxa-right-admin", ["Password"] = FaultCluster.Password, ["__RequestVerificationToken"] = TestHost.AntiforgeryToken(signIn),
            }));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("数据库暂时无法连接", await page.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await browser.GetAsync("/healthz/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/healthz/live")).StatusCode);
        }
        finally
        {
            await cluster.Postgres.StartAsync(CancellationToken.None);
        }

        var back = Stopwatch.StartNew();
        await Eventually.TrueAsync(async () => (await office.GetAsync("/api/j/alxa-right/people")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(10), () => $"not serving 10 s after the database came back:\n{host.Output}");
        Assert.False(host.HasExited);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/healthz/ready")).StatusCode);
        Assert.True(back.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_host_killed_during_a_100000_row_import_wrote_nothing_and_the_next_import_succeeds()
    {
        const string Imported = "select count(*) from roster.people where name like '导入测试%'";
        var file = await RosterFileAsync(cluster.ConnectionString, 100_000);

        await using (var doomed = await cluster.StartHostAsync())
        {
            using var office = await doomed.SignedInClientAsync("alxa-right-admin", FaultCluster.Password);
            var import = PostImportAsync(office, file);
            // Killed while it inserts the new people, the longest step and the one that writes them.
            await Eventually.TrueAsync(async () => import.IsCompleted || await Sql.ScalarAsync<long>(cluster.ConnectionString,
                    "select count(*) from pg_stat_activity where state = 'active' and query like '%INSERT INTO roster.people (jurisdiction_id%'") > 0,
                TimeSpan.FromMinutes(3), () => $"the import never reached its write:\n{doomed.Output}");
            if (import.IsCompleted)
            {
                using var early = await import;
                Assert.Fail($"the import finished before it could be killed: {(int)early.StatusCode} {await early.Content.ReadAsStringAsync()}");
            }
            await doomed.KillAsync();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => import);
        }

        Assert.Equal(0L, await Sql.ScalarAsync<long>(cluster.ConnectionString, Imported));
        await using var next = await cluster.StartHostAsync();
        using var again = await next.SignedInClientAsync("alxa-right-admin", FaultCluster.Password);
        using var response = await PostImportAsync(again, file);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100_000, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.Equal(100_000L, await Sql.ScalarAsync<long>(cluster.ConnectionString, Imported));
    }

    [Fact]
    public async Task A_backup_of_the_running_embedded_database_restores_into_a_new_cluster_that_the_host_serves()
    {
        using var scratch = new ScratchDirectory();
        var backup = scratch.Combine("modular.dump");
        var (status, output) = await ScriptAsync("backup.sh", "--data-directory", cluster.DataDirectory, backup);
        Assert.True(status == 0, output);

        // A new machine's cluster: made by a first start of the host, then stopped (here: created and stopped).
        var restoredData = scratch.Combine("data");
        await using (var fresh = FaultCluster.Cluster(restoredData)) await fresh.StartAsync(CancellationToken.None);
        (status, output) = await ScriptAsync("restore.sh", "--data-directory", restoredData, backup);
        Assert.True(status == 0, output);

        await using var restored = FaultCluster.Cluster(restoredData);
        var connection = new NpgsqlConnectionStringBuilder(await restored.StartAsync(CancellationToken.None)) { Database = "modular" }.ConnectionString;
        const string People = "select count(*) from roster.people p join jurisdictions.jurisdictions j on j.id = p.jurisdiction_id where j.code = 'alxa-right'";
        var original = await Sql.ScalarAsync<long>(cluster.ConnectionString, People);
        await using (var host = await HostProcess.StartAsync(connection, scratch.Combine("no-plugins"), ["--Modular:SeedDemoData=false"]))
        {
            // The same accounts and passwords, and the key ring: sign in and read the roster.
            using var office = await host.SignedInClientAsync("alxa-right-admin", FaultCluster.Password);
            var people = await office.GetFromJsonAsync<JsonElement>("/api/j/alxa-right/people?pageSize=1");
            Assert.True(people.GetProperty("total").GetInt64() > 0);
        }
        Assert.Equal(original, await Sql.ScalarAsync<long>(connection, People));

        // Restoring over data is refused unless asked for.
        (status, output) = await ScriptAsync("restore.sh", "--data-directory", restoredData, backup);
        Assert.Equal(2, status);
        Assert.Contains("already holds Modular data; add --replace", output);

        // An external server, by connection parameters: backed up from one database, restored into a new one it creates.
        var server = new NpgsqlConnectionStringBuilder(connection);
        var external = $"host={server.Host} port={server.Port} user={server.Username}";
        var again = scratch.Combine("again.dump");
        (status, output) = await ScriptAsync("backup.sh", "--connection", $"{external} dbname=modular", again);
        Assert.True(status == 0, output);
        (status, output) = await ScriptAsync("restore.sh", "--connection", $"{external} dbname=second_copy", again);
        Assert.True(status == 0, output);
        Assert.Equal(original, await Sql.ScalarAsync<long>(new NpgsqlConnectionStringBuilder(connection) { Database = "second_copy" }.ConnectionString, People));
        (status, output) = await ScriptAsync("restore.sh", "--connection", $"{external} dbname=second_copy", "--replace", again);
        Assert.True(status == 0, output);
    }

    [Fact]
    public async Task A_full_disk_under_the_embedded_database_is_named_at_the_write_and_at_the_start_and_freeing_it_recovers()
    {
        if (!Environment.IsPrivilegedProcess || OperatingSystem.IsWindows())
            return; // a small disk of its own needs root (a tmpfs mount)
        using var scratch = new ScratchDirectory();
        var disk = Directory.CreateDirectory(scratch.Combine("disk")).FullName;
        var (status, output) = await RunAsync("mount", "-t", "tmpfs", "-o", "size=300m", "tmpfs", disk);
        Assert.True(status == 0, $"mount: {output}");
        try
        {
            var data = Path.Combine(disk, "data");
            string[] embedded = [$"--Modular:DataDirectory={data}", $"--Modular:DemoPassword={FaultCluster.Password}"];
            var filler = Path.Combine(disk, "filler");
            using var plugins = new PluginFolder();
            await using (var host = await HostProcess.StartAsync(null, plugins.Path, embedded, TimeSpan.FromMinutes(5)))
            {
                using var office = await host.SignedInClientAsync("alxa-right-admin", FaultCluster.Password);
                var file = await RosterFileAsync(ConnectionStringOf(data), 3_000);
                await FillAsync(filler);

                using var import = await PostImportAsync(office, file);
                Assert.True(import.StatusCode == HttpStatusCode.ServiceUnavailable, $"{import.StatusCode}: {await import.Content.ReadAsStringAsync()}\n{host.Output}");
                Assert.Equal("数据库磁盘已满", (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
            }

            // Stopped, and started again on the full disk: the start stops with the reason, not a stack trace.
            (status, output) = await RunAsync("dotnet", HostProcess.BuiltHostDll, "--urls=http://127.0.0.1:0", $"--Plugins:Directory={plugins.Path}", embedded[0]);
            Assert.NotEqual(0, status);
            Assert.Contains("No space left on device", output);
            Assert.DoesNotContain("   at ", output);

            File.Delete(filler);
            await using (var host = await HostProcess.StartAsync(null, plugins.Path, embedded))
            {
                using var office = await host.SignedInClientAsync("alxa-right-admin", FaultCluster.Password);
                using var import = await PostImportAsync(office, await RosterFileAsync(ConnectionStringOf(data), 3_000));
                Assert.Equal(HttpStatusCode.OK, import.StatusCode);
            }
        }
        finally
        {
            await RunAsync("umount", "-l", disk);
        }
    }

    // The embedded cluster's socket is in its data directory (short paths), its superuser the postgres OS user when root.
    private static string ConnectionStringOf(string dataDirectory) =>
        new NpgsqlConnectionStringBuilder { Host = Path.Combine(dataDirectory, "postgres"), Port = 5432, Username = "postgres", Database = "modular" }.ConnectionString;

    /// <summary>Writes zeros to <paramref name="path"/> until the disk refuses more.</summary>
    private static async Task FillAsync(string path)
    {
        var block = new byte[1 << 20];
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        try
        {
            while (true) await stream.WriteAsync(block);
        }
        catch (IOException)
        {
            // full; and flushing the rest of the buffer fails the same way
        }
        try { await stream.FlushAsync(); } catch (IOException) { }
    }

    private static Task<(int Status, string Output)> ScriptAsync(string script, params string[] args) =>
        RunAsync(Path.Combine(RepositoryPaths.Root, "scripts", script), args);

    private static async Task<(int Status, string Output)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var (stdout, stderr) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(limit.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"still running after 2 minutes: {await stdout}{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task<HttpResponseMessage> PostImportAsync(HttpClient office, byte[] file)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "名册.csv" } };
        return await office.PostAsync("/api/j/alxa-right/people/import", form);
    }

    /// <summary>A roster CSV of new people spread over the demo banner's branches.</summary>
    private static async Task<byte[]> RosterFileAsync(string connectionString, int people)
    {
        var branches = new List<string>();
        await using (var data = NpgsqlDataSource.Create(connectionString))
        await using (var command = data.CreateCommand("""
            select o.name from roster.organizations o join jurisdictions.jurisdictions j on j.id = o.jurisdiction_id
             where j.code = 'alxa-right' and o.kind = 'Branch' order by o.id
            """))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) branches.Add(reader.GetString(0));
        Assert.NotEmpty(branches);
        var csv = new StringBuilder("序号,姓名,性别,民族,出生日期,人员类别,所在党支部,入党时间\n");
        for (var i = 0; i < people; i++)
        {
            var birth = new DateOnly(1950, 1, 1).AddDays(i % 18_000);
            csv.Append(CultureInfo.InvariantCulture, $"{i + 1},导入测试{i},{(i % 2 == 0 ? "男" : "女")},汉族,{birth:yyyy-MM-dd},正式党员,{branches[i % branches.Count]},{birth.AddYears(25):yyyy-MM-dd}\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
