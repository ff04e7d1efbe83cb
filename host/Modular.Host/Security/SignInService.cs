using Microsoft.AspNetCore.Identity;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Sdk;

namespace Modular.Host.Security;

/// <summary>Password sign-in shared by the sign-in page (cookie) and the API (bearer token).</summary>
public sealed class SignInService(SignInManager<ModularUser> signIn, UserManager<ModularUser> users, JurisdictionDirectory directory)
{
    public sealed record Outcome(bool Succeeded, string? Error, ModularUser? User);

    /// <param name="scheme">The cookie scheme for pages, the bearer scheme for scripts.</param>
    public async Task<Outcome> PasswordSignInAsync(string? userName, string? password, string scheme, bool persistent = false)
    {
        var failed = new Outcome(false, Text.Of("用户名或密码错误。", "Wrong user name or password."), null);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return failed;
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null) return failed;
        if (user.JurisdictionId is { } jurisdictionId && !(await directory.ListAsync()).Any(j => j.Id == jurisdictionId))
            return new Outcome(false, Text.Of("该账号所在辖区已归档。", "This account's jurisdiction is archived."), null);

        signIn.AuthenticationScheme = scheme;
        // lockoutOnFailure: true — the scaffolded default (false) lets anyone guess passwords forever.
        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return new Outcome(false, Text.Of("连续输错密码次数过多，账号已锁定 15 分钟。", "Too many failed attempts: the account is locked for 15 minutes."), null);
        return result.Succeeded ? new Outcome(true, null, user) : failed;
    }

    /// <summary>Where a user lands after signing in: their jurisdiction's dashboard, or the platform pages.</summary>
    public async Task<string> HomeOfAsync(ModularUser user)
    {
        if (user.JurisdictionId is not { } id) return "/admin/jurisdictions";
        var jurisdiction = (await directory.ListAsync()).FirstOrDefault(j => j.Id == id);
        return jurisdiction is null ? "/" : $"/j/{jurisdiction.Code}";
    }
}
