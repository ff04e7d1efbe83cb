using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Plugins;
using Modular.Host.Scheduling;
using Modular.Jurisdictions;
using Modular.Sdk.Scheduling;
using Modular.Tests.Blocks;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Host;

/// <summary>Scheduled jobs over the host, each test's runners on a clock of their own; one host for the class, emptied before each test.</summary>
public sealed class ScheduledJobTests(GoodPluginHost shared) : IClassFixture<GoodPluginHost>, IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await shared.ResetAsync();
        await _host.CreateJurisdictionAsync("banner", "测试旗", "test-good");
        await _host.CreateJurisdictionAsync("plain", "未启用插件的辖区");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private ScheduledJobRunner Runner(TimeProvider clock) => new(
        _host.App.Services.GetRequiredService<PluginRegistry>(), _host.App.Services.GetRequiredService<JurisdictionDirectory>(),
        _host.App.Services.GetRequiredService<IServiceScopeFactory>(), _host.App.Services.GetRequiredService<Modular.Audit.PlatformDatabase>(),
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
