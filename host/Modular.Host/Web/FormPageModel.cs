using Microsoft.AspNetCore.Mvc.RazorPages;
using Modular.Jurisdictions;

namespace Modular.Host.Web;

/// <summary>A page with a form: keeps field errors from the shared services to show beside each field.</summary>
public abstract class FormPageModel : PageModel
{
    public ValidationErrors Errors { get; private set; } = new();
    public string? Notice { get; protected set; }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    protected void ShowErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages) Errors.Add(field, message);
    }
}
