using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Modular.Host.Security;
using Modular.Identity;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Host.Pages.Account;

/// <summary>A user changes their own password: the other sessions end, this one is renewed. Where every page leads a user who must change it first (<see cref="PasswordChangeGate"/>).</summary>
[Authorize]
public sealed class PasswordModel(UserManager<ModularUser> users, SignInManager<ModularUser> signIn, UserAdmin admin, SignInService signInService) : FormPageModel
{
    /// <summary>The password was chosen by someone else (an initial one, a reset): nothing else opens until it is changed.</summary>
    public bool MustChange { get; private set; }
    /// <summary>After a change: where to go on.</summary>
    public string? Home { get; private set; }

    public void OnGet() => MustChange = HttpContext.Features.Get<PasswordChangeRequired>() is not null;

    public async Task<IActionResult> OnPostAsync(string currentPassword, string newPassword)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var errors = await admin.ChangePasswordAsync(user, currentPassword, newPassword);
        if (errors.Count > 0)
        {
            MustChange = user.MustChangePassword;
            ShowErrors(errors);
            return Page();
        }
        await signIn.RefreshSignInAsync(user); // the new security stamp: this browser stays signed in
        Notice = Text.Of("密码已修改。", "Password changed.");
        Home = await signInService.HomeOfAsync(user);
        return Page();
    }
}
