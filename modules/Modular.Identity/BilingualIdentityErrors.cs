using Microsoft.AspNetCore.Identity;
using Modular.Sdk;

namespace Modular.Identity;

/// <summary>ASP.NET Core Identity's messages in the user's language: Chinese by default, English when chosen.</summary>
internal sealed class BilingualIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError Error(string code, string zhCn, string en) => new() { Code = code, Description = Text.Of(zhCn, en) };

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"密码至少 {length} 位。", $"Passwords must be at least {length} characters.");
    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "密码须包含数字。", "Passwords must have at least one digit ('0'-'9').");
    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "密码须包含小写字母。", "Passwords must have at least one lowercase ('a'-'z').");
    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "密码须包含大写字母。", "Passwords must have at least one uppercase ('A'-'Z').");
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "密码须包含符号。", "Passwords must have at least one non alphanumeric character.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"密码至少要有 {uniqueChars} 个不同的字符。", $"Passwords must use at least {uniqueChars} different characters.");
    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "当前密码不正确。", "The current password is wrong.");
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"用户名“{userName}”已被使用。", $"User name '{userName}' is already taken.");
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"用户名“{userName}”无效：只能用字母、数字和 - . _ @。", $"User name '{userName}' is invalid, can only contain letters, digits and - . _ @.");
}
