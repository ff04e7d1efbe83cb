using System.Security.Claims;

namespace Modular.Identity;

/// <summary>The claims a signed-in user carries, and how to read them.</summary>
public static class ModularClaims
{
    public const string JurisdictionId = "modular:jurisdiction";
    /// <summary>A scoped role: <c>role</c>, or <c>role@organizationId</c> for an organization-scoped one.</summary>
    public const string Role = "modular:role";
    public const string DisplayName = "modular:name";
    public const string Language = "modular:lang";

    public static int? GetJurisdictionId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(JurisdictionId), out var id) ? id : null;

    public static bool HasRole(this ClaimsPrincipal user, string role) =>
        user.FindAll(Role).Any(c => c.Value == role || c.Value.StartsWith(role + "@", StringComparison.Ordinal));

    public static bool IsPlatformAdmin(this ClaimsPrincipal user) => user.HasRole(Roles.PlatformAdmin);

    /// <summary>The organizations (subtree roots) for which the user holds an organization-scoped role.</summary>
    public static IEnumerable<long> OrganizationScopes(this ClaimsPrincipal user, string role) =>
        user.FindAll(Role).Select(c => c.Value).Where(v => v.StartsWith(role + "@", StringComparison.Ordinal))
            .Select(v => long.Parse(v[(role.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture));
}
