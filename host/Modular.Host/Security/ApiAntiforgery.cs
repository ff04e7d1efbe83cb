using Microsoft.AspNetCore.Antiforgery;
using Modular.Identity;
using Modular.Sdk;

namespace Modular.Host.Security;

/// <summary>
/// A write to the API (POST, PUT, PATCH, DELETE under <c>/api</c>) that is signed in by the browser's cookie must
/// carry the antiforgery token in the <c>RequestVerificationToken</c> header: a browser sends the cookie with any
/// site's request (a form on evil.example posting to our import), while only our own pages know the token (their
/// scripts read it from the layout's <c>request-verification-token</c> meta tag). Scripts signed in with a bearer
/// token, and anonymous requests (signing in), need none. Refused with 400 problem details naming the header.
/// Runs after <see cref="Web.JurisdictionRouting"/>, so another jurisdiction's user still gets its 404.
/// </summary>
public sealed class ApiAntiforgery(RequestDelegate next)
{
    public const string HeaderName = "RequestVerificationToken";

    public async Task InvokeAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (IsCookieWrite(http) && !await antiforgery.IsRequestValidAsync(http))
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: Text.Of("缺少或无效的防伪令牌，未执行任何操作。", "Missing or invalid antiforgery token; nothing was done."),
                detail: Text.Of(
                    $"以浏览器登录（Cookie）调用接口写入数据时，须在请求头 {HeaderName} 中带上页面的防伪令牌（页面 meta 标签 request-verification-token）；脚本请先用 POST /api/auth/login 取得 Bearer 令牌。",
                    $"An API write signed in by the browser's cookie must send the page's antiforgery token (meta tag request-verification-token) in the {HeaderName} header; scripts sign in with POST /api/auth/login and send a bearer token."))
                .ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    private static bool IsCookieWrite(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method))
        && http.User.Identity?.IsAuthenticated == true
        && !IdentityModule.SendsBearerToken(http.Request);
}
