using Modular.Host.Plugins;
using Modular.Host.Security;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Modules;

namespace Modular.Host.Api;

/// <summary><c>/api/j/{jurisdiction}</c>: what a jurisdiction's office does — switch plugins, set their numbers, manage its people's accounts.</summary>
public static class JurisdictionAdminApi
{
    public sealed record SwitchInput(bool Enabled, Dictionary<string, string?>? Settings, int? Version);

    public static void MapJurisdictionAdminApi(this IEndpointRouteBuilder app)
    {
        var office = app.MapGroup("/api/j/{jurisdiction}").WithTags("jurisdiction");

        office.MapGet("/plugins", async (PluginCatalog catalog, IJurisdictionContext j, CancellationToken ct) =>
            await catalog.ForJurisdictionAsync(j.Required.Id, ct)).RequireAuthorization(Policies.JurisdictionAdmin);

        office.MapPut("/plugins/{pluginId}", async (string pluginId, SwitchInput input, PluginRegistry registry, PluginSwitchEditor editor,
            IJurisdictionContext j, CancellationToken ct) =>
        {
            if (registry.Find(pluginId) is not { Manifest: { } manifest }) return Results.NotFound();
            return ApiResults.From(await editor.SaveAsync(j.Required.Id, pluginId, manifest.Settings, input.Enabled, input.Settings, input.Version, ct));
        }).RequireAuthorization(Policies.JurisdictionAdmin);

        office.MapGet("/users", async (int? page, int? pageSize, UserAdmin users, IJurisdictionContext j, CancellationToken ct) =>
            await users.ListAsync(j.Required.Id, new PageRequest(page, pageSize), ct)).RequireAuthorization(Policies.JurisdictionAdmin);

        office.MapPost("/users", async (UserAdmin.NewUser input, UserAdmin users, IJurisdictionContext j, CancellationToken ct) =>
        {
            var (user, errors) = await users.CreateAsync(j.Required.Id, input, ct);
            return user is null ? Results.ValidationProblem(errors) : Results.Created($"/api/j/{j.Required.Code}/users", new { user.Id, user.UserName });
        }).RequireAuthorization(Policies.JurisdictionAdmin);

        office.MapPost("/users/{id:int}/password", async (int id, PasswordReset reset, UserAdmin users, IJurisdictionContext j) =>
                await users.ResetPasswordAsync(j.Required.Id, id, reset.NewPassword) switch
                {
                    null => Results.NotFound(),
                    { Count: 0 } => Results.NoContent(),
                    var errors => Results.ValidationProblem(errors),
                })
            .RequireAuthorization(Policies.JurisdictionAdmin)
            .WithSummary("Sets a new password for a user of this jurisdiction who forgot theirs: lifts a lockout and ends their sessions.");
    }

    public sealed record PasswordReset(string NewPassword);
}
