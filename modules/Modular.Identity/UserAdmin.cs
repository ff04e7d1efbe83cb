using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Identity;

/// <summary>Creating users and granting scoped roles: platform admins for jurisdiction admins, jurisdiction admins for their own people.</summary>
public sealed class UserAdmin(UserManager<ModularUser> users, ModularIdentityDbContext db, TimeProvider clock,
    IJurisdictionContext jurisdiction, IOrganizationDirectory organizations)
{
    /// <summary>Longer user names do not fit the column (varchar 256) and nobody types them.</summary>
    public const int MaxUserName = 64;

    public sealed record NewUser(string UserName, string DisplayName, string Password, string Role, long? OrganizationId = null, string? PreferredLanguage = null);

    /// <param name="LockedOut">Locked out now: for a while after wrong passwords, or for good (<paramref name="Disabled"/>).</param>
    /// <param name="Disabled">Locked out for good: the member left the rolls (the office's password reset lifts it).</param>
    /// <param name="MustChangePassword">Signs in with a password someone else chose (provisioned, reset) and must pick their own first.</param>
    public sealed record UserSummary(int Id, string UserName, string DisplayName, int? JurisdictionId, IReadOnlyList<string> Roles, bool LockedOut,
        bool Disabled = false, bool MustChangePassword = false);

    /// <summary>Creates a user of <paramref name="jurisdictionId"/> (null: a platform admin) with one role. Returns field errors or the user.</summary>
    public async Task<(ModularUser? User, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(int? jurisdictionId, NewUser input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var allowed = jurisdictionId is null ? [Roles.PlatformAdmin] : Roles.WithinJurisdiction;
        if (!allowed.Contains(input.Role))
            errors["role"] = [Text.Of($"角色“{input.Role}”不可用，可选：{string.Join("、", allowed)}。", $"Role \"{input.Role}\" is not allowed here; choose one of {string.Join(", ", allowed)}.")];
        if (Limits.TooLong(input.UserName?.Trim(), MaxUserName) is { } longName)
            errors["userName"] = [longName];
        if (string.IsNullOrWhiteSpace(input.DisplayName))
            errors["displayName"] = [Text.Of("姓名不能为空。", "Display name is required.")];
        else if (Limits.TooLong(input.DisplayName.Trim(), Limits.Line) is { } longDisplay)
            errors["displayName"] = [longDisplay];
        if (input.Role is Roles.OrganizationOfficer or Roles.Inspector && input.OrganizationId is null)
            errors["organizationId"] = [Text.Of("该角色须指定所负责的组织。", "This role needs the organization it answers for.")];
        else if (input.OrganizationId is { } organizationId && await OrganizationProblemAsync(jurisdictionId, organizationId, ct) is { } noOrganization)
            errors["organizationId"] = [noOrganization];
        if (errors.Count > 0) return (null, errors);

        var user = new ModularUser
        {
            UserName = input.UserName?.Trim(), DisplayName = input.DisplayName.Trim(), JurisdictionId = jurisdictionId,
            PreferredLanguage = input.PreferredLanguage, CreatedAt = clock.GetUtcNow(), LockoutEnabled = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, input.Password ?? "");
        if (!result.Succeeded)
            return (null, result.Errors.GroupBy(e => FieldOf(e.Code)).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = input.Role, JurisdictionId = jurisdictionId, OrganizationId = input.OrganizationId, GrantedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (user, errors);
    }

    // The organization must be in the jurisdiction the user joins: the tree is read in the request's jurisdiction, which must be that one.
    private async Task<string?> OrganizationProblemAsync(int? jurisdictionId, long organizationId, CancellationToken ct) =>
        jurisdictionId is not null && jurisdiction.Current?.Id == jurisdictionId
            ? await organizations.OrganizationProblemAsync(organizationId, ct)
            : References.NoOrganization(organizationId);

    /// <summary>One page of a jurisdiction's users (null: the platform admins), by user name (the API).</summary>
    public async Task<ListPage<UserSummary>> ListAsync(int? jurisdictionId, PageRequest page, CancellationToken ct = default)
    {
        var rows = await db.Users.AsNoTracking().Where(u => u.JurisdictionId == jurisdictionId).OrderBy(u => u.UserName).ThenBy(u => u.Id).ToListPageAsync(page, ct);
        return new(await SummariesAsync(rows.Items, ct), rows.Total, rows.Page, rows.PageSize);
    }

    /// <summary>How the office's user list sorts: by name (姓名, then user name), user name, or role.</summary>
    public enum UserSort { Name, UserName, Role }

    /// <summary>
    /// A page of <paramref name="jurisdictionId"/>'s users from the database: those whose user name or name holds
    /// <paramref name="name"/>, holding <paramref name="role"/> when given, sorted by <paramref name="sort"/>.
    /// </summary>
    public async Task<ListPage<UserSummary>> FindAsync(int jurisdictionId, string? name, string? role, UserSort sort, bool descending, PageRequest page, CancellationToken ct = default)
    {
        var query = db.Users.AsNoTracking().Where(u => u.JurisdictionId == jurisdictionId);
        if (!string.IsNullOrWhiteSpace(name))
        {
            var part = name.Trim();
            query = query.Where(u => u.UserName!.Contains(part) || u.DisplayName.Contains(part));
        }
        if (!string.IsNullOrWhiteSpace(role)) query = query.Where(u => db.RoleAssignments.Any(r => r.UserId == u.Id && r.Role == role));
        var ordered = sort switch
        {
            UserSort.UserName => descending ? query.OrderByDescending(u => u.UserName) : query.OrderBy(u => u.UserName),
            UserSort.Role => descending
                ? query.OrderByDescending(u => db.RoleAssignments.Where(r => r.UserId == u.Id).Min(r => r.Role)).ThenBy(u => u.DisplayName)
                : query.OrderBy(u => db.RoleAssignments.Where(r => r.UserId == u.Id).Min(r => r.Role)).ThenBy(u => u.DisplayName),
            _ => descending ? query.OrderByDescending(u => u.DisplayName).ThenByDescending(u => u.UserName) : query.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName),
        };
        var rows = await ordered.ThenBy(u => u.Id).ToListPageAsync(page, ct);
        return new(await SummariesAsync(rows.Items, ct), rows.Total, rows.Page, rows.PageSize);
    }

    /// <summary>One user of <paramref name="jurisdictionId"/>, or null (another jurisdiction's, or none).</summary>
    public async Task<UserSummary?> FindAsync(int jurisdictionId, int userId, CancellationToken ct = default) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.JurisdictionId == jurisdictionId, ct) is { } user
            ? (await SummariesAsync([user], ct))[0] : null;

    /// <summary>All of a jurisdiction's users in the same order (the office's and the platform's pages).</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAllAsync(int? jurisdictionId, CancellationToken ct = default) =>
        await SummariesAsync(await db.Users.AsNoTracking().Where(u => u.JurisdictionId == jurisdictionId).OrderBy(u => u.UserName).ThenBy(u => u.Id).ToListAsync(ct), ct);

    private async Task<IReadOnlyList<UserSummary>> SummariesAsync(IReadOnlyList<ModularUser> rows, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ids = rows.Select(u => u.Id).ToList();
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => ids.Contains(r.UserId)).ToListAsync(ct);
        return rows.Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName, u.JurisdictionId,
            roles.Where(r => r.UserId == u.Id).Select(r => r.OrganizationId is { } o ? $"{r.Role}@{o}" : r.Role).ToList(),
            u.LockoutEnd > now, u.IsDisabled, u.MustChangePassword)).ToList();
    }

    /// <summary>Ends every session of the user (cookies and tokens, on every device): their security stamp changes.</summary>
    public async Task EndSessionsAsync(ModularUser user) => await users.UpdateSecurityStampAsync(user);

    /// <summary>
    /// The user changes their own password; every other session ends, and a password someone else chose (provisioned,
    /// reset by the office) no longer has to be changed. Field errors name <c>currentPassword</c> or <c>newPassword</c>.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string[]>> ChangePasswordAsync(ModularUser user, string? currentPassword, string? newPassword)
    {
        if (user.MustChangePassword && !string.IsNullOrEmpty(newPassword) && newPassword == currentPassword)
            return new Dictionary<string, string[]> { ["newPassword"] = [Text.Of("新密码不能与初始密码相同。", "The new password must differ from the one you were given.")] };
        var result = await users.ChangePasswordAsync(user, currentPassword ?? "", newPassword ?? "");
        if (!result.Succeeded)
            return result.Errors
                .GroupBy(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }
        return new Dictionary<string, string[]>();
    }

    /// <summary>
    /// A jurisdiction's office sets a new password for one of its users (who forgot theirs): the lockout is
    /// lifted (a disabled account's too), every session of the user ends, and the user must change the password at
    /// the next sign-in (the office knows it). Null when there is no such user in that jurisdiction.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string[]>?> ResetPasswordAsync(int jurisdictionId, int userId, string? newPassword)
    {
        var user = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null || user.JurisdictionId != jurisdictionId) return null;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword ?? "");
        if (!result.Succeeded)
            return result.Errors.GroupBy(_ => "newPassword").ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        user.MustChangePassword = true; // saved with the lockout below
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return new Dictionary<string, string[]>();
    }

    private static string FieldOf(string identityErrorCode) =>
        identityErrorCode.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : identityErrorCode.Contains("UserName", StringComparison.Ordinal) ? "userName"
        : "user";
}
