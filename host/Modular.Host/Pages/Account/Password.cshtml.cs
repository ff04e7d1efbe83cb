using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Modular.Identity;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Host.Pages.Account;

/// <summary>A user changes their own password: the other sessions end, this one is renewed.</summary>
[Authorize]
public sealed class PasswordModel(UserManager<ModularUser> users, SignInManager<ModularUser> signIn, UserAdmin admin) : FormPageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string currentPassword, string newPassword)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var errors = await admin.ChangePasswordAsync(user, currentPassword, newPassword);
        if (errors.Count > 0)
        {
            ShowErrors(errors);
            return Page();
        }
        await signIn.RefreshSignInAsync(user); // the new security stamp: this browser stays signed in
        Notice = Text.Of("密码已修改。", "Password changed.");
        return Page();
    }
}
