namespace Modular.Sdk.Scheduling;

/// <summary>
/// Work the host runs on a schedule for each jurisdiction that has the plugin on, in that
/// jurisdiction's time zone, under a database lock so that only one host instance runs it.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(JobRun run, CancellationToken cancellationToken);
}

/// <summary>One run of a job: for which jurisdiction, and the local date and time it is due.</summary>
public sealed record JobRun(IJurisdiction Jurisdiction, DateTimeOffset DueAt, DateOnly LocalDate);

/// <summary>When a job runs: every day at a local time, or at a fixed interval.</summary>
public sealed record JobSchedule
{
    public TimeOnly? DailyAt { get; private init; }
    public TimeSpan? Every { get; private init; }

    /// <summary>Every day at the given local time of the jurisdiction.</summary>
    public static JobSchedule Daily(TimeOnly localTime) => new() { DailyAt = localTime };

    public static JobSchedule Interval(TimeSpan every) =>
        every < TimeSpan.FromMinutes(1) ? throw new ArgumentOutOfRangeException(nameof(every), "at least one minute") : new() { Every = every };

    /// <summary>How far apart two runs are: a day for daily jobs, else the interval.</summary>
    public TimeSpan Period => Every ?? TimeSpan.FromDays(1);

    /// <summary>The next time the job is due strictly after <paramref name="after"/>, in the given zone.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after, TimeZoneInfo zone)
    {
        if (Every is { } every)
            return after + every;
        var local = TimeZoneInfo.ConvertTime(after, zone);
        var candidate = new DateTime(DateOnly.FromDateTime(local.DateTime), DailyAt!.Value, DateTimeKind.Unspecified);
        if (candidate <= local.DateTime) candidate = candidate.AddDays(1);
        return new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
    }
}
