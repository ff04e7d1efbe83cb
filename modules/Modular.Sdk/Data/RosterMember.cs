namespace Modular.Sdk.Data;

/// <summary>
/// A member's place on the roster as SQL sees it (the roster's published view <c>roster.members</c>): the organization they
/// belong to now and the flags the rules ask about. <see cref="PluginDbContext.RosterMembers"/> joins it to a plugin's own
/// rows, so a per-organization figure is one query where the rows are, not the whole roster read into memory. Read-only;
/// names, categories and the rest come from <see cref="Core.IRoster"/>.
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
}
