using Modular.Audit;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Modular.Identity;
using Modular.Jurisdictions;
using Npgsql;

namespace Modular.Host.Security;

/// <summary>
/// Ends sessions the server no longer stands behind, on every request, for cookies and bearer tokens
/// alike: the security stamp in the ticket must still be the user's (signing out, changing or resetting
/// the password rotate it), and the user's jurisdiction must not be archived. Otherwise the request
/// goes on as anonymous and a cookie is deleted. One primary-key read per signed-in request, so a
/// sign-out on one instance ends the session on every instance at once. The same read says whether the user must
/// change their password first (<see cref="PasswordChangeGate"/>).
/// </summary>
public sealed class SessionValidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, PlatformDatabase platform, JurisdictionDirectory directory, IOptions<IdentityOptions> identity)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var (current, mustChangePassword) = await ReadAsync(http.User, platform.DataSource, directory, identity.Value, http.RequestAborted);
            if (!current)
            {
                if (http.Request.Cookies.ContainsKey(IdentityModule.CookieName))
                    await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                http.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else if (mustChangePassword) http.Features.Set(PasswordChangeRequired.Instance);
        }
        await next(http);
    }

    private static async Task<(bool Current, bool MustChangePassword)> ReadAsync(ClaimsPrincipal user, NpgsqlDataSource database, JurisdictionDirectory directory,
        IdentityOptions options, CancellationToken ct)
    {
        var stamp = user.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        if (stamp is null || !int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return (false, false);
        await using var command = database.CreateCommand($"select security_stamp, must_change_password from {ModularIdentityDbContext.Schema}.users where id = $1");
        command.Parameters.Add(new() { Value = userId });
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct) || reader.IsDBNull(0) || reader.GetString(0) != stamp) return (false, false);
            var mustChange = reader.GetBoolean(1);
            // Archived: its people are signed out (the directory's cache reaches every instance within 30 s).
            var live = user.GetJurisdictionId() is not { } jurisdictionId || (await directory.ListAsync(ct: ct)).Any(j => j.Id == jurisdictionId);
            return (live, mustChange);
        }
    }
}
