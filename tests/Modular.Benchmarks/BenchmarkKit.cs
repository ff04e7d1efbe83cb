using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host;
using Modular.Host.Plugins;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Schedules;
using Npgsql;

namespace Modular.Benchmarks;

/// <summary>What every benchmark needs: its <c>--name=value</c> options, a median timing, and raw SQL with no command timeout.</summary>
internal static class BenchmarkKit
{
    public static int Option(string[] args, string name, int fallback) =>
        TextOption(args, name) is { } found ? int.Parse(found, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The value of <c>--name=value</c>, or null when it is not given.</summary>
    public static string? TextOption(string[] args, string name) =>
        args.Select(a => a.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == "--" + name)?[1];

    /// <summary>Positional parameters ($1, $2, …) of a hand-written statement, in order.</summary>
    public static void Parameters(NpgsqlParameterCollection parameters, params object[] values)
    {
        foreach (var value in values) parameters.Add(new NpgsqlParameter { Value = value });
    }

    /// <summary>
    /// The median of at least <paramref name="runs"/> timed runs in the steady state a serving host is in: after untimed warm-up runs
    /// for at least 2 s and until the JIT has compiled nothing for a second (at most 20 s). One warm-up run left the .NET
    /// side at its first, unoptimized tier: the runtime recompiles a method optimized only after some 30 calls, then again
    /// with what it measured (dynamic PGO), in the background and once no new method has been compiled for a while. So a
    /// page measured too soon paid a JIT a real host pays once, and its twin (a few Npgsql calls) far less. 2 s were not
    /// always enough either: a 50,000-member page still had hundreds of methods a second recompiled 10 s into a loop of it.
    /// The JIT's count is the whole process's, host and benchmark alike. Plans, buffers and caches are warm either way.
    /// </summary>
    public static async Task<TimeSpan> MedianAsync(int runs, Func<Task> action)
    {
        await WarmUpAsync(action);
        // At least the runs asked for, and more while a second lasts (a page of a few ms is timed some hundred times: a
        // median of 5 such runs moved by half between two runs of the benchmark).
        var times = new List<TimeSpan>();
        var timing = Stopwatch.StartNew();
        for (var i = 0; i < runs || (i < 200 && timing.Elapsed < TimeSpan.FromSeconds(1)); i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed);
        }
        return times.Order().ElementAt(times.Count / 2);
    }

    // Bulk loads over generated data run long: no command timeout.
    public static async Task ExecuteAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> ScalarAsync(NpgsqlDataSource database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = database.CreateCommand(sql);
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A banner's tree, set-based: a committee named <paramref name="rootName"/> over <paramref name="towns"/> town
    /// committees (codes t1…) over <paramref name="branches"/> village branches (codes b1…, dealt round the towns).
    /// </summary>
    public static async Task<long> OrganizationTreeAsync(NpgsqlDataSource database, int j, string rootName, int towns, int branches)
    {
        var root = await ScalarAsync(database, $"insert into roster.organizations (jurisdiction_id, code, name, kind) values ({j}, 'root', '{rootName}', 'PartyCommittee') returning id");
        await ExecuteAsync(database, $"""
            insert into roster.organizations (jurisdiction_id, parent_id, code, name, kind, sector)
            select {j}, {root}, 't' || t, '第' || t || '苏木镇党委', 'PartyCommittee', 'Township' from generate_series(1, {towns}) t
            """);
        await ExecuteAsync(database, $"""
            insert into roster.organizations (jurisdiction_id, parent_id, code, name, kind, sector)
            select {j}, (select id from roster.organizations where jurisdiction_id = {j} and code = 't' || (1 + b % {towns})),
                   'b' || b, '第' || b || '嘎查党支部', 'Branch', 'Village'
              from generate_series(1, {branches}) b
            """);
        return root;
    }

    /// <summary>
    /// The real host, in-process on a free port against <paramref name="connectionString"/>, loading the plugins in
    /// <paramref name="pluginsDirectory"/>, no scheduled jobs; <paramref name="beforeStart"/> may map endpoints of its own.
    /// </summary>
    public static async Task<WebApplication> StartHostAsync(string connectionString, string pluginsDirectory, Action<WebApplication>? beforeStart = null)
    {
        var app = await ModularApp.BuildAsync(
        [
            "--urls=http://127.0.0.1:0", $"--ConnectionStrings:Modular={connectionString}", $"--Plugins:Directory={pluginsDirectory}",
            "--Logging:LogLevel:Default=Warning", "--Modular:RunScheduledJobs=false",
        ]);
        beforeStart?.Invoke(app);
        await app.StartAsync();
        return app;
    }

    /// <summary>Where the build puts the plugins (artifacts/plugins beside Modular.sln), as the host loads them.</summary>
    public static string PluginsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Modular.sln"))) return Path.Combine(dir.FullName, "artifacts", "plugins");
        throw new InvalidOperationException("No Modular.sln above the benchmark.");
    }

