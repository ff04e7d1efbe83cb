using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Plugins;
using Modular.Host.Scheduling;
using Modular.Jurisdictions;
using Modular.Sdk.Scheduling;
using Modular.Tests.Blocks;
using Modular.Tests.Infrastructure;
using Modular.Testing;
using Npgsql;

namespace Modular.Tests.Host;

/// <summary>Scheduled jobs over the host, each test's runners on a clock of their own; one host for the class, emptied before each test.</summary>
public sealed class ScheduledJobTests(GoodPluginHost shared) : IClassFixture<GoodPluginHost>, IAsyncLifetime
{
    private TestHost _host = null!;
    private Jurisdiction _banner = null!;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        _banner = await _host.CreateJurisdictionAsync("banner", "测试旗", "test-good");
        await _host.CreateJurisdictionAsync("plain", "未启用插件的辖区");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The plugin job runner of another host instance (its own claims), on the clock given.</summary>
    private ScheduledJobRunner Runner(TimeProvider clock, TimeSpan? lease = null) => new(
        _host.App.Services.GetRequiredService<PluginRegistry>(), _host.App.Services.GetRequiredService<JurisdictionDirectory>(),
        _host.App.Services.GetRequiredService<IServiceScopeFactory>(), _host.JobClaimsOfAnotherInstance(lease),
        clock, NullLogger<ScheduledJobRunner>.Instance);

    private async Task<string[]> JobNotesAsync() =>
        (await (await _host.ApiClientAsync("banner-admin")).GetFromJsonAsync<string[]>("/api/j/banner/test-good/notes"))!.Where(n => n.StartsWith("job ")).ToArray();

    [Fact]
    public async Task A_daily_job_runs_once_per_jurisdiction_that_has_the_plugin_on_even_with_two_instances()
    {
        // 07:00 in Shanghai on 2026-03-10: the 06:00 run of that day is due.
        var clock = new SettableClock(new DateTimeOffset(2026, 3, 9, 23, 0, 0, TimeSpan.Zero));
        var (first, second) = (Runner(clock), Runner(clock));

        var runs = await Task.WhenAll(first.RunDueJobsAsync(default), second.RunDueJobsAsync(default));

        Assert.Equal(1, runs.Sum());
        Assert.Equal(["job banner 2026-03-10 2026-03-10T06:00:00.0000000+08:00"], await JobNotesAsync()); // 06:00 local
        Assert.Equal(0, await first.RunDueJobsAsync(default)); // nothing new is due

        clock.Now = clock.Now.AddDays(1);
        Assert.Equal(1, await second.RunDueJobsAsync(default));

        clock.Now = clock.Now.AddDays(3); // the host was down: only the latest missed run is made up
        Assert.Equal(1, await first.RunDueJobsAsync(default));
        Assert.Equal(0, await second.RunDueJobsAsync(default));
        Assert.Equal(["2026-03-10", "2026-03-11", "2026-03-14"], (await JobNotesAsync()).Select(n => n.Split(' ')[2]));
    }

