namespace Modular.Sdk.Data;

/// <summary>
/// A member's place on the roster as SQL sees it (the roster's published view <c>roster.members</c>): the organization they
/// belong to now, their name and the flags the rules ask about. <see cref="PluginDbContext.RosterMembers"/> joins it to a
/// plugin's own rows, so a per-organization figure, or a list of members filtered, sorted and paged by their figures, is
/// one query where the rows are, not the whole roster read into memory. Read-only; categories, whereabouts and the rest
/// come from <see cref="Core.IRoster"/>.
/// </summary>
public sealed class RosterMember : IJurisdictionScoped
{
    public int JurisdictionId { get; set; }
    public long PersonId { get; private set; }
    public long OrganizationId { get; private set; }
    public bool IsLeadingCadre { get; private set; }
    public bool IsOutgoing { get; private set; }
    /// <summary>在职状态, as <see cref="Core.PersonInfo.Employment"/>.</summary>
    public Core.EmploymentStatus Employment { get; private set; }
    /// <summary>姓名, as <see cref="Core.PersonInfo.Name"/>.</summary>
    public string Name { get; private set; } = "";
}
