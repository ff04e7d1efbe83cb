namespace Modular.Sdk.Blocks;

/// <summary>
/// A document drafted, discussed and revised until it is final (the party group's 分析检查报告: 起草 → 征求意见 →
/// 修改 → 定稿), every version kept with the comments made on it. Whose it is: a person, an organization, or both.
/// </summary>
public sealed record DocumentInput(BlockKind Kind, string Title, string Body, long? OwnerPersonId = null, long? OrganizationId = null);

public sealed record DocumentInfo(long Id, string PluginId, string Kind, string Title, long? OwnerPersonId, long? OrganizationId,
    int Version, string Body, int CharacterCount, bool Final)
{
    /// <summary>When it became final (定稿): a deadline for the final document is judged on this.</summary>
    public DateTimeOffset? FinalizedAt { get; init; }
    /// <summary>When it was submitted to the parent jurisdiction (上报), so the child sees it went up; null until then.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }
    /// <summary>The parent jurisdiction it was submitted to.</summary>
    public int? SubmittedToJurisdictionId { get; init; }
}

/// <summary>A final document a child jurisdiction submitted to the current one, with the submitted text; read-only here.</summary>
public sealed record SubmittedDocument(int FromJurisdictionId, DocumentInfo Document, DateTimeOffset SubmittedAt, string? SubmittedBy);

public sealed record DocumentComment(int Version, long? PersonId, string Text, string? By, DateTimeOffset At);

public sealed record DocumentVersion(int Version, string Body, int CharacterCount, string? Note, string? WrittenBy, DateTimeOffset WrittenAt,
    IReadOnlyList<DocumentComment> Comments);

/// <summary>Versioned documents with comments per version, for the current jurisdiction. Who may write or comment is the plugin's check.</summary>
public interface IVersionedDocuments
{
    Task<Result<DocumentInfo>> CreateAsync(DocumentInput input, CancellationToken cancellationToken = default);
    /// <summary>A new version from the one read (<paramref name="version"/>); the note says what changed. Refused once final.</summary>
    Task<Result<DocumentInfo>> ReviseAsync(long documentId, string body, int version, string? note = null, CancellationToken cancellationToken = default);
    /// <summary>A comment on a version (征求意见), by a person of the roster or by the signed-in user alone.</summary>
    Task<Result<DocumentComment>> CommentAsync(long documentId, int version, string text, long? personId = null, CancellationToken cancellationToken = default);
    /// <summary>定稿: the version read becomes final; no more versions.</summary>
    Task<Result<DocumentInfo>> FinalizeAsync(long documentId, int version, CancellationToken cancellationToken = default);
    Task<DocumentInfo?> FindAsync(long documentId, CancellationToken cancellationToken = default);
    /// <summary>The kind's documents, optionally one organization's or one person's (a branch's year-end summary), oldest first.</summary>
    Task<IReadOnlyList<DocumentInfo>> ListAsync(BlockKind kind, long? organizationId = null, long? ownerPersonId = null, CancellationToken cancellationToken = default);
    /// <summary>
    /// As <see cref="ListAsync"/>, for lists and dashboards that show states and not the text: each document's
    /// <see cref="DocumentInfo.Body"/> is left empty (its <see cref="DocumentInfo.CharacterCount"/> kept). (The default reads
    /// <see cref="ListAsync"/> and empties the bodies; the host's store does not read them.)
    /// </summary>
    async Task<IReadOnlyList<DocumentInfo>> ListWithoutBodiesAsync(BlockKind kind, long? organizationId = null, long? ownerPersonId = null, CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(kind, organizationId, ownerPersonId, cancellationToken)).Select(d => d with { Body = "" })];
    /// <summary>Every version, oldest first, each with its comments.</summary>
    Task<IReadOnlyList<DocumentVersion>> HistoryAsync(long documentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every comment on the document, whichever version it was on, oldest first: for a step done on someone's
    /// first comment, without reading every version's body. (This default reads the history.)
    /// </summary>
    async Task<IReadOnlyList<DocumentComment>> CommentsAsync(long documentId, CancellationToken cancellationToken = default) =>
        [.. (await HistoryAsync(documentId, cancellationToken)).SelectMany(v => v.Comments).OrderBy(c => c.At)];
    /// <summary>
    /// 上报: the final document, at the version read, goes to the parent jurisdiction, once. The parent then reads its
    /// final text (never the drafts or the comments) with <see cref="SubmittedToUsAsync"/>.
    /// </summary>
    Task<Result<DocumentInfo>> SubmitToParentAsync(long documentId, int version, CancellationToken cancellationToken = default);
    /// <summary>What child jurisdictions submitted to the current one, optionally one plugin's, oldest submission first.</summary>
    Task<IReadOnlyList<SubmittedDocument>> SubmittedToUsAsync(string? pluginId = null, CancellationToken cancellationToken = default);
    /// <summary>One document a child submitted here; null when it was not submitted to the current jurisdiction.</summary>
    Task<SubmittedDocument?> FindSubmittedToUsAsync(int fromJurisdictionId, long documentId, CancellationToken cancellationToken = default);
}
