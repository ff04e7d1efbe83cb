using System.Security.Claims;
using Modular.Identity;

namespace Modular.Organizations;

/// <summary>
/// Who is acting on the roster, as far as the roster cares: a jurisdiction admin edits and sees
/// everything; an organization officer (<c>organization-officer@orgId</c>) edits and sees sensitive
/// fields inside the subtrees of their organizations; anyone else reads, with phone and ID number masked.
/// </summary>
public sealed record RosterActor(bool IsAdmin, IReadOnlyList<long> OfficerOf)
{
    public static RosterActor Admin { get; } = new(true, []);
    public static RosterActor Reader { get; } = new(false, []);

    public static RosterActor From(ClaimsPrincipal user) =>
        new(user.HasRole(Roles.JurisdictionAdmin), user.OrganizationScopes(Roles.OrganizationOfficer).ToList());

    /// <summary>May edit anything at all (used to show or hide edit forms).</summary>
    public bool MayEditSomething => IsAdmin || OfficerOf.Count > 0;

    /// <summary>May edit in this organization: admins anywhere, officers inside their subtrees.</summary>
    public bool MayEdit(OrganizationTree tree, long organizationId) =>
        IsAdmin || OfficerOf.Any(root => tree.IsInSubtree(organizationId, root));

    /// <summary>Sees phone and ID number unmasked for members of this organization.</summary>
    public bool SeesSensitive(OrganizationTree tree, long organizationId) => MayEdit(tree, organizationId);
}
