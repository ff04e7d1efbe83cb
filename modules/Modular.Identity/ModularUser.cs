using Microsoft.AspNetCore.Identity;

namespace Modular.Identity;

/// <summary>
/// A person who signs in. Belongs to exactly one jurisdiction, except platform admins (IT staff),
/// who belong to none and never see a jurisdiction's data.
/// </summary>
public sealed class ModularUser : IdentityUser<int>
{
    public int? JurisdictionId { get; set; }
    public string DisplayName { get; set; } = "";
    /// <summary>zh-CN or en; null follows the jurisdiction's language.</summary>
    public string? PreferredLanguage { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// A role held within a scope: the jurisdiction, and for officers and inspectors the organization
/// (subtree) they answer for.
/// </summary>
public sealed class RoleAssignment
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public required string Role { get; set; }
    public int? JurisdictionId { get; set; }
    public long? OrganizationId { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
}

/// <summary>Role names, as stored and as claims.</summary>
public static class Roles
{
    public const string PlatformAdmin = "platform-admin";
    public const string JurisdictionAdmin = "jurisdiction-admin";
    /// <summary>Secretary, organization member or propaganda member, over their organization's subtree.</summary>
    public const string OrganizationOfficer = "organization-officer";
    /// <summary>Guidance and inspection group member, over the units assigned to them.</summary>
    public const string Inspector = "inspector";
    public const string Member = "member";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All = [PlatformAdmin, JurisdictionAdmin, OrganizationOfficer, Inspector, Member, Auditor];
    public static readonly IReadOnlyList<string> WithinJurisdiction = [JurisdictionAdmin, OrganizationOfficer, Inspector, Member, Auditor];
}
