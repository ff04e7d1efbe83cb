using Microsoft.AspNetCore.Mvc;
using Modular.Sdk;

namespace Modular.Host.Security;

/// <summary>Set on a request by <see cref="SessionValidation"/> when its user must change their password first.</summary>
public sealed class PasswordChangeRequired
{
    public static readonly PasswordChangeRequired Instance = new();
    private PasswordChangeRequired() { }
}

/// <summary>
/// A user signed in with a password someone else chose — a provisioned account's initial password, or one the office
/// reset — picks their own before anything else: every page leads to <c>/account/password</c>, and every API call
/// but the password change and signing out answers 403 problem details saying so. Changing the password clears the
/// flag (<c>UserAdmin.ChangePasswordAsync</c>), and the next request goes where it was going.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string PasswordPage = "/account/password";

    // What such a user may still reach: the password change (page and API), signing out, the language switch, the error page.
    private static readonly string[] Open = [PasswordPage, "/account/logout", "/account/language", "/api/auth/password", "/api/auth/logout", "/Error"];

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.Features.Get<PasswordChangeRequired>() is null || Open.Any(path => http.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)))
        {
            await next(http);
            return;
        }
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = Text.Of("须先修改密码。", "A new password is required."),
                Detail = Text.Of("您的密码由他人设定（首次登录或管理员重置），请先修改密码：POST /api/auth/password。",
                    "Your password was set by someone else (first sign-in or a reset by the office): change it first with POST /api/auth/password."),
            };
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", http.RequestAborted);
            return;
        }
        http.Response.Redirect(PasswordPage);
    }
}
