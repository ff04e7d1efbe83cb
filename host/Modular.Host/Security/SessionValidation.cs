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
/// goes on as anonymous and a cookie is deleted. One primary-key read per signed-in request (the user's row and their
/// jurisdiction's), so a sign-out or an archive on one instance ends the session on every instance at once. The same
/// read says whether the user must change their password first (<see cref="PasswordChangeGate"/>).
/// </summary>
public sealed class SessionValidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, PlatformDatabase platform, IOptions<IdentityOptions> identity)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var (current, mustChangePassword) = await ReadAsync(http.User, platform.DataSource, identity.Value, http.RequestAborted);
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

    private static async Task<(bool Current, bool MustChangePassword)> ReadAsync(ClaimsPrincipal user, NpgsqlDataSource database,
        IdentityOptions options, CancellationToken ct)
    {
        var stamp = user.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        if (stamp is null || !int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return (false, false);
        // A platform account (no jurisdiction) is live by its stamp alone; a jurisdiction's, while the jurisdiction is not archived.
        await using var command = database.CreateCommand($"""
            select u.security_stamp, u.must_change_password,
                   coalesce((select j.archived_at is null from {JurisdictionsDbContext.Schema}.jurisdictions j where j.id = $2), $2 is null)
              from {ModularIdentityDbContext.Schema}.users u where u.id = $1
            """);
        command.Parameters.Add(new() { Value = userId });
        command.Parameters.Add(new() { Value = user.GetJurisdictionId() is { } jurisdictionId ? jurisdictionId : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(0) || reader.GetString(0) != stamp) return (false, false);
        return (reader.GetBoolean(2), reader.GetBoolean(1));
    }
}
