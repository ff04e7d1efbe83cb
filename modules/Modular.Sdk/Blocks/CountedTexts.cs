namespace Modular.Sdk.Blocks;

/// <summary>Review state of a counted text: submitted → accepted | returned (with a comment) → resubmitted → accepted | returned.</summary>
public enum TextReviewState { Submitted, Accepted, Returned, Resubmitted }

/// <summary>
/// A text a person owes for a period (a daily study note, quarterly reading notes, a research report).
/// One text per (kind, author, period date); submitting again replaces the body.
/// </summary>
/// <param name="PeriodDate">The day (daily note) or the first day of the period (quarter, year).</param>
/// <param name="PeriodKey">Optional label of the period, e.g. <c>2011-Q2</c>.</param>
/// <param name="MinimumCharacters">The rule's 不少于 N 字 (300, 1,500, 20,000); null for none.</param>
public sealed record CountedTextInput(
    BlockKind Kind, long AuthorPersonId, DateOnly PeriodDate, string Body,
    string? PeriodKey = null, decimal? Hours = null, int? MinimumCharacters = null, string? Title = null)
{
    /// <summary>
    /// False when the plugin judges these texts another way (daily notes are inspected per member and
    /// quarter): they never wait at the review desk (<see cref="ICountedTexts.AwaitingReviewAsync"/>).
    /// </summary>
    public bool ReviewedOneByOne { get; init; } = true;
}

public sealed record CountedTextInfo(
    long Id, string PluginId, string Kind, long AuthorPersonId, DateOnly PeriodDate, string? PeriodKey, string? Title,
    string Body, int CharacterCount, decimal? Hours, TextReviewState State, string? ReviewComment, string? ReviewedBy,
    DateTimeOffset? ReviewedAt, DateTimeOffset SubmittedAt);

/// <summary>Which texts to list. Dates are inclusive.</summary>
public sealed record CountedTextQuery(BlockKind Kind)
{
    public long? AuthorPersonId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<TextReviewState>? States { get; init; }

    /// <summary>
    /// Only texts handed in (<see cref="CountedTextInfo.SubmittedAt"/>) before this instant: those in by a deadline, counted
    /// in the database (for "by the due day", the start of the day after it where the jurisdiction is, <see cref="LocalTimes.StartOf"/>).
    /// </summary>
    public DateTimeOffset? SubmittedBefore { get; init; }

    /// <summary>
    /// True for figures, which read who wrote what when and never the words: each text comes with an empty
    /// <see cref="CountedTextInfo.Body"/> (its <see cref="CountedTextInfo.CharacterCount"/> still says how long it is), so a
    /// county's thousands of reports are not read from the database only to be counted.
    /// </summary>
    public bool WithoutBody { get; init; }
}

/// <summary>Per author: how many texts in the range, how many accepted, total characters and hours.</summary>
public sealed record CountedTextTally(long AuthorPersonId, int Texts, int Accepted, int Returned, int Characters, decimal Hours)
{
    /// <summary>When the author first submitted one of them: on time or late, counted without reading the texts.</summary>
    public DateTimeOffset FirstSubmittedAt { get; init; }
}

/// <summary>
/// A closed period (e.g. a quarter whose inspection 季度末检查验收 is closed): no writes, no reviews. For the whole
/// jurisdiction, or for the authors of one organization (<paramref name="OrganizationId"/>) and, with
/// <paramref name="WithSubtree"/>, of every organization under it.
/// </summary>
public sealed record PeriodLockInfo(long Id, string PluginId, string Kind, DateOnly From, DateOnly To, string? Reason, string? LockedBy, DateTimeOffset LockedAt,
    long? OrganizationId = null, bool WithSubtree = true);

/// <summary>Character-counted texts (字数) with review and period locks, for the current jurisdiction.</summary>
public interface ICountedTexts
{
    /// <summary>Submits or replaces the author's text for the period. Refused when too short (还差 N 字), when the period is locked, or when the text was already accepted.</summary>
    Task<Result<CountedTextInfo>> SubmitAsync(CountedTextInput input, CancellationToken cancellationToken = default);
    /// <summary>
    /// Submits many texts at once (a notebook transcribed in one sitting), each checked as by <see cref="SubmitAsync"/>:
    /// all or nothing, the refusals keyed <c>[index].field</c>; one save, however many.
    /// </summary>
    Task<Result<IReadOnlyList<CountedTextInfo>>> SubmitManyAsync(IReadOnlyList<CountedTextInput> inputs, CancellationToken cancellationToken = default);
    Task<Result<CountedTextInfo>> AcceptAsync(long textId, CancellationToken cancellationToken = default);
    /// <summary>Returns the text to its author with a comment (required).</summary>
    Task<Result<CountedTextInfo>> ReturnAsync(long textId, string comment, CancellationToken cancellationToken = default);
    Task<CountedTextInfo?> FindAsync(long textId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<CountedTextInfo>> ListAsync(CountedTextQuery query, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<CountedTextTally>> TallyAsync(CountedTextQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each query, in the queries' order, how many matching texts each author has: a page's several counts of texts
    /// (kinds, ranges, deadlines) in one round trip, without the rest of a <see cref="CountedTextTally"/>. (The default
    /// tallies one query after the other; the host's store counts them all in one statement.)
    /// </summary>
    async Task<IReadOnlyList<IReadOnlyDictionary<long, int>>> CountEachAsync(IReadOnlyList<CountedTextQuery> queries, CancellationToken cancellationToken = default)
    {
        var counts = new List<IReadOnlyDictionary<long, int>>(queries.Count);
        foreach (var query in queries) counts.Add((await TallyAsync(query, cancellationToken)).ToDictionary(t => t.AuthorPersonId, t => t.Texts));
        return counts;
    }
    /// <summary>Texts waiting for a review (submitted or resubmitted), any plugin, oldest first.</summary>
    Task<IReadOnlyList<CountedTextInfo>> AwaitingReviewAsync(string? pluginId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Locks the dates <paramref name="from"/>..<paramref name="to"/> (inclusive) of a kind: for the whole jurisdiction, or
    /// for the authors of <paramref name="organizationId"/> (and its subtree unless <paramref name="withSubtree"/> is false).
    /// A lock and the writes it refuses are serialized: a text being saved when the lock is made is either in
    /// before it or refused, never in after it.
    /// </summary>
    Task<Result<PeriodLockInfo>> LockAsync(BlockKind kind, DateOnly from, DateOnly to, string? reason = null,
        long? organizationId = null, bool withSubtree = true, CancellationToken cancellationToken = default);
    Task<bool> UnlockAsync(long lockId, CancellationToken cancellationToken = default);
    /// <summary>The lock that closes <paramref name="date"/> of a kind to authors of <paramref name="organizationId"/> (null: whole-jurisdiction locks only).</summary>
    Task<PeriodLockInfo?> FindLockAsync(BlockKind kind, DateOnly date, long? organizationId = null, CancellationToken cancellationToken = default);
}
