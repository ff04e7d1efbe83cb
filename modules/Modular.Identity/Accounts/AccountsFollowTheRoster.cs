using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Identity.Accounts;

/// <summary>
/// A member who leaves the rolls (停止党籍, 开除党籍: the roster's <see cref="PersonLeft"/>) signs in no more: their
/// account is locked out for good (<see cref="ModularUser.DisabledUntil"/>, shown as disabled on the users page) and
/// its security stamp rotated, so every session of it ends at once. The link to the person stays, as history.
/// </summary>
internal sealed class DisableAccountWhenMemberLeaves(AccountLinks links, UserManager<ModularUser> users) : IIntegrationEventHandler<PersonLeft>
{
    public async Task HandleAsync(PersonLeft left, CancellationToken cancellationToken)
    {
        if (await links.UserOfPersonAsync(left.PersonId, cancellationToken) is not { } userId) return;
        if (await users.FindByIdAsync(userId.ToString(CultureInfo.InvariantCulture)) is not { } user) return;
        user.LockoutEnabled = true;
        user.LockoutEnd = ModularUser.DisabledUntil;
        await users.UpdateSecurityStampAsync(user); // one save: the lockout and the new stamp
    }
}

/// <summary>
/// Roles follow the roster's officers list: when a member is transferred (组织关系转接, <see cref="PersonTransferred"/>)
/// the account stays linked, and an officer role for the organization they left that provisioning derived from the
/// officers list goes (one the office granted by hand stays). The account's sessions end, since their cookies and
/// tokens still carry the role; the next sign-in has the roles that remain.
/// </summary>
internal sealed class OfficerRolesFollowTransfers(AccountLinks links, ModularIdentityDbContext db, UserManager<ModularUser> users, IJurisdictionContext jurisdiction)
    : IIntegrationEventHandler<PersonTransferred>
{
    public async Task HandleAsync(PersonTransferred transferred, CancellationToken cancellationToken)
    {
        if (await links.UserOfPersonAsync(transferred.PersonId, cancellationToken) is not { } userId) return;
        var j = jurisdiction.Required.Id;
        var roles = await db.RoleAssignments.Where(r => r.UserId == userId && r.JurisdictionId == j && r.Role == Roles.OrganizationOfficer
                                                        && r.OrganizationId == transferred.FromOrganizationId && r.FromOfficersList)
            .ToListAsync(cancellationToken);
        if (roles.Count == 0) return;
        db.RoleAssignments.RemoveRange(roles);
        await db.SaveChangesAsync(cancellationToken);
        if (await users.FindByIdAsync(userId.ToString(CultureInfo.InvariantCulture)) is { } user)
            await users.UpdateSecurityStampAsync(user);
    }
}
