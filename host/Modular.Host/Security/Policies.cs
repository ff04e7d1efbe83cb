using Microsoft.AspNetCore.Authorization;
using Modular.Identity;

namespace Modular.Host.Security;

/// <summary>
/// Authorization policies. Membership of the jurisdiction in the URL is checked once for every
/// <c>/j/{jurisdiction}</c> route by <see cref="Web.JurisdictionRouting"/>; these add the role.
/// </summary>
public static class Policies
{
    public const string PlatformAdmin = "platform-admin";
    public const string JurisdictionAdmin = "jurisdiction-admin";
    /// <summary>Jurisdiction admins and read-only auditors: the audit log.</summary>
    public const string AuditReader = "audit-reader";
    /// <summary>Jurisdiction admins and organization officers: roster edits (the subtree check is the roster services').</summary>
    public const string RosterEditor = "roster-editor";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(PlatformAdmin, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.IsPlatformAdmin()));
        options.AddPolicy(JurisdictionAdmin, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.HasRole(Roles.JurisdictionAdmin)));
        options.AddPolicy(RosterEditor, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.HasRole(Roles.JurisdictionAdmin) || c.User.HasRole(Roles.OrganizationOfficer)));
        options.AddPolicy(AuditReader, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.HasRole(Roles.JurisdictionAdmin) || c.User.HasRole(Roles.Auditor)));
    }
}
