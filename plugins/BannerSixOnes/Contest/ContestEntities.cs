namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>题库中的一道题. Options are A, B, C… in order; <see cref="Answer"/> is the correct letters, sorted (判断题: A = 正确, B = 错误).</summary>
public sealed class ContestQuestion : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public QuestionKind Kind { get; set; }
    public required string Text { get; set; }
    public string[] Options { get; set; } = [];
    public required string Answer { get; set; }
    public int Points { get; set; } = 1;
    public required string Category { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// 一次党的知识竞赛: the date, the online answering window (stored in UTC, entered and shown in local time),
/// the time limit, how the paper is drawn; published to members, then its rankings published.
/// </summary>
public sealed class KnowledgeContest : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public int Minutes { get; set; }
    /// <summary>How many questions to draw from the whole bank; null = all (unless per-category counts are given).</summary>
    public int? QuestionCount { get; set; }
    /// <summary>Per-category counts as JSON (<c>{"党的历史":10}</c>); null = none.</summary>
    public string? CategoryCounts { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? RankingsPublishedAt { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A question of a published contest's paper, copied from the bank at publication so later bank edits do not change it.</summary>
public sealed class PaperQuestion : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long ContestId { get; set; }
    public int Position { get; set; }
    public long QuestionId { get; set; }
    public QuestionKind Kind { get; set; }
    public required string Text { get; set; }
    public string[] Options { get; set; } = [];
    public required string Answer { get; set; }
    public int Points { get; set; }
    public required string Category { get; set; }
}

/// <summary>
/// A member's one attempt: started within the window, due at <see cref="DeadlineAt"/> (start + time limit,
/// never after the window closes). Answers saved up to the deadline count; the score is kept current on each save.
/// </summary>
public sealed class ContestAttempt : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long ContestId { get; set; }
    public long PersonId { get; set; }
    /// <summary>The member's organization when they started (the organization ranking counts them there).</summary>
    public long OrganizationId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset DeadlineAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    /// <summary>Position → letters, as JSON.</summary>
    public string Answers { get; set; } = "{}";
    public int Score { get; set; }
    public int Version { get; set; }
}

/// <summary>团体赛: an organization's score in one round (必答/抢答/风险…), recorded by the office.</summary>
public sealed class TeamScore : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long Id { get; set; }
    public long ContestId { get; set; }
    public long OrganizationId { get; set; }
    public required string Round { get; set; }
    [Precision(10, 2)] public decimal Points { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
