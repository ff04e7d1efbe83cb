using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Audit;
using Modular.Sdk;

namespace Modular.Schedules;

/// <summary>When scheduled passes begin and how long a claim on a job run holds without being renewed (<c>Modular:Jobs</c> in configuration).</summary>
public sealed class JobOptions
{
    /// <summary>
    /// The first pass of scheduled work waits this long after the host has started: a starting host answers first, and
    /// nothing scheduled is late by seconds (obligations a page needs are brought up to date when it reads them).
    /// </summary>
    public TimeSpan FirstPassDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A running job's instance renews its lease every third of this; when the instance dies, another takes the run
    /// over this long after the last renewal at most.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A run whose instance died this many times is closed with an error rather than tried again.</summary>
    public int MaxAttempts { get; set; } = 3;
}

/// <summary>What became of a claimed run: which attempt it was and the error it ended with, if any.</summary>
public sealed record JobOutcome(int Attempt, string? Error);

/// <summary>What the claims table says of one job in one jurisdiction.</summary>
/// <param name="LastDue">The due time of the latest run claimed, finished or not.</param>
/// <param name="Abandoned">The earliest unfinished run whose lease ran out: its instance died.</param>
public sealed record JobState(DateTimeOffset? LastDue, DateTimeOffset? Abandoned);

/// <summary>
/// The one way a scheduled run is claimed, for the core's daily pass and the plugins' jobs alike. A run is a row of
/// <c>schedules.job_runs</c> (jurisdiction, job, due time). The instance whose insert wins holds the run's lease and
/// renews it while the job works, so however many instances share the database each run is done once. When the
/// instance dies mid-run the lease runs out and the next pass of any instance takes the run over and does it again
/// from the start (jobs are written to be re-run). A run that has lost its instance <see cref="JobOptions.MaxAttempts"/>
/// times is closed with an error instead of being handed to the next one.
/// Lease times are the database's clock, so instances on machines whose clocks differ agree on them.
/// </summary>
public sealed class JobClaims(PlatformDatabase platform, IOptions<JobOptions> options, ILogger<JobClaims> logger)
{
    /// <summary>Every run is a span "job &lt;name&gt;" of this source and counted by its meter (exported with the host's telemetry, <c>Modular.*</c>).</summary>
    public const string TelemetryName = "Modular.Jobs";
    private static readonly ActivitySource Source = new(TelemetryName);
    private static readonly Meter Meter = new(TelemetryName);
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>("modular.jobs.runs", description: "Scheduled job runs");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("modular.jobs.duration", unit: "s", description: "How long a scheduled job ran");

    private readonly JobOptions _options = options.Value;

    /// <summary>Waits for the host to have started and then <see cref="JobOptions.FirstPassDelay"/>: the start of a job service's loop.</summary>
    public async Task BeforeFirstPassAsync(Microsoft.Extensions.Hosting.IHostApplicationLifetime lifetime, TimeProvider clock, CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (ct.Register(() => started.TrySetCanceled(ct)))
            await started.Task;
        if (_options.FirstPassDelay > TimeSpan.Zero) await Task.Delay(_options.FirstPassDelay, clock, ct);
    }

    /// <summary>This instance, as it signs its claims: machine, process and a random part (a restarted process is another instance).</summary>
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>The latest claimed and the abandoned run of a job; runs abandoned too often are closed on the way.</summary>
    public async Task<JobState> StateAsync(int jurisdictionId, string jobKey, CancellationToken ct)
    {
        await using var batch = platform.DataSource.CreateBatch();
        batch.BatchCommands.Add(BatchCommand("""
            update schedules.job_runs set finished_at = now(),
                   error = 'stopped: the instance running it went away ' || attempts || ' times'
             where jurisdiction_id = $1 and job_key = $2 and finished_at is null and lease_until < now() and attempts >= $3
            """, jurisdictionId, jobKey, _options.MaxAttempts));
        batch.BatchCommands.Add(BatchCommand("""
            select max(due_at), min(due_at) filter (where finished_at is null and lease_until < now())
              from schedules.job_runs where jurisdiction_id = $1 and job_key = $2
            """, jurisdictionId, jobKey));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new(At(reader, 0), At(reader, 1));

        static DateTimeOffset? At(System.Data.Common.DbDataReader reader, int column) =>
            reader.IsDBNull(column) ? null : new DateTimeOffset(reader.GetDateTime(column), TimeSpan.Zero);
    }

