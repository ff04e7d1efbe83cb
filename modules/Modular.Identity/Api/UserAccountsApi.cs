using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Jurisdictions;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Identity.Api;

/// <summary>
/// Accounts: IT staff list a jurisdiction's users and give it its admins (<c>/api/admin/jurisdictions/{id}</c>);
/// a jurisdiction's office manages its own people's accounts (<c>/api/j/{jurisdiction}/users</c>).
/// </summary>
internal static class UserAccountsApi
{
    public sealed record NewAdmin(string UserName, string DisplayName, string Password);
    public sealed record PasswordReset(string NewPassword);
    public sealed record LinkInput(int UserId, long PersonId);

    public static void MapUserAccountsApi(this IEndpointRouteBuilder app)
    {
        MapPlatform(app.MapGroup("/api/admin").WithTags("platform admin").RequireAuthorization(Policies.PlatformAdmin));
        MapOffice(app.MapGroup("/api/j/{jurisdiction}").WithTags("jurisdiction"));
    }

    private static void MapPlatform(RouteGroupBuilder admin)
    {
        admin.MapGet("/jurisdictions/{id:int}/users", async (int id, int? page, int? pageSize, UserAdmin users, CancellationToken ct) =>
            await users.ListAsync(id, new PageRequest(page, pageSize), ct));

        admin.MapPost("/jurisdictions/{id:int}/admins", async (int id, NewAdmin input, UserAdmin users, JurisdictionDirectory directory, CancellationToken ct) =>
        {
            if (!(await directory.ListAsync(includeArchived: true, ct)).Any(j => j.Id == id)) return Results.NotFound();
            var (user, errors) = await users.CreateAsync(id, new UserAdmin.NewUser(input.UserName, input.DisplayName, input.Password, Roles.JurisdictionAdmin), ct);
            return user is null ? Results.ValidationProblem(errors) : Results.Created($"/api/admin/jurisdictions/{id}/users", new { user.Id, user.UserName });
        });
    }

    private static void MapOffice(RouteGroupBuilder office)
    {
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
            .WithSummary("Sets a new password for a user of this jurisdiction who forgot theirs: lifts a lockout (a disabled account's too) and ends their sessions; the user must change it at the next sign-in.");

        office.MapPut("/person-accounts", async (LinkInput input, Accounts.AccountLinks links, CancellationToken ct) =>
                (await links.LinkAsync(input.UserId, input.PersonId, ct)).ToHttpResult(_ => Results.NoContent()))
            .RequireAuthorization(Policies.JurisdictionAdmin)
            .WithSummary("Links an account of this jurisdiction to a person on its roster (one account per person); the person's own pages and reminders follow.");

        office.MapDelete("/person-accounts/{userId:int}", async (int userId, Accounts.AccountLinks links, CancellationToken ct) =>
                await links.UnlinkAsync(userId, ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(Policies.JurisdictionAdmin)
            .WithSummary("Unlinks an account of this jurisdiction from its roster person (404 when it had none).");
    }
}
