using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Host;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Host;

/// <summary>
/// What the README's first command does, minus the build: the host with no connection string
/// starts its own PostgreSQL under the data directory, loads every built plugin, seeds the demo
/// jurisdictions and serves them; a second start reuses the cluster and its data.
/// </summary>
[RunsLong(220)] // a new cluster and the whole demo, twice started
public sealed class QuickStartTests
{
    [Fact]
    public async Task With_no_connection_string_the_host_runs_on_embedded_postgres_with_every_built_plugin()
    {
        using var data = new ScratchDirectory();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Modular:DataDirectory={data.Path}",
            $"--Plugins:Directory={RepositoryPaths.Plugins}",
            "--Logging:LogLevel:Default=Warning",
            "--Modular:RunScheduledJobs=false",
        ];

        string password;
        await using (var app = await ModularApp.BuildAsync(args))
        {
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            var health = await client.GetFromJsonAsync<JsonElement>("/healthz");
            Assert.Equal("healthy", health.GetProperty("status").GetString());
            Assert.Equal("healthy", health.GetProperty("database").GetProperty("status").GetString());
            var built = Directory.GetDirectories(RepositoryPaths.Plugins).Select(Path.GetFileName).Order().ToList();
            var reported = health.GetProperty("plugins").EnumerateArray().Where(p => p.GetProperty("state").GetString() == "loaded")
                .Select(p => p.GetProperty("id").GetString()).Order().ToList();
            Assert.Contains("banner-six-ones", built);
            Assert.Equal(built, reported);
            Assert.True(File.Exists(Path.Combine(data.Path, "postgres", "PG_VERSION")), "the cluster lives under the data directory");

            var accounts = await File.ReadAllTextAsync(Path.Combine(data.Path, "demo-accounts.txt"));
            password = accounts.Split("password ")[1].Trim();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);

            await app.StopAsync();
        }

        // Second start: same cluster, same data, no second seeding.
        await using (var again = await ModularApp.BuildAsync(args))
        {
            await again.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(again.Urls.First()) };
            var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "alxa-right-admin", password });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            var plugins = await client.GetFromJsonAsync<JsonElement>("/api/j/alxa-right/plugins");
            Assert.Contains(plugins.EnumerateArray(), p => p.GetProperty("id").GetString() == "banner-six-ones" && p.GetProperty("enabled").GetBoolean());
            // The county's own campaign is on in the county, not in the banner.
            Assert.DoesNotContain(plugins.EnumerateArray(), p => p.GetProperty("id").GetString() == "county-five-activities" && p.GetProperty("enabled").GetBoolean());
            using var county = new HttpClient { BaseAddress = client.BaseAddress };
            var countyLogin = await county.PostAsJsonAsync("/api/auth/login", new { userName = "xx-county-admin", password });
            county.DefaultRequestHeaders.Authorization = new("Bearer", (await countyLogin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
            var countyPlugins = await county.GetFromJsonAsync<JsonElement>("/api/j/xx-county/plugins");
            Assert.Contains(countyPlugins.EnumerateArray(), p => p.GetProperty("id").GetString() == "county-five-activities" && p.GetProperty("enabled").GetBoolean());
            await again.StopAsync();
        }
    }
}
