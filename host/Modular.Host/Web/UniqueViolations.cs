using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Http.Features;
using Modular.Sdk;
using Npgsql;

namespace Modular.Host.Web;

/// <summary>
/// A unique violation (PostgreSQL 23505) that reaches the top of a request — two saves of the same thing at once,
/// a form posted twice — is a 409 with a message, never a 500: problem details under <c>/api</c>; for a page's
/// form, the page again (as a GET) with the message above it. One place, so every module and plugin gets it.
/// </summary>
public sealed class UniqueViolations(RequestDelegate next)
{
    /// <summary>Where the message waits for the layout (<c>HttpContext.Items</c>) while the page is shown again.</summary>
    public const string MessageKey = "Modular.UniqueViolation";

    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (IsUniqueViolation(e) && !http.Response.HasStarted)
        {
            UseRequestLanguage(http);
            var message = Text.Of("未保存：同样的记录已经存在，可能是重复提交，或别人刚刚保存了相同的内容。请刷新后查看。",
                "Not saved: the same record already exists — submitted twice, or someone has just saved the same. Refresh to see it.");
            http.Response.Clear();
            if (http.Request.Path.StartsWithSegments("/api"))
                await Results.Problem(title: Text.Of("记录已存在", "Already exists"), detail: message, statusCode: StatusCodes.Status409Conflict).ExecuteAsync(http);
            else if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                http.Response.StatusCode = StatusCodes.Status409Conflict; // the error page says it (status code pages)
            else
                await ShowPageAgainAsync(http, message);
        }
    }

    public static bool IsUniqueViolation(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
        return false;
    }

    // The page the form was on, read afresh in a new scope (the failed save's DbContext and transaction stay behind),
    // with the message shown by the layout and the status 409.
    private async Task ShowPageAgainAsync(HttpContext http, string message)
    {
        http.Items[MessageKey] = message;
        http.Request.Method = HttpMethods.Get;
        // A named handler (?handler=Delete) has no GET twin: show the page itself.
        http.Request.QueryString = QueryString.Create(http.Request.Query.Where(q => !q.Key.Equals("handler", StringComparison.OrdinalIgnoreCase)));
        http.SetEndpoint(null);
        http.Features.Get<IRouteValuesFeature>()?.RouteValues.Clear();
        var requestServices = http.RequestServices;
        await using var scope = requestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        http.RequestServices = scope.ServiceProvider;
        try
        {
            http.Response.StatusCode = StatusCodes.Status409Conflict;
            await next(http);
        }
        finally
        {
            http.RequestServices = requestServices;
        }
    }

    // The language chosen inside the request (JurisdictionRouting keeps it in the culture feature) does not flow back out here.
    private static void UseRequestLanguage(HttpContext http)
    {
        if (http.Features.Get<IRequestCultureFeature>()?.RequestCulture is not { } culture) return;
        System.Globalization.CultureInfo.CurrentCulture = culture.Culture;
        System.Globalization.CultureInfo.CurrentUICulture = culture.UICulture;
    }
}
