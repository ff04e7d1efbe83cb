using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Identity;

namespace Modular.Host.Pages;

/// <summary>The front door: signed-in users go to their jurisdiction's dashboard (or the platform pages).</summary>
[Authorize]
public sealed class IndexModel(UserManager<ModularUser> users, SignInService signIn) : PageModel
{
    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } user ? LocalRedirect(await signIn.HomeOfAsync(user)) : Challenge();
}
