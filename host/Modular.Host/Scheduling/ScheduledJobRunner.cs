using System.Diagnostics;
using Modular.Audit;
using Modular.Host.Telemetry;
using Modular.Host.Plugins;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Scheduling;
using Npgsql;

namespace Modular.Host.Scheduling;

/// <summary>
/// Runs plugins' scheduled jobs for every jurisdiction that has the plugin on, in the jurisdiction's
/// time zone. A run is claimed by inserting its row into <c>host.job_runs</c>; the primary key makes
/// exactly one host instance win, so a job runs once per jurisdiction and due time however many
/// instances share the database. After downtime only the latest missed run is made up.
/// </summary>
public sealed class ScheduledJobRunner(
    PluginRegistry registry, JurisdictionDirectory directory, IServiceScopeFactory scopes,
    PlatformDatabase platform, TimeProvider clock, ILogger<ScheduledJobRunner> logger) : BackgroundService
{
    public const string Schema = "host";
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick, clock);
        do
        {
            try
            {
                await RunDueJobsAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scheduled jobs pass failed; retrying at the next tick");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: claims and runs every job that is due now. Returns how many runs this instance made.</summary>
    public async Task<int> RunDueJobsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var runs = 0;
        foreach (var row in await directory.ListAsync(ct: ct))
        {
            var jurisdiction = row.ToResolved();
            foreach (var plugin in registry.Loaded.Where(p => p.Contributions.Jobs.Count > 0))
            {
                if (!await directory.IsEnabledAsync(jurisdiction.Id, plugin.Id, ct)) continue;
                foreach (var (jobType, schedule) in plugin.Contributions.Jobs)
                {
                    var jobId = jobType.FullName!;
                    var last = await LastDueAsync(jurisdiction.Id, plugin.Id, jobId, ct);
                    var due = LatestDue(schedule, last ?? now - schedule.Period, now, jurisdiction.TimeZone);
                    if (due is null || !await ClaimAsync(jurisdiction.Id, plugin.Id, jobId, due.Value, ct)) continue;
                    await RunAsync(plugin, jobType, jurisdiction, due.Value, ct);
                    runs++;
                }
            }
        }
        return runs;
    }

    /// <summary>The latest due time after <paramref name="after"/> that is not in the future, or null if none is due yet.</summary>
    internal static DateTimeOffset? LatestDue(JobSchedule schedule, DateTimeOffset after, DateTimeOffset now, TimeZoneInfo zone)
    {
        var next = schedule.NextAfter(after, zone);
        if (next > now) return null;
        for (var following = schedule.NextAfter(next, zone); following <= now; following = schedule.NextAfter(next, zone))
            next = following;
        return next;
    }

    private async Task<DateTimeOffset?> LastDueAsync(int jurisdictionId, string pluginId, string jobId, CancellationToken ct)
    {
        await using var command = platform.DataSource.CreateCommand(
            $"select max(due_at) from {Schema}.job_runs where jurisdiction_id = $1 and plugin_id = $2 and job_id = $3");
        command.Parameters.Add(new() { Value = jurisdictionId });
        command.Parameters.Add(new() { Value = pluginId });
        command.Parameters.Add(new() { Value = jobId });
        return await command.ExecuteScalarAsync(ct) is DateTime utc ? new DateTimeOffset(utc, TimeSpan.Zero) : null;
    }

    private async Task<bool> ClaimAsync(int jurisdictionId, string pluginId, string jobId, DateTimeOffset due, CancellationToken ct)
    {
        await using var command = platform.DataSource.CreateCommand(
            $"insert into {Schema}.job_runs (jurisdiction_id, plugin_id, job_id, due_at, claimed_by) values ($1, $2, $3, $4, $5) on conflict do nothing");
        command.Parameters.Add(new() { Value = jurisdictionId });
        command.Parameters.Add(new() { Value = pluginId });
        command.Parameters.Add(new() { Value = jobId });
        command.Parameters.Add(new() { Value = due.UtcDateTime });
        command.Parameters.Add(new() { Value = _instance });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    private async Task RunAsync(PluginDescriptor plugin, Type jobType, IJurisdiction jurisdiction, DateTimeOffset due, CancellationToken ct)
    {
        string? error = null;
        var started = Stopwatch.GetTimestamp();
        using var activity = HostTelemetry.Source.StartActivity($"job {jobType.Name}");
        activity?.SetTag("modular.plugin", plugin.Id).SetTag("modular.jurisdiction", jurisdiction.Code).SetTag("modular.job.due", due.ToString("O"));
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(jurisdiction);
            var job = (IScheduledJob)scope.ServiceProvider.GetRequiredService(jobType);
            var localDate = jurisdiction.DayOf(due);
            await job.RunAsync(new JobRun(jurisdiction, due, localDate), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error = PluginLoader.Describe(ex);
            logger.LogError(ex, "Job {Job} of plugin {PluginId} failed for jurisdiction {Jurisdiction}", jobType.Name, plugin.Id, jurisdiction.Code);
            activity?.SetStatus(ActivityStatusCode.Error, error);
        }
        KeyValuePair<string, object?>[] tags = [new("modular.plugin", plugin.Id), new("modular.job", jobType.Name), new("outcome", error is null ? "ok" : "failed")];
        HostTelemetry.JobRuns.Add(1, tags);
        HostTelemetry.JobDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        await using var command = platform.DataSource.CreateCommand(
            $"update {Schema}.job_runs set finished_at = now(), error = $5 where jurisdiction_id = $1 and plugin_id = $2 and job_id = $3 and due_at = $4");
        command.Parameters.Add(new() { Value = jurisdiction.Id });
        command.Parameters.Add(new() { Value = plugin.Id });
        command.Parameters.Add(new() { Value = jobType.FullName! });
        command.Parameters.Add(new() { Value = due.UtcDateTime });
        command.Parameters.Add(new() { Value = (object?)error ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
