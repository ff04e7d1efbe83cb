namespace Modular.Sdk.Blocks;

/// <summary>Whose pledge: a member's (党员承诺), a post pledge (岗位承诺), an organization's public pledge (公开承诺).</summary>
public enum PledgeKind { Member, Post, Organization }

/// <summary>Whether a pledge was kept (年终 / half-year review).</summary>
public enum PledgeFulfilment { Fulfilled, Partly, NotFulfilled }

/// <param name="OwnerId">A person id (member and post pledges) or an organization id (organization pledges).</param>
/// <param name="PeriodKey">e.g. <c>2010</c> or <c>2011-H1</c>.</param>
public sealed record PledgeInput(BlockKind Kind, PledgeKind PledgeKind, long OwnerId, string PeriodKey, string Text, bool Published = false)
{
    /// <summary>The problems the pledge answers (a personal plan is tied to the problems its owner found), each one line.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The version the writer read when replacing a pledge: a stale one is a conflict (409). Null: no check (a first save).</summary>
    public int? Version { get; init; }
}

public sealed record PledgeReviewInput(PledgeFulfilment Outcome, string? Comment, decimal? Score, DateOnly ReviewedOn);

public sealed record PledgeInfo(
    long Id, string PluginId, string Kind, PledgeKind PledgeKind, long OwnerId, string PeriodKey, string Text, bool Published,
    DateTimeOffset? PublishedAt, PledgeFulfilment? Outcome, string? ReviewComment, decimal? Score, string? ReviewedBy, DateOnly? ReviewedOn)
{
    public IReadOnlyList<string> Problems { get; init; } = [];
    /// <summary>When the pledge was first handed in (its deadline is judged on this; later edits do not move it).</summary>
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Counts the saves: send it back with a replacement (<see cref="PledgeInput.Version"/>).</summary>
    public int Version { get; init; }
}

/// <summary>When an owner's pledge was first handed in: what a deadline figure reads, without the pledge's text.</summary>
public sealed record PledgeHandIn(long OwnerId, PledgeKind PledgeKind, DateTimeOffset SubmittedAt);

/// <summary>Personal plans and public pledges (个人打算 / 公开承诺) and their fulfilment reviews, for the current jurisdiction.</summary>
public interface IPledges
{
    /// <summary>
    /// Creates or replaces the owner's pledge for the period (one per kind, pledge kind, owner, period). Refused once reviewed,
    /// and with a stale <see cref="PledgeInput.Version"/> (409). The first save's time stays the pledge's <c>SubmittedAt</c>.
    /// </summary>
    Task<Result<PledgeInfo>> SaveAsync(PledgeInput input, CancellationToken cancellationToken = default);
    Task<Result<PledgeInfo>> PublishAsync(long pledgeId, bool published, CancellationToken cancellationToken = default);
    Task<Result<PledgeInfo>> ReviewAsync(long pledgeId, PledgeReviewInput review, CancellationToken cancellationToken = default);
    Task<PledgeInfo?> FindAsync(long pledgeId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<PledgeInfo>> ListAsync(BlockKind kind, string? periodKey = null, long? ownerId = null, bool publishedOnly = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Who handed in a pledge of the kind (for the period) and when, in owner order: the figures that count plans in and
    /// late, read without the texts. (The default reads <see cref="ListAsync"/>; the host's store selects the two columns.)
    /// </summary>
    async Task<IReadOnlyList<PledgeHandIn>> HandInsAsync(BlockKind kind, string? periodKey = null, CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(kind, periodKey, cancellationToken: cancellationToken)).Select(p => new PledgeHandIn(p.OwnerId, p.PledgeKind, p.SubmittedAt))];

    /// <summary>Every pledge of the jurisdiction (optionally one plugin's), newest period first: the office's review list.</summary>
    Task<IReadOnlyList<PledgeInfo>> ListAllAsync(string? pluginId = null, CancellationToken cancellationToken = default);
}
