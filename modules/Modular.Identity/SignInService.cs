using Microsoft.AspNetCore.Identity;
using Modular.Jurisdictions;
using Modular.Sdk;

namespace Modular.Identity;

/// <summary>
/// Password sign-in shared by the sign-in page (cookie) and the API (bearer token).
/// <para>Every failure — unknown user, wrong password, locked account, archived jurisdiction — gets the
/// same message after the same work (one PBKDF2 verification), so neither the answer nor its time
/// tells whether a user name exists. Wrong passwords still count towards the lockout.</para>
/// </summary>
public sealed class SignInService(SignInManager<ModularUser> signIn, UserManager<ModularUser> users, JurisdictionDirectory directory, IPasswordHasher<ModularUser> hasher,
    Microsoft.Extensions.Options.IOptions<IdentityOptions> identityOptions)
{
    public sealed record Outcome(bool Succeeded, string? Error, ModularUser? User);

    /// <param name="scheme">The cookie scheme for pages, the bearer scheme for scripts.</param>
    public async Task<Outcome> PasswordSignInAsync(string? userName, string? password, string scheme, bool persistent = false)
    {
        // Why the lock period and not the time the lock ends (issue 15 item 7d): a lock-end time can only be told to
        // someone who named an existing, locked account, which tells whoever is guessing that the name exists; telling
        // it only when the password was right would go further and let a guesser keep testing passwords while locked
        // (the answer would say which one is right). So every failure gets the same words, with the lockout's rule.
        var lockout = identityOptions.Value.Lockout;
        var (attempts, minutes) = (lockout.MaxFailedAccessAttempts, (int)lockout.DefaultLockoutTimeSpan.TotalMinutes);
        var failed = new Outcome(false, Text.Of(
            $"用户名或密码错误，或账号已锁定。连续输错 {attempts} 次账号将锁定 {minutes} 分钟：如已锁定，请 {minutes} 分钟后再试，或请本辖区管理员重置密码。",
            $"Wrong user name or password, or the account is locked. After {attempts} wrong attempts it is locked for {minutes} minutes: if so, try again in {minutes} minutes or ask your jurisdiction's office to reset the password."), null);
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
        if (user is null || string.IsNullOrEmpty(password) || await users.IsLockedOutAsync(user))
        {
            VerifyAgainstDecoy(password ?? "");
            return failed;
        }

        // lockoutOnFailure: true — the scaffolded default (false) lets anyone guess passwords forever.
        var checkedPassword = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!checkedPassword.Succeeded) return failed;
        if (user.JurisdictionId is { } jurisdictionId && !(await directory.ListAsync()).Any(j => j.Id == jurisdictionId))
            return failed; // archived: not a word about it to whoever is trying

        signIn.AuthenticationScheme = scheme;
        await signIn.SignInAsync(user, persistent);
        return new Outcome(true, null, user);
    }

    // A hash of a random password, made once at the configured cost: verifying against it takes as long as a real check.
    private static string? _decoyHash;

    private void VerifyAgainstDecoy(string password)
    {
        var decoy = new ModularUser { UserName = "decoy" };
        _decoyHash ??= hasher.HashPassword(decoy, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        hasher.VerifyHashedPassword(decoy, _decoyHash, password);
    }

    /// <summary>Where a user lands after signing in: their jurisdiction's dashboard, or the platform pages.</summary>
    public async Task<string> HomeOfAsync(ModularUser user)
    {
        if (user.JurisdictionId is not { } id) return "/admin/jurisdictions";
        var jurisdiction = (await directory.ListAsync()).FirstOrDefault(j => j.Id == id);
        return jurisdiction is null ? "/" : $"/j/{jurisdiction.Code}";
    }
}
