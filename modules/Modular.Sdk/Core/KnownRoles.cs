namespace Modular.Sdk.Core;

/// <summary>
/// The roles a user holds, by name, and the groups of them that pages and menus are offered to: the one list
/// plugins name (never the strings). <see cref="ICurrentUser"/> answers the questions services ask.
/// </summary>
public static class KnownRoles
{
    public const string PlatformAdmin = "platform-admin";
    /// <summary>The jurisdiction's office (创先争优活动领导小组办公室).</summary>
    public const string JurisdictionAdmin = "jurisdiction-admin";
    /// <summary>Secretary, organization member or propaganda member, over their organization's subtree.</summary>
    public const string OrganizationOfficer = "organization-officer";
    /// <summary>Guidance and inspection group member, over the units assigned to them.</summary>
    public const string Inspector = "inspector";
    public const string Member = "member";
    /// <summary>Reads everything of the jurisdiction, changes nothing.</summary>
    public const string Auditor = "auditor";

    /// <summary>Those who read every organization's records: the office and auditors.</summary>
    public static readonly IReadOnlyList<string> ReadAll = [JurisdictionAdmin, Auditor];

    /// <summary>Those who oversee organizations: the office, auditors, officers and inspectors (dashboards, inspections).</summary>
    public static readonly IReadOnlyList<string> Overseers = [JurisdictionAdmin, Auditor, OrganizationOfficer, Inspector];
}
