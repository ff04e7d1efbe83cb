using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Modular.Organizations;
using Modular.Sdk;

namespace Modular.Host.Web;

/// <summary>
/// Bounds every request body by <c>Uploads:MaxRequestBytes</c> and answers an over-size one with 413 —
/// problem details under <c>/api</c>, a short page elsewhere — instead of the 500 that the server's
/// exception becomes when it surfaces from reading a form. Runs before anything reads a body.
/// </summary>
public sealed class RequestSizeGuard(RequestDelegate next, IOptions<UploadLimits> limits)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var max = limits.Value.MaxRequestBytes;
        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } f ? f : null;
        if (http.Request.ContentLength is { } length && length > max)
        {
            // Said without looking at the body. A client (a browser) that sends it all before reading the answer would
            // see a reset connection, not the answer, if we closed now: a body up to a few times the limit is read and
            // dropped first (streamed, nothing kept); a larger one is cut off.
            var drain = length <= max * DrainFactor && feature is not null;
            if (drain)
            {
                feature!.MaxRequestBodySize = length;
                await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            }
            await TooLargeAsync(http, max, close: !drain);
            return;
        }
        if (feature is not null) feature.MaxRequestBodySize = max;
        try
        {
            await next(http);
        }
        catch (Exception e) when (IsTooLarge(e) && !http.Response.HasStarted)
        {
            await TooLargeAsync(http, max, close: true); // a body without Content-Length that grew past the limit
        }
    }

    private const int DrainFactor = 4;

    private static bool IsTooLarge(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }) return true;
        return false;
    }

    private static async Task TooLargeAsync(HttpContext http, long max, bool close)
    {
        var title = Text.Of("上传的内容太大", "The upload is too large");
        var detail = Text.Of($"请求超过 {UploadLimits.Megabytes(max)} MB 的上限，未处理。请上传较小的文件，或分成几个文件上传。",
            $"The request exceeds the {UploadLimits.Megabytes(max)} MB limit and was not processed. Upload a smaller file, or split it.");
        http.Response.Clear();
        if (close) http.Response.Headers.Connection = "close"; // the rest of the body is not worth reading
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(http);
            return;
        }
        // Written here rather than re-executed as the error page: that would try to read the same body.
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        http.Response.ContentType = "text/html; charset=utf-8";
        var lang = System.Globalization.CultureInfo.CurrentUICulture.Name;
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{lang}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="content"><h1>{WebUtility.HtmlEncode(title)}</h1><p class="error">{WebUtility.HtmlEncode(detail)}</p>
            <p><a href="javascript:history.back()">{WebUtility.HtmlEncode(Text.Of("返回", "Back"))}</a></p></main></body></html>
            """, http.RequestAborted);
    }
}
