namespace Modular.Sdk.Scheduling;

/// <summary>
/// Tells the host at once that a plugin's record met (or no longer meets) one of its obligations, so
/// calendars, reminders and compliance rollups change without waiting for the next generation run.
/// Generation itself reads <see cref="ObligationDue.MetAt"/> from the provider, so nothing is lost
/// when a record comes before its obligation exists.
/// </summary>
public interface IObligationRecords
{
    /// <summary>Meets the obligation of this type, obliged and period with the plugin's record; false when none exists yet.</summary>
    Task<bool> RecordAsync(string typeKey, ObligedKind kind, long obligedId, DateOnly periodStart, string recordRef,
        DateTimeOffset? metAt = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Meets many obligations of one type and kind at once (a batch of records saved together), in one statement.
    /// Returns how many existed and were met; the others are met when they are generated (<see cref="ObligationDue.MetAt"/>).
    /// </summary>
    Task<int> RecordManyAsync(string typeKey, ObligedKind kind, IReadOnlyCollection<ObligationRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Takes the record back (withdrawn, returned for rework): the obligation is open again.</summary>
    Task<bool> ClearAsync(string typeKey, ObligedKind kind, long obligedId, DateOnly periodStart, CancellationToken cancellationToken = default);
}

/// <summary>One record meeting an obligation: whose (the obliged id), for which period, which record, and when it met it.</summary>
public sealed record ObligationRecord(long ObligedId, DateOnly PeriodStart, string RecordRef, DateTimeOffset MetAt);
