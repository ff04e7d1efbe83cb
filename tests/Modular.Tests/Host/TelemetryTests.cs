using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Modular.Host;
using Modular.Host.Plugins;
using Modular.Host.Scheduling;
using Modular.Jurisdictions;
using Modular.Tests.Security;
using OpenTelemetry.Trace;

namespace Modular.Tests.Host;

/// <summary>
/// Telemetry is off unless an OTLP endpoint is configured; configured, the host sends its requests, its database calls
/// and its scheduled jobs as traces, and its metrics, to that collector (here a small OTLP/HTTP receiver in the test).
/// </summary>
public sealed class TelemetryTests(BareHost bare) : IClassFixture<BareHost>
{
    /// <summary>A stand-in collector: keeps the body of every OTLP/HTTP export by path (/v1/traces, /v1/metrics).</summary>
    private sealed class Collector : IAsyncDisposable
    {
        public ConcurrentDictionary<string, ConcurrentBag<byte[]>> Received { get; } = new();
        public WebApplication App { get; }

        private Collector(WebApplication app) => App = app;

        public static async Task<Collector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var collector = new Collector(app);
            app.MapPost("/otlp/{**signal}", async (string signal, HttpRequest request) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                collector.Received.GetOrAdd(signal, _ => []).Add(body.ToArray());
                return Results.Ok();
            });
            await app.StartAsync();
            return collector;
        }

        /// <summary>All that arrived for a signal, as text: protobuf keeps strings as UTF-8, which is enough to find names in.</summary>
        public string Text(string signal) => string.Join("\n", Received.GetValueOrDefault(signal)?.Select(b => Encoding.UTF8.GetString(b)) ?? []);

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public void Off_by_default_no_tracer_is_registered()
    {
        Assert.Null(bare.Host.App.Services.GetService<TracerProvider>());
        Assert.Null(bare.Host.App.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    [Fact]
    public async Task Configured_requests_database_calls_and_jobs_reach_the_collector()
    {
        await using var collector = await Collector.StartAsync();
        var host = await TestHost.StartAsync(["test-good"], $"--Telemetry:OtlpEndpoint={collector.App.Urls.First()}/otlp");
        try
        {
            await host.CreateJurisdictionAsync("banner", "测试旗", "test-good");
            Assert.Equal("Healthy", await host.Anonymous.GetStringAsync("/healthz/live"));
            await (await host.ApiClientAsync("banner-admin")).GetStringAsync("/api/j/banner/test-good/notes");
            // 07:00 in Shanghai: the test plugin's 06:00 job is due.
            var runner = new ScheduledJobRunner(host.App.Services.GetRequiredService<PluginRegistry>(), host.App.Services.GetRequiredService<JurisdictionDirectory>(),
                host.App.Services.GetRequiredService<IServiceScopeFactory>(), host.JobClaimsOfAnotherInstance(),
                new SettableClock(new DateTimeOffset(2026, 3, 9, 23, 0, 0, TimeSpan.Zero)), Microsoft.Extensions.Logging.Abstractions.NullLogger<ScheduledJobRunner>.Instance);
            Assert.Equal(1, await runner.RunDueJobsAsync(default));
        }
        finally
        {
            await host.DisposeAsync(); // stopping flushes what is batched
        }

        var traces = collector.Text("v1/traces");
        Assert.Contains("/api/j/{jurisdiction}/test-good/notes", traces);   // the request, by its route
        Assert.Contains("postgresql", traces);                              // a database call (Npgsql's db.system)
        Assert.Contains("job DailyNoteJob", traces);                        // the scheduled job, with its plugin
        Assert.Contains("modular.plugin", traces);
        var metrics = collector.Text("v1/metrics");
        Assert.Contains("http.server.request.duration", metrics);
        Assert.Contains("modular.jobs.runs", metrics);
    }

    [Fact]
    public async Task An_endpoint_that_is_no_address_stops_the_start_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ModularApp.BuildAsync(["--Telemetry:OtlpEndpoint=collector:4318"]));
        Assert.Contains("Telemetry:OtlpEndpoint", error.Message);
    }
}
