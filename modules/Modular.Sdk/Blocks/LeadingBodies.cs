namespace Modular.Sdk.Blocks;

/// <summary>领导小组 (the leading group) or its 办公室 / 工作机构 (the working body that runs the daily work).</summary>
public enum LeadingBodyType { LeadingGroup, WorkingOffice }

/// <summary>
/// A seat's place: a leading group has one <see cref="Leader"/> (组长), deputies (副组长) and members (成员); a working
/// office one <see cref="Director"/> (主任), deputies (副主任) and staff (工作人员).
/// </summary>
public enum LeadingBodyRole { Leader, Deputy, Member, Director, Staff }

/// <summary>
/// One seat: a person of the roster, or — for someone not on it (an office's staff from outside the party) — a name alone;
/// their place; the organization they liaise with (联系点), if any; a short free-text duty (分工) or note.
/// </summary>
public sealed record LeadingBodySeat(long? PersonId, LeadingBodyRole Role, string? Name = null, long? LiaisonOrganizationId = null, string? Note = null);

/// <summary>
/// The whole body as the plugin saves it: whose (the plugin's kind, the organization that set it up), which body, every
/// seat in order, and the version read (0 when there is none yet).
/// </summary>
public sealed record LeadingBodyInput(BlockKind Kind, long OrganizationId, LeadingBodyType Type, IReadOnlyList<LeadingBodySeat> Seats, int Version);

/// <summary>A body as last saved: its seats in order, its version, who saved it and when.</summary>
public sealed record LeadingBodyInfo(string PluginId, string Kind, long OrganizationId, LeadingBodyType Type, int Version,
    IReadOnlyList<LeadingBodySeat> Seats, string? SavedBy, DateTimeOffset SavedAt)
{
    /// <summary>When it was first saved (成立): a deadline for setting the body up is judged on this, not on later edits.</summary>
    public DateTimeOffset EstablishedAt { get; init; }

    /// <summary>The head: the leader of a group, the director of an office.</summary>
    public LeadingBodySeat? Head => Seats.FirstOrDefault(s => s.Role is LeadingBodyRole.Leader or LeadingBodyRole.Director);
}

/// <summary>
/// 成立领导机构和工作机构: each organization's leading group and working office for a plugin (<see cref="BlockKind"/>), for
/// the current jurisdiction. A save replaces the body's seats at once, from the version read (stale: 409), and checks
/// that every person and organization is of this jurisdiction, each person sits once, the body has exactly one head,
/// and the caller may set it: the office or an officer of the organization or one above it
/// (<c>ICurrentUser.ManagesOrganizationAsync</c>), or someone seated in one of the organization's bodies of the same
/// kind (the group runs itself, the office's director keeps its staff). A plugin narrows this before calling; who may
/// read is the plugin's check.
/// </summary>
public interface ILeadingBodies
{
    /// <summary>The body, or null until it is first saved.</summary>
    Task<LeadingBodyInfo?> GetAsync(BlockKind kind, long organizationId, LeadingBodyType type, CancellationToken cancellationToken = default);

    /// <summary>The kind's bodies, optionally of one type, by organization then type.</summary>
    Task<IReadOnlyList<LeadingBodyInfo>> ListAsync(BlockKind kind, LeadingBodyType? type = null, CancellationToken cancellationToken = default);

    /// <summary>The kind's bodies a person has a seat in (whose group is theirs to run).</summary>
    Task<IReadOnlyList<LeadingBodyInfo>> SeatedAsync(BlockKind kind, long personId, CancellationToken cancellationToken = default);

    /// <summary>Saves the whole body: 400 naming the field, 403 when the caller may not, 409 from a stale version.</summary>
    Task<Result<LeadingBodyInfo>> SaveAsync(LeadingBodyInput input, CancellationToken cancellationToken = default);
}

/// <summary>The names of the bodies and their places, in both languages.</summary>
public static class LeadingBodyNames
{
    /// <summary>The place's name in both languages (组长, 副组长, 成员; 主任, 副主任, 工作人员).</summary>
    public static LocalizedText Role(LeadingBodyType type, LeadingBodyRole role) => role switch
    {
        LeadingBodyRole.Leader => new("组长", "Leader"),
        LeadingBodyRole.Deputy when type == LeadingBodyType.WorkingOffice => new("副主任", "Deputy director"),
        LeadingBodyRole.Deputy => new("副组长", "Deputy leader"),
        LeadingBodyRole.Director => new("主任", "Director"),
        LeadingBodyRole.Staff => new("工作人员", "Staff"),
        _ => new("成员", "Member"),
    };

    /// <summary>The body's name in both languages.</summary>
    public static LocalizedText Type(LeadingBodyType type) =>
        type == LeadingBodyType.LeadingGroup ? new("领导小组", "Leading group") : new("办公室（工作机构）", "Working office");
}
