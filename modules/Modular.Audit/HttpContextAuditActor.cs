using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Modular.Audit;

/// <summary>
/// The signed-in user of the current request. Read through <see cref="IHttpContextAccessor"/> at
/// save time because the interceptor is a singleton shared by pooled contexts: it has no request
/// scope to take a user from. Outside a request, or in an anonymous one, the system.
/// </summary>
internal sealed class HttpContextAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public AuditUser Current
    {
        get
        {
            var user = http.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true) return AuditUser.System;
            int? id = int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            return new AuditUser(id, user.Identity.Name);
        }
    }
}
