using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Modular.Identity.Api;

/// <summary><c>/api/auth</c>: scripts trade a user name and password for a bearer token.</summary>
internal static class AuthApi
{
    public sealed record LoginRequest(string UserName, string Password);
    public sealed record PasswordChange(string CurrentPassword, string NewPassword);
    public sealed record Me(int Id, string UserName, string DisplayName, int? JurisdictionId, IReadOnlyList<string> Roles);

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("auth");

        // Writes the token response itself ({ tokenType, accessToken, expiresIn, refreshToken }).
        auth.MapPost("/login", async (LoginRequest request, SignInService signIn) =>
            {
                var outcome = await signIn.PasswordSignInAsync(request.UserName, request.Password, IdentityConstants.BearerScheme);
                return outcome.Succeeded
                    ? Results.Empty
                    : Results.Problem(title: outcome.Error, statusCode: StatusCodes.Status401Unauthorized);
            })
            .AllowAnonymous()
            .WithSummary("Sign in with user name and password; answers a bearer token.");

        auth.MapGet("/me", (ClaimsPrincipal user) => new Me(
                int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture),
                user.Identity!.Name!, user.FindFirstValue(ModularClaims.DisplayName) ?? "", user.GetJurisdictionId(),
                user.FindAll(ModularClaims.Role).Select(c => c.Value).ToList()))
            .RequireAuthorization()
            .WithSummary("Who the token or cookie belongs to.");

        auth.MapPost("/logout", async (ClaimsPrincipal principal, UserManager<ModularUser> users, UserAdmin admin) =>
            {
                if (await users.GetUserAsync(principal) is { } user) await admin.EndSessionsAsync(user);
                return Results.NoContent();
            })
            .RequireAuthorization()
            .WithSummary("Ends every session of the signed-in user: this token or cookie and any other stop working.");

        auth.MapPost("/password", async (PasswordChange change, ClaimsPrincipal principal, UserManager<ModularUser> users, UserAdmin admin) =>
            {
                if (await users.GetUserAsync(principal) is not { } user) return Results.Unauthorized();
                var errors = await admin.ChangePasswordAsync(user, change.CurrentPassword, change.NewPassword);
                return errors.Count == 0 ? Results.NoContent() : Results.ValidationProblem(errors);
            })
            .RequireAuthorization()
            .WithSummary("Changes the signed-in user's password; every session ends (sign in again with the new one).");
    }
}
