namespace Modular.Sdk.Core;

/// <summary>正式党员 (full member) or 预备党员 (probationary member).</summary>
public enum MemberCategory { Full, Probationary }

/// <summary>
/// 在职状态: whether a member works (在职), has retired (离退休), or neither (无职业: unemployed, a student…); unspecified when the
/// roster does not say. Rules that oblige serving members only (在职党员撰写党性分析报告) read it.
/// </summary>
public enum EmploymentStatus { Unspecified, Serving, Retired, NotWorking }

/// <summary>One member of the roster, as plugins read it.</summary>
public sealed record PersonInfo(long Id, string Name, long OrganizationId, MemberCategory Category, bool IsLeadingCadre, bool IsOutgoing)
{
    /// <summary>Where an outgoing member (外出党员) went (外出流向), as the roster records it; null for everyone else.</summary>
    public string? Whereabouts { get; init; }
    /// <summary>在职状态 as the roster records it (<see cref="EmploymentStatus.Unspecified"/> when it does not).</summary>
    public EmploymentStatus Employment { get; init; }
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

    /// <summary>
    /// The people of these ids on the jurisdiction's roster (unknown ids are left out). This default reads the whole roster
    /// for many ids and one by one for a few; the host's roster looks them up in one query.
    /// </summary>
    async Task<Dictionary<long, PersonInfo>> FindManyAsync(IEnumerable<long> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.ToHashSet();
        if (wanted.Count > 20)
            return (await MembersAsync(new RosterQuery(), cancellationToken)).Where(p => wanted.Contains(p.Id)).ToDictionary(p => p.Id);
        var found = new Dictionary<long, PersonInfo>();
        foreach (var id in wanted)
            if (await FindAsync(id, cancellationToken) is { } person) found[id] = person;
        return found;
    }

    /// <summary>
    /// How many of the members <paramref name="query"/> asks for each organization has (its own, not its subtree's), for
    /// figures that need the count and not the people: counted where the roster is, without reading a member.
    /// </summary>
    async Task<IReadOnlyDictionary<long, int>> HeadcountsAsync(RosterQuery query, CancellationToken cancellationToken = default) =>
        (await MembersAsync(query, cancellationToken)).GroupBy(m => m.OrganizationId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Each member <paramref name="query"/> asks for, by id, with the organization they belong to: figures that count
    /// members per organization or branch and need nothing else of them, read without names and the rest.
    /// (The default reads <see cref="MembersAsync"/>; the host's roster reads the two columns, or its members read before.)
    /// </summary>
    async Task<IReadOnlyDictionary<long, long>> PlacesAsync(RosterQuery query, CancellationToken cancellationToken = default) =>
        (await MembersAsync(query, cancellationToken)).ToDictionary(m => m.Id, m => m.OrganizationId);
}
