using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Jurisdictions.Api;

/// <summary><c>/api/admin/jurisdictions</c>: IT staff create, rename, archive and restore the deployment's jurisdictions.</summary>
internal static class JurisdictionsApi
{
    public sealed record JurisdictionDto(int Id, string Code, string Name, int? ParentId, string TimeZone, string Language, bool Archived);

    public static void MapJurisdictionsApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("platform admin").RequireAuthorization(Policies.PlatformAdmin);

        admin.MapGet("/jurisdictions", async (int? page, int? pageSize, JurisdictionDirectory directory, CancellationToken ct) =>
            ListPage.Of(await directory.ListAsync(includeArchived: true, ct), new PageRequest(page, pageSize)).Map(ToDto));

        admin.MapPost("/jurisdictions", async (JurisdictionAdmin jurisdictions, JurisdictionAdmin.Input input, CancellationToken ct) =>
        {
            var (created, errors) = await jurisdictions.CreateAsync(input, ct);
            return created is null ? Results.ValidationProblem(errors) : Results.Created($"/api/admin/jurisdictions/{created.Id}", ToDto(created));
        });

        admin.MapPut("/jurisdictions/{id:int}", async (int id, JurisdictionAdmin jurisdictions, JurisdictionAdmin.Input input, CancellationToken ct) =>
            ApiResults.From(await jurisdictions.UpdateAsync(id, input, ct)));

        admin.MapPost("/jurisdictions/{id:int}/archive", async (int id, JurisdictionAdmin jurisdictions, CancellationToken ct) =>
            await jurisdictions.SetArchivedAsync(id, archived: true, ct) ? Results.NoContent() : Results.NotFound());

        admin.MapPost("/jurisdictions/{id:int}/restore", async (int id, JurisdictionAdmin jurisdictions, CancellationToken ct) =>
            await jurisdictions.SetArchivedAsync(id, archived: false, ct) ? Results.NoContent() : Results.NotFound());
    }

    private static JurisdictionDto ToDto(Jurisdiction j) => new(j.Id, j.Code, j.Name, j.ParentId, j.TimeZone, j.Language, j.ArchivedAt is not null);
}
