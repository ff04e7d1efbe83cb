namespace Modular.Sdk.Blocks;

/// <summary>
/// A discussion an organization holds (大讨论, 解放思想讨论, 专题组织生活会): its topic and day, and each member's
/// contribution (发言) in writing, one per member, which the member may revise until the discussion is closed.
/// </summary>
public sealed record DiscussionInput(BlockKind Kind, long OrganizationId, string Topic, DateOnly HeldOn, string? PeriodKey = null);

public sealed record DiscussionInfo(long Id, string PluginId, string Kind, long OrganizationId, string Topic, DateOnly HeldOn, string? PeriodKey,
    bool Closed, int Contributions);

public sealed record ContributionInfo(long DiscussionId, long PersonId, string Text, int CharacterCount, DateTimeOffset SubmittedAt);

/// <summary>One person's part in a kind's discussions: how many contributions, and when the first was submitted.</summary>
public sealed record ContributorTally(long PersonId, int Contributions, DateTimeOffset FirstSubmittedAt);

/// <summary>Discussions and members' contributions, for the current jurisdiction. Who may hold or speak is the plugin's check.</summary>
public interface IDiscussions
{
    Task<Result<DiscussionInfo>> HoldAsync(DiscussionInput input, CancellationToken cancellationToken = default);
    /// <summary>The member's contribution (replacing their earlier one); refused once the discussion is closed.</summary>
    Task<Result<ContributionInfo>> ContributeAsync(long discussionId, long personId, string text, CancellationToken cancellationToken = default);
    /// <summary>Closes the discussion: its contributions are final.</summary>
    Task<Result<DiscussionInfo>> CloseAsync(long discussionId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<DiscussionInfo>> ListAsync(BlockKind kind, long? organizationId = null, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContributionInfo>> ContributionsAsync(long discussionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Everyone who contributed to any of the kind's discussions, by person id: for a step done on the first
    /// contribution, without reading the texts. (This default reads every discussion's contributions.)
    /// </summary>
    async Task<IReadOnlyList<ContributorTally>> ContributorsAsync(BlockKind kind, CancellationToken cancellationToken = default)
    {
        var all = new List<ContributionInfo>();
        foreach (var discussion in await ListAsync(kind, cancellationToken: cancellationToken))
            all.AddRange(await ContributionsAsync(discussion.Id, cancellationToken));
        return [.. all.GroupBy(c => c.PersonId).OrderBy(g => g.Key).Select(g => new ContributorTally(g.Key, g.Count(), g.Min(c => c.SubmittedAt)))];
    }
}
