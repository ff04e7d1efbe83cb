using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Modular.Tests.Host;

/// <summary>
/// Two host processes on one PostgreSQL behind nginx with the repository's site (<c>deploy/nginx-modular.conf</c>: its
/// upstream options and its <c>location /</c>, served over plain http on a free port), as IT staff deploy it.
/// </summary>
[RunsLong(65)]
public sealed partial class TwoInstancesBehindNginxTests
{
    [Fact]
    public async Task Sessions_plugin_switches_and_daily_jobs_are_shared_and_one_instance_killed_leaves_the_other_serving()
    {
        await using var setup = await TestHost.StartAsync(["test-good"]);
        await setup.CreateJurisdictionAsync("banner", "测试旗", "test-good");
        using var plugins = new PluginFolder();
        plugins.Add("test-good");
        // Both run the scheduled jobs: the test plugin's 06:00 job is due now (it is past 06:00 in Shanghai, whatever the day).
        string[] jobsAtOnce = ["--Modular:Jobs:FirstPassDelay=00:00:00"];
        await using var first = await HostProcess.StartAsync(setup.ConnectionString, plugins.Path, jobsAtOnce);
        await using var second = await HostProcess.StartAsync(setup.ConnectionString, plugins.Path, jobsAtOnce);
        await using var nginx = await Nginx.StartAsync(first.Address.Port, second.Address.Port);
        using var front = new HttpClient { BaseAddress = nginx.Address };

        // Signed in on one instance, served by the other: the key ring and the sessions are in the database.
        using var onFirst = await first.SignedInClientAsync("banner-admin", TestHost.Password);
        using var onSecond = second.Client();
        onSecond.DefaultRequestHeaders.Authorization = onFirst.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/j/banner/test-good/notes")).StatusCode);
        var cookie = await CookieSignInAsync(first);
        using var pageOnSecond = new HttpRequestMessage(HttpMethod.Get, new Uri(second.Address, "/j/banner"));
        pageOnSecond.Headers.Add("Cookie", cookie);
        using (var browserOnSecond = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }))
            Assert.Equal(HttpStatusCode.OK, (await browserOnSecond.SendAsync(pageOnSecond)).StatusCode);

        // Through nginx, requests alternate between the two and all are served.
        front.DefaultRequestHeaders.Authorization = onFirst.DefaultRequestHeaders.Authorization;
        for (var i = 0; i < 6; i++)
            Assert.Equal(HttpStatusCode.OK, (await front.GetAsync("/api/j/banner/test-good/notes")).StatusCode);

        // The daily job ran once, by one of the two.
        const string Runs = "select count(*) from schedules.job_runs where job_key like 'test-good/%' and finished_at is not null";
        await Eventually.TrueAsync(async () => await Sql.ScalarAsync<long>(setup.ConnectionString, Runs) > 0, TimeSpan.FromSeconds(60),
            () => $"no instance ran the daily job:\n{first.Output}\n{second.Output}");
        await Task.Delay(TimeSpan.FromSeconds(2)); // a second run would have finished by now
        Assert.Equal(1L, await Sql.ScalarAsync<long>(setup.ConnectionString, Runs));
        Assert.Single((await front.GetFromJsonAsync<string[]>("/api/j/banner/test-good/notes"))!, n => n.StartsWith("job banner ", StringComparison.Ordinal));

        // Switched off through one, the other follows within the directory's cache time (30 s).
        Assert.Equal(HttpStatusCode.NoContent, (await onFirst.PutAsJsonAsync("/api/j/banner/plugins/test-good", new { enabled = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await onFirst.GetAsync("/api/j/banner/test-good/notes")).StatusCode);
        var switchedAt = Stopwatch.StartNew();
        await Eventually.TrueAsync(async () => (await onSecond.GetAsync("/api/j/banner/test-good/notes")).StatusCode == HttpStatusCode.NotFound,
            TimeSpan.FromSeconds(40), () => "the second instance still serves the switched-off plugin after 40 s");
        Assert.True(switchedAt.Elapsed < TimeSpan.FromSeconds(32), $"followed after {switchedAt.Elapsed}");

        // One instance killed: nginx sends every request to the other.
        await first.KillAsync();
        for (var i = 0; i < 6; i++)
            Assert.Equal(HttpStatusCode.OK, (await front.GetAsync("/api/j/banner/people?pageSize=1")).StatusCode);
    }

    /// <summary>Signs in through the page's form, as a browser does; returns the Cookie header to send.</summary>
    private static async Task<string> CookieSignInAsync(HostProcess host)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host.Address };
        var form = await browser.GetStringAsync("/account/login");
        using var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "banner-admin", ["Password"] = TestHost.Password, ["__RequestVerificationToken"] = TestHost.AntiforgeryToken(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return cookies.GetCookieHeader(host.Address);
    }

    /// <summary>nginx in the foreground with a configuration of its own in a scratch folder; stopped on dispose.</summary>
    private sealed partial class Nginx : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly ScratchDirectory _folder;

        private Nginx(Process process, ScratchDirectory folder, Uri address) => (_process, _folder, Address) = (process, folder, address);

        public Uri Address { get; }

        public static async Task<Nginx> StartAsync(params int[] ports)
        {
            var binary = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
                         ?? throw new InvalidOperationException("nginx is not installed: scripts/ensure-prerequisites.sh --browser installs it");
            var site = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deploy", "nginx-modular.conf"));
            var serverOptions = UpstreamServer().Match(site).Groups[1].Value;
            var location = Location().Match(site).Value;
            Assert.False(string.IsNullOrEmpty(location), "deploy/nginx-modular.conf has no location / block");
            var folder = new ScratchDirectory();
            var port = HostProcess.FreePort();
            var upstream = string.Concat(ports.Select(p => $"        server 127.0.0.1:{p} {serverOptions};\n"));
            await File.WriteAllTextAsync(folder.Combine("nginx.conf"), $$"""
                {{(Environment.IsPrivilegedProcess ? "user root;" : "")}}
                worker_processes 1;
                pid {{folder.Combine("nginx.pid")}};
                error_log {{folder.Combine("error.log")}} warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path {{folder.Combine("body")}};
                    proxy_temp_path {{folder.Combine("proxy")}};
                    fastcgi_temp_path {{folder.Combine("fastcgi")}};
                    uwsgi_temp_path {{folder.Combine("uwsgi")}};
                    scgi_temp_path {{folder.Combine("scgi")}};
                    upstream modular {
                {{upstream}}        keepalive 32;
                    }
                    server {
                        listen 127.0.0.1:{{port}};
                        client_max_body_size 32m;
                        {{location}}
                    }
                }
                """);
            var start = new ProcessStartInfo(binary) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-p", folder.Path, "-c", folder.Combine("nginx.conf"), "-g", "daemon off;" }) start.ArgumentList.Add(a);
            var nginx = new Nginx(Process.Start(start)!, folder, new Uri($"http://127.0.0.1:{port}"));
            using var probe = new HttpClient { BaseAddress = nginx.Address };
            await Eventually.TrueAsync(async () =>
            {
                if (nginx._process.HasExited) throw new InvalidOperationException($"nginx stopped: {await nginx._process.StandardError.ReadToEndAsync()}");
                try { return (await probe.GetAsync("/healthz/live")).StatusCode == HttpStatusCode.OK; }
                catch (HttpRequestException) { return false; }
            }, TimeSpan.FromSeconds(20), () => "nginx did not answer");
            return nginx;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
            _folder.Dispose();
        }

        [GeneratedRegex(@"^\s*server 127\.0\.0\.1:5000 ([^;]*);", RegexOptions.Multiline)]
        private static partial Regex UpstreamServer();

        // The block up to its closing brace at the location's own indentation.
        [GeneratedRegex(@"location / \{.*?\n    \}", RegexOptions.Singleline)]
        private static partial Regex Location();
    }
}
