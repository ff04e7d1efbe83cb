using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modular.Modules.Web;

/// <summary>
/// The base of the core pages with a form (the host's and the modules'): keeps field errors from the shared
/// services to show beside each field, and a notice of what was done. (Plugins' pages derive from the SDK's
/// <c>PluginPageModel</c>.)
/// </summary>
public abstract class FormPageModel : PageModel
{
    public FieldErrors Errors { get; } = new();
    public string? Notice { get; protected set; }

    private const string CarriedNotice = "FormPageModel.Notice";

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>
    /// After a save that leaves the page (a new record's own page, a deleted record's list): redirects and carries the
    /// notice to the page it lands on, for that one request (TempData), so the URL stays the record's.
    /// </summary>
    protected IActionResult RedirectWithNotice(string url, string notice)
    {
        TempData[CarriedNotice] = notice;
        return Redirect(url);
    }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (TempData[CarriedNotice] is string notice) Notice = notice;
        base.OnPageHandlerExecuting(context);
    }

    protected void ShowErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages) Errors.Add(field, message);
    }
}

/// <summary>Field → messages of a form, field names compared without case (as the services name them).</summary>
public sealed class FieldErrors : Dictionary<string, string[]>
{
    public FieldErrors() : base(StringComparer.OrdinalIgnoreCase) { }

    public FieldErrors Add(string field, string message)
    {
        this[field] = TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        return this;
    }
}
