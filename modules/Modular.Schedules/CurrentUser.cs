using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Modular.Identity;
using Modular.Identity.Accounts;
using Modular.Sdk.Core;

namespace Modular.Schedules;

/// <summary>
/// <see cref="ICurrentUser"/> from the request's claims (scoped roles), the account ↔ roster link (the identity
/// module's <see cref="AccountLinks"/>) and the organization tree. Scoped: the person and the ancestry are looked up once per request.
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor http, AccountLinks accounts, IOrganizationDirectory organizations, IRoster roster) : ICurrentUser
{
    private ClaimsPrincipal? User => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;
    private long? _person;
    private bool _personLoaded;

    public bool IsSignedIn => User is not null;
    public int? UserId => int.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    public string? DisplayName => User?.FindFirstValue(ModularClaims.DisplayName) ?? User?.Identity?.Name;
    public bool IsJurisdictionAdmin => User?.HasRole(Roles.JurisdictionAdmin) == true;
    public bool IsAuditor => User?.HasRole(Roles.Auditor) == true;
    public IReadOnlyList<long> OfficerOf => User?.OrganizationScopes(Roles.OrganizationOfficer).ToList() ?? [];
    public IReadOnlyList<long> InspectorOf => User?.OrganizationScopes(Roles.Inspector).ToList() ?? [];

    public async Task<long?> PersonIdAsync(CancellationToken cancellationToken = default)
    {
        if (_personLoaded) return _person;
        _person = UserId is { } id ? await accounts.PersonOfUserAsync(id, cancellationToken) : null;
        _personLoaded = true;
        return _person;
    }

    public async Task<bool> ManagesOrganizationAsync(long organizationId, CancellationToken cancellationToken = default) =>
        IsJurisdictionAdmin || await IsWithinAsync(organizationId, OfficerOf, cancellationToken);

    public async Task<bool> MayActForPersonAsync(long personId, CancellationToken cancellationToken = default)
    {
        if (!IsSignedIn) return false;
        if (IsJurisdictionAdmin || await PersonIdAsync(cancellationToken) == personId) return true;
        return OfficerOf.Count > 0 && await roster.FindAsync(personId, cancellationToken) is { } person
            && await IsWithinAsync(person.OrganizationId, OfficerOf, cancellationToken);
    }

    public async Task<bool> MaySeeOrganizationAsync(long organizationId, CancellationToken cancellationToken = default) =>
        IsJurisdictionAdmin || IsAuditor || await IsWithinAsync(organizationId, [.. OfficerOf, .. InspectorOf], cancellationToken);

    public async Task<bool> MayReadPersonAsync(long personId, CancellationToken cancellationToken = default)
    {
        if (!IsSignedIn) return false;
        if (IsJurisdictionAdmin || IsAuditor || await PersonIdAsync(cancellationToken) == personId) return true;
        return OfficerOf.Count + InspectorOf.Count > 0 && await roster.FindAsync(personId, cancellationToken) is { } person
            && await IsWithinAsync(person.OrganizationId, [.. OfficerOf, .. InspectorOf], cancellationToken);
    }

    // Is the organization one of the roots or under one of them? Walks up the request's tree (read once per request).
    private async Task<bool> IsWithinAsync(long organizationId, IReadOnlyList<long> roots, CancellationToken ct)
    {
        if (roots.Count == 0) return false;
        var tree = await organizations.TreeAsync(ct);
        return roots.Any(root => tree.IsWithin(organizationId, root));
    }
}
