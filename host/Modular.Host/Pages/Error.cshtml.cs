using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modular.Host.Pages;

/// <summary>
/// Re-executed for error statuses with the original method, so a refused POST shows this page too:
/// no antiforgery check here, or every 404 on a form post would turn into a 400.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public void OnGet() { }
    public void OnPost() { }
}
