using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modular.Sdk.Web;

/// <summary>
/// The base of a plugin's page models: where the page is (jurisdiction code, the plugin's base URL, its ledgers' URLs),
/// and how a service's <see cref="Result{T}"/> is shown — a refusal or conflict next to its field on the same page,
/// forbidden as 403, not found as 404 — so every plugin's forms behave alike.
/// </summary>
public abstract class PluginPageModel : PageModel
{
    /// <summary>The jurisdiction's code in the URL (<c>/j/{code}/…</c>).</summary>
    public string Code => (string)RouteData.Values["jurisdiction"]!;

    /// <summary>The plugin's area, which is its id.</summary>
    public string PluginId => (string)RouteData.Values["area"]!;

    /// <summary>The plugin's pages start here: <c>/j/{code}/{plugin}</c>.</summary>
    public string Base => $"/j/{Code}/{PluginId}";

    public string PageUrl(string path) => Base + path;

    /// <summary>The plugin's API: <c>/api/j/{code}/{plugin}</c>.</summary>
    public string Api => $"/api/j/{Code}/{PluginId}";

    /// <summary>A registered ledger's download (the browser's cookie signs it in); extra query text such as <c>quarter=2</c> is appended.</summary>
    public string Ledger(string key, string format = "xlsx", string? query = null) =>
        $"/api/j/{Code}/{PluginId}/ledgers/{key}?format={format}{(string.IsNullOrEmpty(query) ? "" : "&" + query)}";

    /// <summary>The field the last action was refused on, and why (shown by <see cref="ErrorFor"/>).</summary>
    public string? ErrorField { get; protected set; }
    public string? Error { get; protected set; }

    public string? ErrorFor(string field) => string.Equals(ErrorField, field, StringComparison.OrdinalIgnoreCase) ? Error : null;

    /// <summary>
    /// Null when the action succeeded; otherwise what the page answers: 403 or 404 for those kinds, else this page again
    /// with the message next to the refused field (a conflict names no field: it shows at the top).
    /// </summary>
    protected IActionResult? Unless<T>(Result<T> result)
    {
        switch (result.Kind)
        {
            case ResultKind.Ok: return null;
            case ResultKind.Forbidden: return StatusCode(403);
            case ResultKind.NotFound: return NotFound();
            default:
                (ErrorField, Error) = (result.Field, result.Message);
                return Page();
        }
    }

    /// <summary>
    /// The end of a form post: done, back to this page by a GET (a reload posts nothing twice) with <c>?done=</c> naming
    /// the page's notice; refused, the page again — reloaded by <paramref name="reload"/> — with the message at its field,
    /// or 403/404 (<see cref="Unless{T}"/>).
    /// </summary>
    protected async Task<IActionResult> AfterPostAsync<T>(Result<T> result, string done, Func<Task> reload)
    {
        if (result.Succeeded) return RedirectToPage(new { done });
        await reload();
        return Unless(result)!;
    }

    public static string Percent(decimal share) => Charts.Percent(share);
}
