namespace Modular.Sdk.Blocks;

/// <summary>How a problem is put right: 马上整改 (at once) or 限时整改 (by a deadline).</summary>
public enum RectificationMode { Immediate, Deadline }

/// <summary>Where a rectification stands, computed: open, overdue (a deadline passed), done (with its evidence).</summary>
public enum RectificationStatus { Open, Overdue, Done }

/// <summary>
/// One line of a problem list (问题清单) and its rectification (整改): the problem, where it was found, the organization
/// and the lead person responsible, how (at once or by a deadline), the target and the measures; published or not.
/// </summary>
/// <param name="FoundIn">Where the problem came up: 民主生活会, 群众评议, 征求意见, an inspection…</param>
/// <param name="Version">The version read, when changing a line (a moved version is a conflict).</param>
public sealed record RectificationInput(
    BlockKind Kind, long OrganizationId, string Problem, string? FoundIn, long? LeadPersonId, RectificationMode Mode, DateOnly? Deadline,
    string? Target, string? Measures, bool Published = false, int? Version = null)
{
    /// <summary>Why the problem arose (原因: 深刻分析原因), apart from the target it is put right to.</summary>
    public string? Cause { get; init; }
}

public sealed record RectificationInfo(
    long Id, string PluginId, string Kind, long OrganizationId, string Problem, string? FoundIn, long? LeadPersonId, RectificationMode Mode,
    DateOnly? Deadline, string? Target, string? Measures, bool Published, DateOnly? CompletedOn, string? Evidence, int Version)
{
    /// <summary>Why the problem arose (原因), when the line says.</summary>
    public string? Cause { get; init; }

    /// <summary>Done once completed; overdue when its deadline (限时整改) has passed without completion; else open.</summary>
    public RectificationStatus StatusOn(DateOnly today) =>
        CompletedOn is not null ? RectificationStatus.Done
        : Mode == RectificationMode.Deadline && Deadline is { } due && due < today ? RectificationStatus.Overdue
        : RectificationStatus.Open;

    /// <summary>
    /// What the 四有 (有目标、有事项、有责任、有措施) still lack: the target, the problem (事项), the lead person and the
    /// measures. Empty when the line is complete.
    /// </summary>
    public IReadOnlyList<string> MissingFourHas()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Target)) missing.Add("target");
        if (string.IsNullOrWhiteSpace(Problem)) missing.Add("problem");
        if (LeadPersonId is null) missing.Add("leadPersonId");
        if (string.IsNullOrWhiteSpace(Measures)) missing.Add("measures");
        return missing;
    }
}

/// <summary>Which lines to list.</summary>
public sealed record RectificationQuery(BlockKind Kind)
{
    public long? OrganizationId { get; init; }
    public bool PublishedOnly { get; init; }
}

/// <summary>Problem lists and their rectification (问题清单 → 整改), for the current jurisdiction.</summary>
public interface IRectifications
{
    /// <summary>Adds a line, or changes line <paramref name="id"/> (its version must match); refused once done.</summary>
    Task<Result<RectificationInfo>> SaveAsync(long? id, RectificationInput input, CancellationToken cancellationToken = default);
    /// <summary>
    /// Records line <paramref name="id"/> of <paramref name="kind"/> done on a day with its evidence (整改结果), at the version read:
    /// a day after the jurisdiction's today is refused (a problem is put right before it is recorded as such), as is a second
    /// completion; a line of another kind is not found.
    /// </summary>
    Task<Result<RectificationInfo>> CompleteAsync(BlockKind kind, long id, DateOnly completedOn, string evidence, int version, CancellationToken cancellationToken = default);
    /// <summary>Line <paramref name="id"/> when it is one of <paramref name="kind"/> (a plugin never reads another's lines by id).</summary>
    Task<RectificationInfo?> FindAsync(BlockKind kind, long id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<RectificationInfo>> ListAsync(RectificationQuery query, CancellationToken cancellationToken = default);
}
