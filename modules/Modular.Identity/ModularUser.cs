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
    /// <summary>Someone else chose the password (provisioning, an office reset): the user must pick their own before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>How long a member who left the rolls is locked out: for good (the office's reset lifts it).</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    /// <summary>Disabled (locked out for good, as when the member left the rolls) rather than locked out for a while.</summary>
    public bool IsDisabled => LockoutEnd == DisabledUntil;
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
    /// <summary>Granted because the roster's officers list names the person: it follows that list (a transfer takes it away).</summary>
    public bool FromOfficersList { get; set; }
}

/// <summary>Role names, as stored and as claims.</summary>
public static class Roles
{
    // The SDK's catalog (KnownRoles) is the source: plugins and the core name the same roles.
    public const string PlatformAdmin = Modular.Sdk.Core.KnownRoles.PlatformAdmin;
    public const string JurisdictionAdmin = Modular.Sdk.Core.KnownRoles.JurisdictionAdmin;
    /// <summary>Secretary, organization member or propaganda member, over their organization's subtree.</summary>
    public const string OrganizationOfficer = Modular.Sdk.Core.KnownRoles.OrganizationOfficer;
    /// <summary>Guidance and inspection group member, over the units assigned to them.</summary>
    public const string Inspector = Modular.Sdk.Core.KnownRoles.Inspector;
    public const string Member = Modular.Sdk.Core.KnownRoles.Member;
    public const string Auditor = Modular.Sdk.Core.KnownRoles.Auditor;

    public static readonly IReadOnlyList<string> All = [PlatformAdmin, JurisdictionAdmin, OrganizationOfficer, Inspector, Member, Auditor];
    public static readonly IReadOnlyList<string> WithinJurisdiction = [JurisdictionAdmin, OrganizationOfficer, Inspector, Member, Auditor];
}
