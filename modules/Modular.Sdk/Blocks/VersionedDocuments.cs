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
}

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
    /// <summary>Every version, oldest first, each with its comments.</summary>
    Task<IReadOnlyList<DocumentVersion>> HistoryAsync(long documentId, CancellationToken cancellationToken = default);
}