    [Fact]
    public async Task The_first_scheduled_pass_waits_until_the_host_has_started_and_then_the_first_pass_delay()
    {
        var claims = new Modular.Schedules.JobClaims(_host.App.Services.GetRequiredService<Modular.Audit.PlatformDatabase>(),
            Microsoft.Extensions.Options.Options.Create(new Modular.Schedules.JobOptions { FirstPassDelay = TimeSpan.FromMilliseconds(300) }),
            NullLogger<Modular.Schedules.JobClaims>.Instance);
        var lifetime = new StartingLifetime();

        var waiting = claims.BeforeFirstPassAsync(lifetime, TimeProvider.System, default);
        await Task.Delay(400);
        Assert.False(waiting.IsCompleted); // the host is still starting

        var started = System.Diagnostics.Stopwatch.StartNew();
        await lifetime.Started.CancelAsync();
        await waiting;
        Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(250), $"the pass began {started.Elapsed.TotalMilliseconds:0} ms after the start");
    }

    [Fact]
    public async Task A_job_that_throws_ends_its_run_with_the_error_and_stops_renewing_its_lease()
    {
        var claims = _host.JobClaimsOfAnotherInstance(TimeSpan.FromSeconds(1));
        var due = new DateTimeOffset(2026, 3, 9, 22, 0, 0, TimeSpan.Zero);

        var outcome = await claims.RunAsync(_banner.ToResolved(), "test/throws", due,
            _ => Task.FromException<string?>(new TimeoutException("the job's own timeout")), default);

        Assert.Equal("the job's own timeout", outcome!.Error);
        const string Run = "select (finished_at is not null) || ' ' || error from schedules.job_runs where job_key = 'test/throws'";
        Assert.Equal("true the job's own timeout", await Sql.ScalarAsync<string>(_host.ConnectionString, Run));
        var lease = await Sql.ScalarAsync<DateTime>(_host.ConnectionString, "select lease_until from schedules.job_runs where job_key = 'test/throws'");
        await Task.Delay(TimeSpan.FromSeconds(1)); // past a renewal (every third of the lease), had one been left running
        Assert.Equal(lease, await Sql.ScalarAsync<DateTime>(_host.ConnectionString, "select lease_until from schedules.job_runs where job_key = 'test/throws'"));
    }

    private sealed class StartingLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
    {
        public CancellationTokenSource Started { get; } = new();
        public CancellationToken ApplicationStarted => Started.Token;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() { }
    }

    /// <summary>The test plugin's daily job, as the claims table names it.</summary>
    private string NoteJobKey()
    {
        var plugin = _host.App.Services.GetRequiredService<PluginRegistry>().Loaded.Single(p => p.Id == "test-good");
        return ScheduledJobRunner.JobKey(plugin.Id, plugin.Contributions.Jobs.Single().JobType);
    }

    private Task<string> ClaimAsync(string column) => Sql.ScalarAsync<string>(_host.ConnectionString,
        $"select {column}::text from schedules.job_runs where job_key = '{NoteJobKey()}' and due_at = '2026-03-09T22:00Z'");

    [Fact]
    public async Task A_run_left_by_a_dead_instance_is_taken_over_when_its_lease_runs_out_and_not_before()
    {
        var clock = new SettableClock(new DateTimeOffset(2026, 3, 9, 23, 0, 0, TimeSpan.Zero)); // 07:00 in Shanghai: 06:00 is due
        await Sql.ExecuteAsync(_host.ConnectionString, $"""
            insert into schedules.job_runs (jurisdiction_id, job_key, due_at, claimed_by, lease_until)
            values ({_banner.Id}, '{NoteJobKey()}', '2026-03-09T22:00Z', 'dead-instance', now() + interval '1 hour')
            """);

        Assert.Equal(0, await Runner(clock).RunDueJobsAsync(default)); // its lease still holds: the instance may be working
        Assert.Empty(await JobNotesAsync());

        await Sql.ExecuteAsync(_host.ConnectionString, "update schedules.job_runs set lease_until = now() - interval '1 second'");
        var (first, second) = (Runner(clock), Runner(clock));
        Assert.Equal(1, (await Task.WhenAll(first.RunDueJobsAsync(default), second.RunDueJobsAsync(default))).Sum()); // one of two takes it

        Assert.Equal(["job banner 2026-03-10 2026-03-10T06:00:00.0000000+08:00"], await JobNotesAsync());
        Assert.Equal("2", await ClaimAsync("attempts"));
        Assert.NotEqual("dead-instance", await ClaimAsync("claimed_by"));
        Assert.NotNull(await ClaimAsync("finished_at"));
        Assert.Equal(0, await first.RunDueJobsAsync(default));
    }

    [Fact]
    public async Task A_run_whose_instance_died_three_times_is_closed_with_an_error_and_the_next_day_runs()
    {
        var clock = new SettableClock(new DateTimeOffset(2026, 3, 9, 23, 0, 0, TimeSpan.Zero));
        await Sql.ExecuteAsync(_host.ConnectionString, $"""
            insert into schedules.job_runs (jurisdiction_id, job_key, due_at, claimed_by, lease_until, attempts)
            values ({_banner.Id}, '{NoteJobKey()}', '2026-03-09T22:00Z', 'dead-instance', now() - interval '1 second', 3)
            """);

        Assert.Equal(0, await Runner(clock).RunDueJobsAsync(default));
        Assert.Equal("stopped: the instance running it went away 3 times", await ClaimAsync("error"));
        Assert.Empty(await JobNotesAsync());

        clock.Now = clock.Now.AddDays(1);
        Assert.Equal(1, await Runner(clock).RunDueJobsAsync(default));
        Assert.Equal(["2026-03-11"], (await JobNotesAsync()).Select(n => n.Split(' ')[2]));
    }

    [Fact]
    public async Task A_host_process_killed_mid_job_keeps_its_run_until_its_lease_runs_out_then_another_instance_does_it()
    {
        using var plugins = new PluginFolder();
        plugins.Add("test-good");
        var lease = TimeSpan.FromSeconds(2);
        // The process runs the job as soon as it starts (today's 06:00 has passed in Shanghai), slowly, renewing its lease.
        await using var doomed = await HostProcess.StartAsync(_host.ConnectionString, plugins.Path,
            ["--Modular:Jobs:Lease=00:00:02", "--Modular:Jobs:FirstPassDelay=00:00:00", "--TestGood:JobDelay=00:10:00", "--Logging:LogLevel:Default=Warning"]);
        var claimedBy = $"select claimed_by from schedules.job_runs where job_key = '{NoteJobKey()}' and finished_at is null";
        await Eventually.TrueAsync(async () => (await Sql.ScalarAsync<string?>(_host.ConnectionString, claimedBy))?.Contains($":{doomed.ProcessId}:") == true,
            TimeSpan.FromSeconds(60), () => $"the host process did not claim the job:\n{doomed.Output}");

        await Task.Delay(lease * 2); // longer than the lease: only renewals keep it
        var survivor = Runner(TimeProvider.System, lease);
        Assert.Equal(0, await survivor.RunDueJobsAsync(default));

        await doomed.KillAsync();
        await Eventually.TrueAsync(async () => await survivor.RunDueJobsAsync(default) == 1, TimeSpan.FromSeconds(10),
            () => "the run was not taken over within 10 s of the kill");

        Assert.Single(await JobNotesAsync());
        var run = $"select attempts || ' ' || (finished_at is not null) || ' ' || coalesce(error, '-') from schedules.job_runs where job_key = '{NoteJobKey()}'";
        Assert.Equal("2 true -", await Sql.ScalarAsync<string>(_host.ConnectionString, run));
    }
}

/// <summary>When a job is due, without a database.</summary>
public sealed class JobScheduleTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData("2026-03-10T05:59:00+08:00", null)]                         // before 06:00: yesterday's ran already
    [InlineData("2026-03-10T06:00:00+08:00", "2026-03-10T06:00:00+08:00")]  // at the boundary it is due
    [InlineData("2026-03-12T09:00:00+08:00", "2026-03-12T06:00:00+08:00")]  // after downtime: the latest only
    public void Daily_due_times_are_in_the_jurisdictions_time_zone(string now, string? expected)
    {
        var lastRun = DateTimeOffset.Parse("2026-03-09T06:00:00+08:00");

        var due = ScheduledJobRunner.LatestDue(JobSchedule.Daily(new TimeOnly(6, 0)), lastRun, DateTimeOffset.Parse(now), Shanghai);

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected), due);
    }
}
