namespace Modular.Modules;

/// <summary>
/// The authorization policies the core modules' endpoints and the host's pages name. What each one
/// requires is the identity module's (it owns the roles); membership of the jurisdiction in the URL is
/// checked once for every <c>/j/{jurisdiction}</c> route by the host.
/// </summary>
public static class Policies
{
    public const string PlatformAdmin = "platform-admin";
    public const string JurisdictionAdmin = "jurisdiction-admin";
    /// <summary>Jurisdiction admins and read-only auditors: the audit log.</summary>
    public const string AuditReader = "audit-reader";
    /// <summary>Jurisdiction admins and organization officers: roster edits (the subtree check is the roster services').</summary>
    public const string RosterEditor = "roster-editor";
}
