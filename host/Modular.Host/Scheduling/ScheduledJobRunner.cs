using System.Diagnostics;
using Modular.Host.Plugins;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Scheduling;
using Modular.Schedules;

namespace Modular.Host.Scheduling;

/// <summary>
/// Runs plugins' scheduled jobs for every jurisdiction that has the plugin on, in the jurisdiction's
/// time zone. Each run is claimed through <see cref="JobClaims"/> (one claim with a lease across host instances),
/// so a job runs once per jurisdiction and due time however many instances share the database, and a run whose
/// instance died is taken over. After downtime only the latest missed run is made up.
/// </summary>
public sealed class ScheduledJobRunner(
    PluginRegistry registry, JurisdictionDirectory directory, IServiceScopeFactory scopes,
    JobClaims claims, TimeProvider clock, ILogger<ScheduledJobRunner> logger, IHostApplicationLifetime? lifetime = null) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);

    /// <summary>How a plugin's job is named in the claims table.</summary>
    public static string JobKey(string pluginId, Type jobType) => $"{pluginId}/{jobType.FullName}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (lifetime is not null) await claims.BeforeFirstPassAsync(lifetime, clock, stoppingToken);
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

    /// <summary>One pass: claims and runs every job that is due now, or was left by a dead instance. Returns how many runs this instance made.</summary>
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
                    var key = JobKey(plugin.Id, jobType);
                    var state = await claims.StateAsync(jurisdiction.Id, key, ct);
                    // A run taken over is the same run: its due time reads in the jurisdiction's zone, as when it was first due.
                    var due = state.Abandoned is { } abandoned ? TimeZoneInfo.ConvertTime(abandoned, jurisdiction.TimeZone)
                        : LatestDue(schedule, state.LastDue ?? now - schedule.Period, now, jurisdiction.TimeZone);
                    if (due is null) continue;
                    var outcome = await claims.RunAsync(jurisdiction, key, due.Value, lease => RunAsync(plugin, jobType, jurisdiction, due.Value, lease), ct);
                    if (outcome is not null) runs++;
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

    /// <summary>Runs the job in a scope of the jurisdiction (inside the claim's span); returns its error, if any, for the claims table.</summary>
    private async Task<string?> RunAsync(PluginDescriptor plugin, Type jobType, IJurisdiction jurisdiction, DateTimeOffset due, CancellationToken ct)
    {
        Activity.Current?.SetTag("modular.plugin", plugin.Id);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<JurisdictionContext>().Set(jurisdiction);
            var job = (IScheduledJob)scope.ServiceProvider.GetRequiredService(jobType);
            await job.RunAsync(new JobRun(jurisdiction, due, jurisdiction.DayOf(due)), ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Job {Job} of plugin {PluginId} failed for jurisdiction {Jurisdiction}", jobType.Name, plugin.Id, jurisdiction.Code);
            return PluginLoader.Describe(ex);
        }
    }
}
