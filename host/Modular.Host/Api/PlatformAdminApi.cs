using Modular.Host.Plugins;
using Modular.Host.Security;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Modules;

namespace Modular.Host.Api;

/// <summary><c>/api/admin</c>: what IT staff do across the deployment — jurisdictions, their admins, installed plugins.</summary>
public static class PlatformAdminApi
{
    public sealed record JurisdictionDto(int Id, string Code, string Name, int? ParentId, string TimeZone, string Language, bool Archived);
    public sealed record NewAdmin(string UserName, string DisplayName, string Password);

    public static void MapPlatformAdminApi(this IEndpointRouteBuilder app)
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

        admin.MapGet("/jurisdictions/{id:int}/users", async (int id, int? page, int? pageSize, UserAdmin users, CancellationToken ct) =>
            await users.ListAsync(id, new PageRequest(page, pageSize), ct));

        admin.MapPost("/jurisdictions/{id:int}/admins", async (int id, NewAdmin input, UserAdmin users, JurisdictionDirectory directory, CancellationToken ct) =>
        {
            if (!(await directory.ListAsync(includeArchived: true, ct)).Any(j => j.Id == id)) return Results.NotFound();
            var (user, errors) = await users.CreateAsync(id, new UserAdmin.NewUser(input.UserName, input.DisplayName, input.Password, Roles.JurisdictionAdmin), ct);
            return user is null ? Results.ValidationProblem(errors) : Results.Created($"/api/admin/jurisdictions/{id}/users", new { user.Id, user.UserName });
        });

        admin.MapGet("/plugins", async (PluginCatalog catalog, CancellationToken ct) => await catalog.UsageAsync(ct));
    }

    private static JurisdictionDto ToDto(Jurisdiction j) => new(j.Id, j.Code, j.Name, j.ParentId, j.TimeZone, j.Language, j.ArchivedAt is not null);
}
