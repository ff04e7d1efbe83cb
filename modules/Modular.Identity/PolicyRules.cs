using Microsoft.AspNetCore.Authorization;
using Modular.Modules;

namespace Modular.Identity;

/// <summary>What each of the shared <see cref="Policies"/> requires, from the user's scoped roles (this module grants them).</summary>
internal static class PolicyRules
{
    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Policies.PlatformAdmin, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.IsPlatformAdmin()));
        options.AddPolicy(Policies.JurisdictionAdmin, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.HasRole(Roles.JurisdictionAdmin)));
        options.AddPolicy(Policies.RosterEditor, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.HasRole(Roles.JurisdictionAdmin) || c.User.HasRole(Roles.OrganizationOfficer)));
        options.AddPolicy(Policies.AuditReader, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.HasRole(Roles.JurisdictionAdmin) || c.User.HasRole(Roles.Auditor)));
    }
}