    /// <summary>A jurisdiction and its office's admin account; answers the jurisdiction's id.</summary>
    public static async Task<int> CreateJurisdictionAsync(WebApplication app, string code, string name, string adminUserName, string password, string officeName = "旗委组织部")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (jurisdiction, errors) = await scope.ServiceProvider.GetRequiredService<JurisdictionAdmin>().CreateAsync(new(code, name, null, null, null));
        if (jurisdiction is null) throw new InvalidOperationException(string.Join("; ", errors.SelectMany(e => e.Value)));
        var (user, userErrors) = await scope.ServiceProvider.GetRequiredService<UserAdmin>()
            .CreateAsync(jurisdiction.Id, new UserAdmin.NewUser(adminUserName, officeName, password, Roles.JurisdictionAdmin));
        if (user is null) throw new InvalidOperationException(string.Join("; ", userErrors.SelectMany(e => e.Value)));
        return jurisdiction.Id;
    }

    /// <summary>Switches <paramref name="plugin"/> on for the jurisdiction, its settings the manifest's defaults but <paramref name="settings"/>.</summary>
    public static async Task SwitchPluginOnAsync(WebApplication app, int jurisdiction, string plugin, Dictionary<string, string?> settings)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var manifest = app.Services.GetRequiredService<PluginRegistry>().Find(plugin)?.Manifest ?? throw new InvalidOperationException($"{plugin} is not built into {PluginsDirectory()}");
        var saved = await scope.ServiceProvider.GetRequiredService<PluginSwitchEditor>()
            .SaveAsync(jurisdiction, plugin, manifest.Settings, true, settings, expectedVersion: null);
        if (!saved.Succeeded) throw new InvalidOperationException(string.Join("; ", saved.Errors.SelectMany(e => e.Value)));
    }

    /// <summary>
    /// Where a benchmark's embedded cluster lives: with <paramref name="keep"/> a directory under /tmp named by the benchmark
    /// and its size, kept for the next run of the same size (see <see cref="LoadedJurisdictionAsync"/>); else one of this process's.
    /// </summary>
    public static string ClusterDirectory(string benchmark, bool keep, int members, int branches) =>
        Path.Combine(Path.GetTempPath(), keep ? $"modular-bench-{benchmark}-{members}x{branches}" : $"modular-bench-{Environment.ProcessId}");

    /// <summary>The jurisdiction a kept cluster was loaded for (<see cref="MarkLoadedAsync"/>), or null when it holds no load yet.</summary>
    public static async Task<int?> LoadedJurisdictionAsync(NpgsqlDataSource database) =>
        await ScalarAsync(database, "select count(*) from pg_tables where schemaname = 'public' and tablename = 'bench_loaded'") > 0
            ? (int)await ScalarAsync(database, "select jurisdiction_id from public.bench_loaded")
            : null;

    /// <summary>Records that the cluster holds a complete load for <paramref name="jurisdiction"/>: written last, so a load cut short is redone.</summary>
    public static Task MarkLoadedAsync(NpgsqlDataSource database, int jurisdiction) =>
        ExecuteAsync(database, $"create table public.bench_loaded as select {jurisdiction} as jurisdiction_id");

    /// <summary>
    /// The jurisdiction a benchmark times: with <paramref name="keep"/>, the one a complete earlier load left in
    /// <paramref name="directory"/> (<see cref="LoadedJurisdictionAsync"/>); else <paramref name="load"/> creates and fills one
    /// (answering its id), marked loaded when kept. Answers whether the data was reused.
    /// </summary>
    public static async Task<(int Jurisdiction, bool Reused)> LoadOnceAsync(NpgsqlDataSource database, bool keep, string directory, Func<Task<int>> load)
    {
        if (keep && await LoadedJurisdictionAsync(database) is { } loaded)
        {
            Console.WriteLine($"reusing the data loaded before in {directory}");
            return (loaded, true);
        }
        var watch = Stopwatch.StartNew();
        var jurisdiction = await load();
        if (keep) await MarkLoadedAsync(database, jurisdiction);
        Console.WriteLine($"loaded in {watch.Elapsed.TotalSeconds:0.0} s");
        return (jurisdiction, false);
    }

    /// <summary>The jurisdiction's time zone: a loader writes local times in it, as the plugins read them.</summary>
    public static async Task<string> TimeZoneOfAsync(NpgsqlDataSource database, int jurisdiction)
    {
        await using var command = database.CreateCommand($"select time_zone from jurisdictions.jurisdictions where id = {jurisdiction}");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// The median time of a GET (<see cref="MedianAsync"/>) from sending it to the response's last byte, and its JSON, parsed
    /// once afterwards: parsing a page's 100 KB in the benchmark's client is the caller's work, not the page's, and the
    /// hand-written SQL it is set against is timed to its rows read, not to a document built of them.
    /// </summary>
    public static async Task<(TimeSpan Median, JsonElement Json)> TimeGetAsync(HttpClient client, string url, int runs)
    {
        byte[] body = [];
        var median = await MedianAsync(runs, async () => body = await GetBytesAsync(client, url));
        return (median, JsonSerializer.Deserialize<JsonElement>(body));
    }

    // A GET that must answer 2xx, as the bytes of its body.
    private static async Task<byte[]> GetBytesAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>A GET that must answer 2xx, as parsed JSON.</summary>
    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url) =>
        JsonSerializer.Deserialize<JsonElement>(await GetBytesAsync(client, url));

    /// <summary>
    /// <c>--soak=path --soak-seconds=N [--soak-workers=W]</c>: GETs one path of the benchmark's API (relative to its plugin's <c>/api/j/…/plugin/</c>)
    /// in W loops (one by default) and prints requests per second, to hold a page under a profiler (<c>dotnet-trace collect -p PID</c>) instead
    /// of timing the rest. Answers whether it soaked (the benchmark then stops).
    /// </summary>
    public static async Task<bool> SoakAsync(string[] args, HttpClient client, string api)
    {
        if (TextOption(args, "soak") is not { } path) return false;
        var (url, seconds, workers) = ($"{api}/{path.TrimStart('/')}", Option(args, "soak-seconds", 30), Option(args, "soak-workers", 1));
        Console.WriteLine($"soaking GET {url} for {seconds} s, {workers} at a time (process {Environment.ProcessId})");
        var (perSecond, requests) = await RateAsync(workers, TimeSpan.Zero, TimeSpan.FromSeconds(seconds), () => GetJsonAsync(client, url));
        Console.WriteLine($"{requests} requests, {perSecond:0.0} per second, {workers * 1000 / perSecond:0.0} ms each");
        return true;
    }

    /// <summary>The pages people wait on (issue 20): under 300 ms at the median and within 2× of the best hand-written SQL.</summary>
    public static readonly Target PageTarget = new(MaxRatio: 2, MaxMedian: TimeSpan.FromMilliseconds(300));

    /// <summary>Prints a page's median beside its hand-written SQL's and adds the row to the results table.</summary>
    public static void ReportAgainstSql(string prefix, string label, TimeSpan ours, TimeSpan sql, string detail, Target? target = null)
    {
        Console.WriteLine($"{label,-50} median {ours.TotalMilliseconds,8:0.0} ms   twin {sql.TotalMilliseconds,8:0.0} ms ({ours / sql:0.00}×)  {detail}");
        ResultTable.Add($"{prefix}: {label}", ours, "hand-written SQL", sql, target ?? PageTarget);
    }

    /// <summary>
    /// Runs <paramref name="action"/> untimed for at least 2 s and then until the JIT has compiled nothing for a second (at
    /// most 20 s in all): the steady state <see cref="MedianAsync"/> times in.
    /// </summary>
    public static async Task WarmUpAsync(Func<Task> action)
    {
        var warming = Stopwatch.StartNew();
        var sinceCompiled = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        do
        {
            await action();
            var now = JitInfo.GetCompiledMethodCount();
            if (now == compiled) continue;
            compiled = now;
            sinceCompiled.Restart();
        }
        while (warming.Elapsed < TimeSpan.FromSeconds(2) || (sinceCompiled.Elapsed < TimeSpan.FromSeconds(1) && warming.Elapsed < TimeSpan.FromSeconds(20)));
    }

    /// <summary>Issue 20: every read API serves at least 70% of its raw twin's requests per second.</summary>
    public const double MinShare = 0.7;

    /// <summary>
    /// Requests per second of <paramref name="workers"/> concurrent loops of <paramref name="request"/>: a warm-up, then
    /// <paramref name="measure"/> counted (the loops' requests in flight finish inside the measured time).
    /// </summary>
    public static async Task<(double PerSecond, long Requests)> RateAsync(int workers, TimeSpan warmUp, TimeSpan measure, Func<Task> request)
    {
        async Task<long> LoopAsync(TimeSpan span)
        {
            var until = Stopwatch.GetTimestamp() + (long)(span.TotalSeconds * Stopwatch.Frequency);
            long done = 0;
            for (; Stopwatch.GetTimestamp() < until; done++) await request();
            return done;
        }
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => LoopAsync(warmUp))));
        var watch = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => LoopAsync(measure))));
        return (counts.Sum() / watch.Elapsed.TotalSeconds, counts.Sum());
    }

    /// <summary>A GET that must answer 200, its body read and dropped: one request of a load loop.</summary>
    public static async Task GetOkAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {Cut(body)}");
        }
    }

    /// <summary>The first 600 characters of an answer, for an error message.</summary>
    public static string Cut(string text) => text.Length <= 600 ? text : text[..600] + "…";

    /// <summary>
    /// Issue 20's read-API rule for a page: <c>--workers=8</c> concurrent loops of it against as many of its twin for
    /// <c>--seconds=10</c> each (at about a second a request under load, 5 s counted some 40), reported by <see cref="ReportRates"/>.
    /// </summary>
    public static async Task CompareUnderLoadAsync(string[] args, string path, Func<Task> ours, string twinLabel, Func<Task> twin)
    {
        var (workers, seconds) = (Option(args, "workers", 8), Option(args, "seconds", 10));
        var (oursRate, twinRate) = await PairedRatesAsync(workers, TimeSpan.FromSeconds(seconds), ours, twin);
        ReportRates(path, twinLabel, oursRate, twinRate, workers, "under load");
    }

    /// <summary>
    /// Requests per second of ours and of the twin, each loaded for <paramref name="measure"/> in all: in five turns each,
    /// alternating which goes first (twin, ours, ours, twin, …), so a slow spell of this shared machine (another process,
    /// a checkpoint, the runtime still compiling) falls on both sides instead of on whichever ran during it. One 10 s
    /// window per side moved the party group's ratio between 0.61 and 0.87 from one run to the next.
    /// </summary>
    public static async Task<((double PerSecond, long Requests) Ours, (double PerSecond, long Requests) Twin)> PairedRatesAsync(
        int workers, TimeSpan measure, Func<Task> ours, Func<Task> twin, int turns = 5)
    {
        var (turn, warmUp) = (measure / turns, TimeSpan.FromSeconds(0.2));
        (double Seconds, long Requests) oursTotal = default, twinTotal = default;
        async Task<(double, long)> AddAsync((double Seconds, long Requests) total, Func<Task> request, TimeSpan firstWarmUp)
        {
            var (perSecond, requests) = await RateAsync(workers, firstWarmUp, turn, request);
            return (total.Seconds + requests / perSecond, total.Requests + requests);
        }
        for (var i = 0; i < turns; i++)
        {
            var firstWarmUp = i == 0 ? TimeSpan.FromSeconds(1) : warmUp;
            if (i % 2 == 0)
            {
                twinTotal = await AddAsync(twinTotal, twin, firstWarmUp);
                oursTotal = await AddAsync(oursTotal, ours, firstWarmUp);
            }
            else
            {
                oursTotal = await AddAsync(oursTotal, ours, warmUp);
                twinTotal = await AddAsync(twinTotal, twin, warmUp);
            }
        }
        return ((oursTotal.Requests / oursTotal.Seconds, oursTotal.Requests), (twinTotal.Requests / twinTotal.Seconds, twinTotal.Requests));
    }

    /// <summary>
    /// Prints and tables a throughput pair. The table takes times, so each rate is stated as the time per request
    /// (1 / req/s): ours/twin ≤ 1/0.7 ≈ 1.43 is "ours ≥ 70% of the twin's requests per second".
    /// </summary>
    public static void ReportRates(string path, string twinLabel, (double PerSecond, long Requests) ours, (double PerSecond, long Requests) twin, int workers, string detail)
    {
        var share = ours.PerSecond / twin.PerSecond;
        Console.WriteLine($"{path,-60} ours {ours.PerSecond,7:0.0} req/s   twin {twin.PerSecond,7:0.0} req/s   ours/twin {share:0.00} " +
                          $"({(share >= MinShare ? "≥" : "<")} {MinShare:0.0})   {detail}, {ours.Requests:N0} requests");
        ResultTable.Add($"{path} (time per request at {workers} workers; ours ≥ 70% of twin's req/s)",
            TimeSpan.FromSeconds(1 / ours.PerSecond), twinLabel, TimeSpan.FromSeconds(1 / twin.PerSecond), new Target(MaxRatio: Math.Round(1 / MinShare, 2)));
    }

    /// <summary>A page's figure must equal its hand-written SQL's before either is timed.</summary>
    public static void Same<T>(string what, T ours, T sql) where T : IEquatable<T>
    {
        if (!ours.Equals(sql)) throw new InvalidOperationException($"{what}: the page says {ours}, the hand-written SQL {sql}.");
    }

    /// <summary>A client of the host signed in over HTTP (POST /api/auth/login), sending the bearer token it got.</summary>
    public static async Task<HttpClient> SignInAsync(WebApplication app, string userName, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(10) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>
    /// A county: its tree (<see cref="OrganizationTreeAsync"/>), its members and one daily obligation per member from <paramref name="from"/> to <paramref name="to"/> (70% met on the day, 10%
    /// one to three days late, 20% never), with their day counters and the closure table, set-based. Answers the root's id.
    /// </summary>
    public static async Task<long> LoadCountyAsync(NpgsqlDataSource database, int j, string rootName, int members, int branches, int towns, DateOnly from, DateOnly to)
    {
        var root = await OrganizationTreeAsync(database, j, rootName, towns, branches);
        await ExecuteAsync(database, $"""
            insert into roster.people (jurisdiction_id, organization_id, name, gender, ethnicity, birth_date, education, category, joined_on, phone, id_number, employment)
            select {j}, (select id from roster.organizations where jurisdiction_id = {j} and code = 'b' || (1 + (m - 1) % {branches})),
                   case when m % 3 = 0 then '巴特尔' else '王芳' end || m, case when m % 2 = 0 then '男' else '女' end,
                   case when m % 3 = 0 then '蒙古族' else '汉族' end, date '1950-01-01' + (m * 37) % 18000, '大学',
                   case when m % 20 = 0 then 'Probationary' else 'Full' end, date '1975-01-01' + (m * 53) % 15000,
                   '139' || lpad(m::text, 8, '0'), '152922' || lpad(m::text, 12, '0'),
                   case m % 4 when 0 then 'Serving' when 1 then 'Retired' when 2 then 'NotWorking' else 'Unspecified' end
              from generate_series(1, {members}) m
            """);
        await ExecuteAsync(database, "alter table schedules.obligations disable trigger user");
        await ExecuteAsync(database, $"""
            insert into schedules.obligations (jurisdiction_id, source, type_key, obliged_kind, obliged_id, organization_id, period_start, due_on, met_on, met_at)
            select {j}, 'bench', 'daily-study-note', 0, p.id, p.organization_id, d, d,
                   case when h < 7 then d when h < 8 then d + (1 + h % 3) end,
                   case when h < 7 then d + time '20:00' when h < 8 then d + (1 + h % 3) + time '09:00' end
              from generate_series(date '{from:yyyy-MM-dd}', date '{to:yyyy-MM-dd}', interval '1 day') as g(day)
              cross join lateral (select g.day::date as d) dd
              cross join roster.people p
              cross join lateral (select ((p.id * 7919 + (d - date '{from:yyyy-MM-dd}') * 104729) % 10)::int as h) hh
             where p.jurisdiction_id = {j}
            """);
        await ExecuteAsync(database, $"""
            insert into schedules.obligation_day_counts (jurisdiction_id, organization_id, type_key, due_on, total, done, late)
            select jurisdiction_id, organization_id, type_key, due_on, count(*), count(*) filter (where met_on <= due_on), count(*) filter (where met_on > due_on)
              from schedules.obligations where jurisdiction_id = {j} and due_on is not null group by 1, 2, 3, 4
            """);
        await ExecuteAsync(database, "alter table schedules.obligations enable trigger user");
        var nodes = new List<(long, long?)>();
        await using (var command = database.CreateCommand($"select id, parent_id from roster.organizations where jurisdiction_id = {j}"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) nodes.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1)));
        await ComplianceRollup.WriteClosureAsync(database, j, nodes);
        return root;
    }

    /// <summary>Fresh statistics for the tables a county's load fills, as autovacuum would give them in time.</summary>
    public static Task AnalyzeAsync(NpgsqlDataSource database) =>
        VacuumAnalyzeAsync(database, ["roster.people", "roster.organizations", "schedules.obligations", "schedules.obligation_day_counts", "schedules.organization_closure"]);

    /// <summary>Vacuums and analyzes the tables a load filled: the planner's statistics and the visibility map index-only scans read.</summary>
    public static async Task VacuumAnalyzeAsync(NpgsqlDataSource database, IEnumerable<string> tables)
    {
        foreach (var table in tables) await ExecuteAsync(database, $"vacuum analyze {table}");
    }
}
