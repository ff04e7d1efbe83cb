using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Audit.Api;

/// <summary><c>GET /api/j/{jurisdiction}/audit</c>: the jurisdiction's change log, newest first, for admins and auditors.</summary>
internal static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/j/{jurisdiction}/audit", async (AuditLog log, IJurisdictionContext j, string? entity, string? user, AuditAction? action,
                DateTimeOffset? from, DateTimeOffset? to, string? key, int? page, int? pageSize, CancellationToken ct) =>
            await log.SearchAsync(j.Required.Id, new AuditFilter
            {
                Entity = entity, UserName = user, Action = action, From = from, To = to, KeyContains = key,
                Page = page ?? 1, PageSize = pageSize ?? PageRequest.DefaultSize,
            }, ct))
            .RequireAuthorization(Policies.AuditReader)
            .WithTags("audit")
            .WithSummary("Who changed what, when: before and after values. Filter by entity (schema.table or prefix*), user, action, from/to, key. A page of entries (page, pageSize ≤ 500) with the total.");
}