    /// <summary>
    /// Claims the run (new, or abandoned by a dead instance) and does <paramref name="work"/> under its lease, which is
    /// renewed until the work ends; records the error the work returns. Returns null, without working, when another
    /// instance holds the run or it is done. The work's token is cancelled if the lease is lost (this instance stalled
    /// past it and another took the run over). On shutdown the lease is given up at once for another instance to take.
    /// </summary>
    public async Task<JobOutcome?> RunAsync(IJurisdiction jurisdiction, string jobKey, DateTimeOffset due, Func<CancellationToken, Task<string?>> work, CancellationToken ct)
    {
        var jurisdictionId = jurisdiction.Id;
        var attempt = await ClaimAsync(jurisdictionId, jobKey, due, ct);
        if (attempt is null) return null;
        var started = Stopwatch.GetTimestamp();
        using var activity = Source.StartActivity($"job {jobKey[(jobKey.LastIndexOfAny(['/', '.']) + 1)..]}");
        activity?.SetTag("modular.job", jobKey).SetTag("modular.jurisdiction", jurisdiction.Code)
            .SetTag("modular.job.due", due.ToString("O")).SetTag("modular.job.attempt", attempt.Value);
        using var lease = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var stopRenewing = new CancellationTokenSource();
        var renewing = RenewAsync(jurisdictionId, jobKey, due, lease, stopRenewing.Token);
        string? error = null;
        string outcome;
        try
        {
            error = await work(lease.Token);
            outcome = error is null ? "ok" : "failed";
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { outcome = "cancelled"; }
        catch (OperationCanceledException) when (lease.IsCancellationRequested) { outcome = "lease-lost"; }
        catch (Exception ex)
        {
            // A work that throws (say, a timeout of its own) ends its run with the error, like one that returns it.
            error = ex.Message;
            outcome = "failed";
        }
        finally
        {
            // Always, before the claim is given up or finished: a renewal left running would hold the run forever.
            await stopRenewing.CancelAsync();
            await renewing;
        }
        if (error is not null) activity?.SetStatus(ActivityStatusCode.Error, error);
        Record(outcome);
        switch (outcome)
        {
            case "cancelled":
                await ReleaseAsync(jurisdictionId, jobKey, due);
                ct.ThrowIfCancellationRequested();
                break;
            case "lease-lost":
                return new(attempt.Value, "lease lost: another instance took the run over");
        }
        await FinishAsync(jurisdictionId, jobKey, due, error);
        return new(attempt.Value, error);

        void Record(string how)
        {
            KeyValuePair<string, object?>[] tags = [new("modular.job", jobKey), new("outcome", how)];
            Runs.Add(1, tags);
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private async Task<int?> ClaimAsync(int jurisdictionId, string jobKey, DateTimeOffset due, CancellationToken ct)
    {
        await using var command = Command("""
            insert into schedules.job_runs as run (jurisdiction_id, job_key, due_at, claimed_by, lease_until)
            values ($1, $2, $3, $4, now() + $5)
            on conflict (jurisdiction_id, job_key, due_at) do update
               set claimed_by = excluded.claimed_by, lease_until = excluded.lease_until, started_at = now(), attempts = run.attempts + 1
             where run.finished_at is null and run.lease_until < now() and run.attempts < $6
            returning attempts
            """, jurisdictionId, jobKey, due.UtcDateTime, Instance, _options.Lease, _options.MaxAttempts);
        return await command.ExecuteScalarAsync(ct) is int attempts ? attempts : null;
    }

    /// <summary>Renews the lease every third of its length until stopped; cancels <paramref name="lease"/> if the claim is no longer ours.</summary>
    private async Task RenewAsync(int jurisdictionId, string jobKey, DateTimeOffset due, CancellationTokenSource lease, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.Lease / 3, stop);
                await using var command = Command("""
                    update schedules.job_runs set lease_until = now() + $5
                     where jurisdiction_id = $1 and job_key = $2 and due_at = $3 and claimed_by = $4 and finished_at is null
                    """, jurisdictionId, jobKey, due.UtcDateTime, Instance, _options.Lease);
                if (await command.ExecuteNonQueryAsync(stop) == 1) continue;
                logger.LogWarning("Job {Job} of jurisdiction {Jurisdiction} due {Due}: another instance took the run over; stopping it here", jobKey, jurisdictionId, due);
                await lease.CancelAsync();
                return;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { return; }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException)
            {
                // The database is away for a moment: keep working and try again; if it stays away the lease runs out.
                logger.LogWarning(ex, "Could not renew the lease of job {Job} for jurisdiction {Jurisdiction}", jobKey, jurisdictionId);
            }
        }
    }

    private async Task FinishAsync(int jurisdictionId, string jobKey, DateTimeOffset due, string? error)
    {
        await using var command = Command("""
            update schedules.job_runs set finished_at = now(), error = $5
             where jurisdiction_id = $1 and job_key = $2 and due_at = $3 and claimed_by = $4
            """, jurisdictionId, jobKey, due.UtcDateTime, Instance, (object?)error ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>Gives the lease up (shutdown): the run is abandoned now, so the next pass of another instance takes it.</summary>
    private async Task ReleaseAsync(int jurisdictionId, string jobKey, DateTimeOffset due)
    {
        try
        {
            await using var command = Command("""
                update schedules.job_runs set lease_until = now()
                 where jurisdiction_id = $1 and job_key = $2 and due_at = $3 and claimed_by = $4 and finished_at is null
                """, jurisdictionId, jobKey, due.UtcDateTime, Instance);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not give up the lease of job {Job}; it runs out by itself", jobKey);
        }
    }

    private static Npgsql.NpgsqlBatchCommand BatchCommand(string sql, params object[] values)
    {
        var command = new Npgsql.NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new() { Value = value });
        return command;
    }

    private Npgsql.NpgsqlCommand Command(string sql, params object[] values)
    {
        var command = platform.DataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new() { Value = value });
        return command;
    }
}
