namespace Modular.Sdk.Core;

/// <summary>正式党员 (full member) or 预备党员 (probationary member).</summary>
public enum MemberCategory { Full, Probationary }

/// <summary>One member of the roster, as plugins read it.</summary>
public sealed record PersonInfo(long Id, string Name, long OrganizationId, MemberCategory Category, bool IsLeadingCadre, bool IsOutgoing)
{
    /// <summary>Where an outgoing member (外出党员) went (外出流向), as the roster records it; null for everyone else.</summary>
    public string? Whereabouts { get; init; }
}

/// <summary>Which members a plugin asks for: a subtree, leading cadres only, outgoing ones or not.</summary>
public sealed record RosterQuery
{
    /// <summary>Members of this organization and everything under it; null for the whole jurisdiction.</summary>
    public long? SubtreeRootId { get; init; }
    public bool LeadingCadresOnly { get; init; }
    public bool IncludeOutgoing { get; init; } = true;
}

/// <summary>Read-only view of the current jurisdiction's member roster.</summary>
public interface IRoster
{
    Task<IReadOnlyList<PersonInfo>> MembersAsync(RosterQuery query, CancellationToken cancellationToken = default);
    Task<PersonInfo?> FindAsync(long personId, CancellationToken cancellationToken = default);
}
