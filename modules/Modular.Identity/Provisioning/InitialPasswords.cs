using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Modular.Identity.Provisioning;

/// <summary>
/// One-time initial passwords for provisioned accounts, and their hashes.
/// <para><b>Why they are hashed at <see cref="IterationCount"/> iterations, not 210,000.</b> PBKDF2's iterations
/// make guessing a password people chose (a word, a date, a phone number: some 2^30 candidates worth trying) slow
/// after a stolen database. Here nobody chose it: it is <see cref="Length"/> characters drawn uniformly from
/// <see cref="Alphabet"/> (≈ 64 bits), so exhausting it at 1,000 iterations costs ≈ 2^74 HMAC-SHA512 computations —
/// far more than a chosen password at 210,000 (≈ 2^48). And it lives only until the first sign-in: the account must
/// change it then (<see cref="ModularUser.MustChangePassword"/>). At 210,000 iterations one hash takes ≈ 0.15–0.3 s on
/// this 2-core machine, so 3,000 members would take 8–16 minutes of CPU; at 1,000 the whole banner takes seconds.</para>
/// <para>The hash is ASP.NET Core Identity's own V3 format (PBKDF2-HMAC-SHA512, salt, iteration count stored in the
/// hash), made by its <see cref="PasswordHasher{TUser}"/> with a lower count, so the host's hasher verifies it as any
/// other — and, finding fewer iterations than its 210,000, answers <see cref="PasswordVerificationResult.SuccessRehashNeeded"/>:
/// the first sign-in rehashes the password at 210,000 (UserManager does it) before the forced change replaces it.</para>
/// </summary>
public static class InitialPasswords
{
    /// <summary>Lower-case letters and digits without the look-alikes 0/o, 1/l/i: what people read off paper and type on a phone.</summary>
    public const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    /// <summary>13 characters of 31: log2(31^13) ≈ 64.4 bits (the digit-and-letter rule below costs 0.03 bit).</summary>
    public const int Length = 13;

    public const int IterationCount = 1_000;

    private static readonly PasswordHasher<ModularUser> Hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = IterationCount,
    }));

    /// <summary>
    /// A fresh password that also passes the account rules (10+ characters, a digit, a lower-case letter, 4 distinct
    /// characters): drawn again, rarely, when it does not.
    /// </summary>
    public static string New()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Alphabet, Length);
            if (password.Any(char.IsAsciiDigit) && password.Any(char.IsAsciiLetterLower) && password.Distinct().Count() >= 4) return password;
        }
    }

    /// <summary>The V3 hash (PBKDF2-HMAC-SHA512, 128-bit salt, <see cref="IterationCount"/> iterations).</summary>
    public static string Hash(string password) => Hasher.HashPassword(AnyUser, password);

    // The hasher salts each password afresh and reads nothing of the user.
    private static readonly ModularUser AnyUser = new();

    /// <summary>
    /// Hashes many at once across the machine's cores (each hash is independent CPU work), in the order given.
    /// </summary>
    public static string[] HashAll(IReadOnlyList<string> passwords)
    {
        var hashes = new string[passwords.Count];
        Parallel.For(0, passwords.Count, i => hashes[i] = Hash(passwords[i]));
        return hashes;
    }
}
