using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Modular.Host;
using Modular.Host.Database;
using Modular.Identity;
using Modular.Identity.Provisioning;
using Modular.Jurisdictions;
using Npgsql;
using static Modular.Benchmarks.BenchmarkKit;

namespace Modular.Benchmarks;

/// <summary>
/// Member accounts in bulk at a banner's size: 3,000 members in 100 branches under 10 towns (two-thirds with a mobile
/// number, a secretary and an organization member per branch), loaded set-based; then, through the real host over HTTP,
/// <c>POST /accounts/provision</c> for the whole banner, the slip sheet's download and a second (idempotent) run. Beside
/// it, measured in the same run: one PBKDF2-SHA512 hash at 210,000 iterations (the accounts' cost) and at the initial
/// passwords' 1,000, and the naive path — <c>UserAdmin.CreateAsync</c> (UserManager, one account at a time) for
/// <c>--naive=100</c> members, extrapolated to the banner. Options: <c>--members=3000 --branches=100 --runs=3</c>
/// (each run provisions a banner of its own).
/// </summary>
public static class ProvisionBenchmark
{
    private const string Password = "bench-password-2011";

    public static async Task RunAsync(string[] args)
    {
        var members = Option(args, "members", 3_000);
        var branches = Option(args, "branches", 100);
        var runs = Option(args, "runs", 3);
        var naive = Option(args, "naive", 100);
        const int towns = 10;
        var directory = Path.Combine(Path.GetTempPath(), $"modular-bench-{Environment.ProcessId}");
        var plugins = Directory.CreateDirectory(Path.Combine(directory, "no-plugins")).FullName;
        await using var postgres = new EmbeddedPostgres(new EmbeddedPostgresOptions { DataDirectory = Path.Combine(directory, "pg"), Durable = false }, NullLogger<EmbeddedPostgres>.Instance);
        WebApplication? app = null;
        try
        {
            var total = Stopwatch.StartNew();
            var connectionString = await postgres.StartAsync(CancellationToken.None);
            app = await ModularApp.BuildAsync(
            [
                "--urls=http://127.0.0.1:0", $"--ConnectionStrings:Modular={connectionString}", $"--Plugins:Directory={plugins}",
                "--Logging:LogLevel:Default=Warning", "--Modular:RunScheduledJobs=false",
            ]);
            await app.StartAsync();
            await using var database = NpgsqlDataSource.Create(connectionString);
            Console.WriteLine($"provision benchmark: {members:N0} members in {branches} branches under {towns} towns, {runs} runs, " +
                              $"{Environment.ProcessorCount} cores (host up in {total.Elapsed.TotalSeconds:0.0} s)");

            var strong = HashTime(new PasswordHasher<ModularUser>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 })), 5);
            var cheap = TimeSpan.FromTicks(HashTime(null, 200).Ticks);
            Console.WriteLine($"one PBKDF2-SHA512 hash: 210,000 iterations {strong.TotalMilliseconds,8:0.0} ms; {InitialPasswords.IterationCount:N0} iterations {cheap.TotalMilliseconds,6:0.00} ms (median)");
            ResultTable.Add("sign-in password hash (PBKDF2-SHA512, 210,000 iterations)", strong, $"{InitialPasswords.IterationCount:N0} iterations", cheap, Target.Report);

            var times = new List<TimeSpan>();
            JsonElement last = default;
            for (var run = 1; run <= runs; run++)
            {
                var code = $"bench{run}";
                var (jurisdiction, root) = await SetUpAsync(app, database, code, members, branches, towns, phonePrefix: 130 + run);
                using var office = await SignInAsync(app, $"{code}-admin");
                var watch = Stopwatch.StartNew();
                var response = await office.PostAsJsonAsync($"/api/j/{code}/accounts/provision", new { organizationId = root });
                var elapsed = watch.Elapsed;
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"provision: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                times.Add(elapsed);
                Console.WriteLine($"run {run}: provisioned {last.GetProperty("created").GetInt32():N0} accounts in {elapsed.TotalSeconds,6:0.00} s " +
                                  $"({await ScalarAsync(database, $"select count(*) from identity.role_assignments where jurisdiction_id = {jurisdiction}"):N0} roles, " +
                                  $"{await ScalarAsync(database, $"select count(*) from audit.entries where jurisdiction_id = {jurisdiction} and entity like 'identity.%'"):N0} audit entries, " +
                                  $"{await ScalarAsync(database, $"select count(*) from identity.users where jurisdiction_id = {jurisdiction} and user_name ~ '^1[3-9][0-9]{{9}}$'"):N0} by phone)");
                if (run == runs)
                {
                    watch.Restart();
                    var sheet = await office.GetAsync(last.GetProperty("slipsUrl").GetString());
                    sheet.EnsureSuccessStatusCode();
                    var bytes = (await sheet.Content.ReadAsByteArrayAsync()).Length;
                    Console.WriteLine($"slip sheet download (once): {watch.Elapsed.TotalMilliseconds,8:0} ms, {bytes / 1024.0:0} KB");
                    watch.Restart();
                    var again = await office.PostAsJsonAsync($"/api/j/{code}/accounts/provision", new { organizationId = root });
                    again.EnsureSuccessStatusCode();
                    Console.WriteLine($"second run (nothing missing): {watch.Elapsed.TotalMilliseconds,8:0} ms, created {(await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32()}");
                }
            }
            var median = times.Order().ElementAt(times.Count / 2);

            var naiveTime = await NaiveAsync(app, naive);
            var naiveBanner = naiveTime / naive * members;
            var hashesOnly = strong * members;
            Console.WriteLine($"naive: UserAdmin.CreateAsync (UserManager) for {naive} members {naiveTime.TotalSeconds,6:0.0} s → {members:N0} extrapolated {naiveBanner.TotalMinutes,5:0.0} min");
            Console.WriteLine($"naive: {members:N0} × one 210,000-iteration hash alone {hashesOnly.TotalMinutes,5:0.0} min (one core)");
            Console.WriteLine($"provisioning {members:N0} members: median {median.TotalSeconds:0.00} s — {naiveBanner / median:0}× faster than UserManager one by one, " +
                              $"{hashesOnly / median:0}× faster than the 210,000-iteration hashes alone");
            ResultTable.Add($"account provisioning, {members:N0} members", median, "UserManager one by one (extrapolated)", naiveBanner, new Target(MaxRatio: 0.1));
            Console.WriteLine($"total {total.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            if (app is not null) { await app.StopAsync(); await app.DisposeAsync(); }
            await postgres.StopAsync();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Median time of one hash: the host's hasher at its count, or (null) the initial passwords' cheap one.</summary>
    private static TimeSpan HashTime(PasswordHasher<ModularUser>? hasher, int runs)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i <= runs; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = hasher is null ? InitialPasswords.Hash("k7m2p9q4r8s3t") : hasher.HashPassword(new ModularUser(), "k7m2p9q4r8s3t");
            if (i > 0) times.Add(watch.Elapsed); // the first warms up
        }
        return times.Order().ElementAt(times.Count / 2);
    }

    /// <summary>
    /// A banner with its office, organizations and members, set-based. Two members in three have a mobile number (a few
    /// shared, so some fall back to the code and person id); each branch has a secretary and an organization member.
    /// </summary>
    private static async Task<(int Jurisdiction, long Root)> SetUpAsync(WebApplication app, NpgsqlDataSource database, string code,
        int members, int branches, int towns, int phonePrefix)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (banner, errors) = await scope.ServiceProvider.GetRequiredService<JurisdictionAdmin>().CreateAsync(new(code, code + "旗", null, null, null));
            if (banner is null) throw new InvalidOperationException(string.Join("; ", errors.SelectMany(e => e.Value)));
            var (user, userErrors) = await scope.ServiceProvider.GetRequiredService<UserAdmin>()
                .CreateAsync(banner.Id, new UserAdmin.NewUser($"{code}-admin", "旗委组织部", Password, Roles.JurisdictionAdmin));
            if (user is null) throw new InvalidOperationException(string.Join("; ", userErrors.SelectMany(e => e.Value)));
        }
        var j = (int)await ScalarAsync(database, $"select id from jurisdictions.jurisdictions where code = '{code}'");
        var root = await OrganizationTreeAsync(database, j, "旗委", towns, branches);
        await ExecuteAsync(database, $"""
            insert into roster.people (jurisdiction_id, organization_id, name, category, phone, standing)
            select {j}, (select id from roster.organizations where jurisdiction_id = {j} and code = 'b' || (1 + (m - 1) % {branches})),
                   '党员' || m, 'Full',
                   case when m % 3 <> 0 then '{phonePrefix}' || lpad((case when m % 100 = 99 then m - 1 else m end)::text, 8, '0') end,
                   case when m % 50 = 0 then 'Suspended' else 'Normal' end
              from generate_series(1, {members}) m
            """);
        await ExecuteAsync(database, $"""
            insert into roster.officers (jurisdiction_id, organization_id, person_id, post)
            select {j}, organization_id, id, case when rank = 1 then 'Secretary' else 'OrganizationMember' end
              from (select organization_id, id, row_number() over (partition by organization_id order by id) as rank
                      from roster.people where jurisdiction_id = {j} and standing = 'Normal') p
             where rank <= 2
            """);
        await VacuumAnalyzeAsync(database, ["roster.people", "roster.organizations", "roster.officers", "identity.users"]);
        return (j, root);
    }

    /// <summary>The naive path: one account at a time through UserManager (validation, a 210,000-iteration hash, an insert, a role).</summary>
    private static async Task<TimeSpan> NaiveAsync(WebApplication app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var jurisdiction = (await scope.ServiceProvider.GetRequiredService<JurisdictionDirectory>().FindByCodeAsync("bench1"))!;
        scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(jurisdiction);
        var users = scope.ServiceProvider.GetRequiredService<UserAdmin>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var (user, errors) = await users.CreateAsync(jurisdiction.Id, new UserAdmin.NewUser($"naive-{i:D4}", $"党员{i}", InitialPasswords.New(), Roles.Member));
            if (user is null) throw new InvalidOperationException(string.Join("; ", errors.SelectMany(e => e.Value)));
        }
        return watch.Elapsed;
    }

    private static async Task<HttpClient> SignInAsync(WebApplication app, string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(10) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = Password });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }
}
