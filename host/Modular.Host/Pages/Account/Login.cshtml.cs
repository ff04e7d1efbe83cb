using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Identity;

namespace Modular.Host.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInService signIn) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await signIn.PasswordSignInAsync(UserName, Password, IdentityConstants.ApplicationScheme);
        if (!outcome.Succeeded)
        {
            Error = outcome.Error;
            Password = null;
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : await signIn.HomeOfAsync(outcome.User!));
    }
}
