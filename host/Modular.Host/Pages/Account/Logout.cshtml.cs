using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Identity;

namespace Modular.Host.Pages.Account;

/// <summary>Signing out ends the session for good: the user's security stamp changes, so the old cookie (or a copy of it) is refused.</summary>
public sealed class LogoutModel(SignInManager<ModularUser> signIn, UserManager<ModularUser> users, UserAdmin admin) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await admin.EndSessionsAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/account/login");
    }
}
