using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Modular.Identity;

/// <summary>Adds the user's jurisdiction and scoped roles to the principal at sign-in.</summary>
internal sealed class ModularClaimsFactory(UserManager<ModularUser> users, IOptions<IdentityOptions> options, ModularIdentityDbContext db)
    : UserClaimsPrincipalFactory<ModularUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ModularUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.JurisdictionId is { } jurisdiction)
            identity.AddClaim(new Claim(ModularClaims.JurisdictionId, jurisdiction.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ModularClaims.DisplayName, user.DisplayName));
        if (user.PreferredLanguage is { } language) identity.AddClaim(new Claim(ModularClaims.Language, language));
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == user.Id).ToListAsync();
        foreach (var role in roles)
        {
            // A role granted in another jurisdiction than the user's own is never honoured.
            if (role.Role != Roles.PlatformAdmin && role.JurisdictionId != user.JurisdictionId) continue;
            var value = role.OrganizationId is { } org ? $"{role.Role}@{org.ToString(CultureInfo.InvariantCulture)}" : role.Role;
            identity.AddClaim(new Claim(ModularClaims.Role, value));
        }
        return identity;
    }
}
