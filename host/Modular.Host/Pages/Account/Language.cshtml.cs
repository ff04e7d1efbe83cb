using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Identity;

namespace Modular.Host.Pages.Account;

/// <summary>Switches the user's language (zh-CN or en): remembered in a cookie and, when signed in, on the account.</summary>
[AllowAnonymous]
public sealed class LanguageModel(UserManager<ModularUser> users, SignInManager<ModularUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync(string culture, string? returnUrl)
    {
        culture = culture == "en" ? "en" : "zh-CN";
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        if (await users.GetUserAsync(User) is { } user)
        {
            user.PreferredLanguage = culture;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
