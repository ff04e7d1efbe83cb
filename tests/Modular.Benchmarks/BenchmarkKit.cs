using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host;
using Modular.Identity;
using Modular.Jurisdictions;
using Npgsql;

namespace Modular.Benchmarks;

/// <summary>What every benchmark needs: its <c>--name=value</c> options, a median timing, and raw SQL with no command timeout.</summary>
internal static class BenchmarkKit
{
    public static int Option(string[] args, string name, int fallback) =>
        args.Select(a => a.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == "--" + name) is { } found ? int.Parse(found[1], CultureInfo.InvariantCulture) : fallback;

    /// <summary>The median of <paramref name="runs"/> timed runs, after one untimed warm-up run.</summary>
    public static async Task<TimeSpan> MedianAsync(int runs, Func<Task> action)
    {
        await action(); // warm-up: plans, buffers, JIT
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
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
    public static async Task<int> CreateJurisdictionAsync(WebApplication app, string code, string name, string adminUserName, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (jurisdiction, errors) = await scope.ServiceProvider.GetRequiredService<JurisdictionAdmin>().CreateAsync(new(code, name, null, null, null));
        if (jurisdiction is null) throw new InvalidOperationException(string.Join("; ", errors.SelectMany(e => e.Value)));
        var (user, userErrors) = await scope.ServiceProvider.GetRequiredService<UserAdmin>()
            .CreateAsync(jurisdiction.Id, new UserAdmin.NewUser(adminUserName, "旗委组织部", password, Roles.JurisdictionAdmin));
        if (user is null) throw new InvalidOperationException(string.Join("; ", userErrors.SelectMany(e => e.Value)));
        return jurisdiction.Id;
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
}
