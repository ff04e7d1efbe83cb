using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;
using Modular.Organizations;

namespace Modular.Host.Web;

/// <summary>
/// Without JavaScript, a person picker (Shared/_PersonPicker) over more people than one list holds is a text box, and
/// the form names it in <see cref="Marker"/>: a typed name that is one person's among those the user may pick becomes
/// that person's id before the page's handler binds the field (a number stays as typed; anything else is left for
/// the handler to refuse as no person). So the handlers take ids whether or not the picker's script ran.
/// </summary>
internal sealed class PickerNames : IAsyncPageFilter
{
    public const string Marker = "__picker-person";

    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        var request = context.HttpContext.Request;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            if (form.TryGetValue(Marker, out var fields) && await ResolveAsync(context.HttpContext, form, fields) is { } values)
                request.Form = new FormCollection(values, form.Files);
        }
        else if (request.Query.TryGetValue(Marker, out var fields) && await ResolveAsync(context.HttpContext, request.Query, fields) is { } values)
            request.Query = new QueryCollection(values);
    }

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) => next();

    /// <summary>The values with each named field's unique name replaced by the id; null when nothing changed.</summary>
    private static async Task<Dictionary<string, StringValues>?> ResolveAsync(HttpContext http, IEnumerable<KeyValuePair<string, StringValues>> source, StringValues fields)
    {
        var values = source.ToDictionary(v => v.Key, v => v.Value);
        var changed = false;
        foreach (var field in fields.Distinct())
        {
            if (field is null || !values.TryGetValue(field, out var typed) || typed.Count != 1) continue;
            var name = typed[0]?.Trim();
            if (string.IsNullOrEmpty(name) || long.TryParse(name, out _)) continue;
            var search = http.RequestServices.GetRequiredService<PickerSearch>();
            var same = (await search.PeopleAsync(name, PickerSearch.PageSize, http.RequestAborted)).Where(p => p.Name == name).ToList();
            if (same.Count != 1) continue;
            values[field] = same[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            changed = true;
        }
        return changed ? values : null;
    }
}
