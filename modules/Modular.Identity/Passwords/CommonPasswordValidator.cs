using Microsoft.AspNetCore.Identity;
using Modular.Sdk;

namespace Modular.Identity.Passwords;

/// <summary>
/// Refuses passwords that are easy to guess whatever their length: one of the common passwords shipped
/// with the product (<c>common-passwords.txt</c>), such a word with digits or symbols before or after it
/// ("password123", "qwerty123456", "123abc"), one character repeated, or a password containing the
/// user name.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<ModularUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ModularUser> manager, ModularUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var errors = new List<IdentityError>();
        if (user.UserName is { Length: >= 3 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
            errors.Add(new() { Code = "PasswordContainsUserName", Description = Text.Of("密码不能包含用户名。", "The password must not contain the user name.") });
        if (IsCommon(password))
            errors.Add(new() { Code = "PasswordTooCommon", Description = Text.Of("密码太常见，容易被猜到，请换一个。", "This password is too common and easy to guess; choose another.") });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>The password, or what is left of it without the digits and symbols around it, is a common one or one repeated character.</summary>
    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim(Decorations);
        if (core.Length == 0) return true;
        return Common.Value.Contains(lower) || Common.Value.Contains(core) || core.Distinct().Count() == 1;
    }

    private static readonly char[] Decorations = [.. "0123456789!@#$%^&*()-_=+.,;:'\"?/\\|`~[]{}<> "];

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Modular.Identity.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } word && !word.StartsWith('#')) words.Add(word.ToLowerInvariant());
        return words;
    }
}
