namespace Modular.Sdk.Blocks;

/// <summary>A member's suggestion to an organization (我为组织建一言, 征求意见): what and to whom, and the organization's reply.</summary>
public sealed record SuggestionInput(BlockKind Kind, long AuthorPersonId, long OrganizationId, string Text, string? PeriodKey = null);

public sealed record SuggestionInfo(
    long Id, string PluginId, string Kind, long AuthorPersonId, long OrganizationId, string? PeriodKey, string Text, DateTimeOffset SubmittedAt,
    string? Reply, string? RepliedBy, DateTimeOffset? RepliedAt, int Version)
{
    public bool Answered => Reply is not null;
}

/// <summary>Which suggestions to list.</summary>
public sealed record SuggestionQuery(BlockKind Kind)
{
    public long? OrganizationId { get; init; }
    public long? AuthorPersonId { get; init; }
    public string? PeriodKey { get; init; }
    /// <summary>Only those still waiting for the organization's reply.</summary>
    public bool UnansweredOnly { get; init; }
}

/// <summary>How many suggestions an author gave an organization, and how many of them the organization answered.</summary>
public sealed record SuggestionTally(long OrganizationId, long AuthorPersonId, int Given, int Answered);

/// <summary>Suggestions and the organizations' replies, for the current jurisdiction. Who may write or reply is the plugin's check.</summary>
public interface ISuggestions
{
    Task<Result<SuggestionInfo>> SubmitAsync(SuggestionInput input, CancellationToken cancellationToken = default);
    /// <summary>The organization's reply (required), at the version read; a second reply replaces the first.</summary>
    Task<Result<SuggestionInfo>> ReplyAsync(long id, string reply, int version, CancellationToken cancellationToken = default);
    Task<SuggestionInfo?> FindAsync(long id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<SuggestionInfo>> ListAsync(SuggestionQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The matching suggestions counted per organization and author: the figures that count them, read without their texts
    /// and replies. (The default counts <see cref="ListAsync"/>; the host's store groups in the database.)
    /// </summary>
    async Task<IReadOnlyList<SuggestionTally>> TallyAsync(SuggestionQuery query, CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(query, cancellationToken)).GroupBy(s => (s.OrganizationId, s.AuthorPersonId))
            .Select(g => new SuggestionTally(g.Key.OrganizationId, g.Key.AuthorPersonId, g.Count(), g.Count(s => s.Answered)))];
}
