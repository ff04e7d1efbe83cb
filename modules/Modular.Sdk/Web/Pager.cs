using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Modular.Sdk.Web;

/// <summary>
/// What the host's <c>Shared/_Pager</c> partial shows (for modules and plugins alike) under a paged list: where the reader is, how many in all, and
/// links to the neighbouring pages that keep every other query value (filters, sort).
/// </summary>
public sealed record Pager(int Page, int PageCount, int Total, Func<int, string> Link)
{
    /// <summary>A pager whose links are this request's path and query with another <c>page</c>.</summary>
    public static Pager For(HttpRequest request, int page, int pageCount, int total) => new(page, pageCount, total, target =>
    {
        var query = request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query["page"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(request.Path, query);
    });

    /// <summary>This request's path and query with other values (a column's sort), back to page 1.</summary>
    public static string With(HttpRequest request, params (string Key, string? Value)[] values)
    {
        var query = request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        foreach (var (key, value) in values)
            if (value is null) query.Remove(key); else query[key] = value;
        return QueryHelpers.AddQueryString(request.Path, query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    /// <summary>
    /// A sortable column's heading link: sorts the list by this column (back to page 1, other filters kept), or the other
    /// way when it sorts by it already; the active column is underlined and shows ↑ or ↓. Use it inside the <c>&lt;th&gt;</c>.
    /// </summary>
    public static IHtmlContent SortHeading<TColumn>(HttpRequest request, TColumn column, string label, TColumn current, bool desc)
        where TColumn : struct, Enum
    {
        var active = EqualityComparer<TColumn>.Default.Equals(column, current);
        var href = With(request, ("sort", column.ToString()), ("desc", active && !desc ? "true" : null), ("handler", null));
        return new HtmlString($"<a class=\"sort{(active ? " active" : "")}\" href=\"{WebUtility.HtmlEncode(href)}\">{WebUtility.HtmlEncode(label)}{(active ? desc ? " ↓" : " ↑" : "")}</a>");
    }
}
