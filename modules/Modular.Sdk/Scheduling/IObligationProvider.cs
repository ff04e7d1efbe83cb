namespace Modular.Sdk.Scheduling;

/// <summary>
/// Answers "who owes what by when" for one jurisdiction and a date range. The host stores the
/// answers as obligations, matches them to records and computes their status (pending, done,
/// late, missed); nobody types a status in by hand.
/// </summary>
public interface IObligationProvider
{
    /// <summary>The obligation types this provider issues (e.g. <c>daily-study-note</c>), with their names.</summary>
    IReadOnlyList<ObligationType> Types { get; }

    IAsyncEnumerable<ObligationDue> GetDueAsync(IJurisdiction jurisdiction, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>
    /// The days this provider's obligations fall due in for the jurisdiction — its campaign, from its settings — so the
    /// host stores all of them (a past campaign's missed ones too) without anyone pressing "generate", and asks again
    /// daily and whenever the plugin is switched on or its settings change. Null (the default) when there is no end:
    /// the host then keeps a month either side of today, moving with the days.
    /// </summary>
    Task<ObligationSpan?> SpanAsync(IJurisdiction jurisdiction, CancellationToken cancellationToken) => Task.FromResult<ObligationSpan?>(null);
}

/// <summary>The first and last due day of a provider's obligations.</summary>
public sealed record ObligationSpan(DateOnly From, DateOnly To);

public sealed record ObligationType(string Key, LocalizedText Name);

/// <summary>Who owes it: a person or an organization of the jurisdiction.</summary>
public enum ObligedKind { Person, Organization }

/// <summary>
/// One obligation: the type, who owes it, the period it covers and the day it is due; and, when the
/// plugin already holds the record that meets it, when it was met and by which record.
/// </summary>
public sealed record ObligationDue(string TypeKey, ObligedKind Kind, long ObligedId, DateOnly PeriodStart, DateOnly DueOn)
{
    /// <summary>When the plugin's record met it; null while unmet (a null never clears a stored record: use <see cref="IObligationRecords.ClearAsync"/>).</summary>
    public DateTimeOffset? MetAt { get; init; }

    /// <summary>The plugin's reference to that record (e.g. <c>note:123</c>).</summary>
    public string? RecordRef { get; init; }
}
