using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Jurisdictions;
using Modular.Jurisdictions.Api;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Organizations.Api;

/// <summary><c>/api/j/{jurisdiction}/organizations</c> and <c>/people</c>: the organization tree and the member roster.</summary>
internal static class RosterApi
{
    public sealed record MoveInput(long? ParentId, int? Version);
    public sealed record TransferInput(long ToOrganizationId, DateOnly? On, string? Note, int? Version);
    public sealed record OfficerInput(long PersonId, string Post);

    /// <summary>400/409 like every edit, plus 403 outside the officer's subtree and 404 for a missing row.</summary>
    private static IResult From(EditResult result, Func<IResult>? ok = null) =>
        result.IsForbidden() ? Results.Problem(detail: result.Errors[RosterResults.ForbiddenKey][0], statusCode: StatusCodes.Status403Forbidden)
        : result.IsNotFound() ? Results.Problem(detail: result.Errors[RosterResults.NotFoundKey][0], statusCode: StatusCodes.Status404NotFound)
        : ApiResults.From(result, ok);

    public static void MapRosterApi(this IEndpointRouteBuilder app)
    {
        app.MapOrganizationFileApi();
        var organizations = app.MapGroup("/api/j/{jurisdiction}/organizations").WithTags("organizations");
        organizations.MapGet("", async (int? page, int? pageSize, OrganizationService service, CancellationToken ct) =>
                ListPage.Of(await service.NodesAsync(ct), new PageRequest(page, pageSize)))
            .WithSummary("The tree in display order (each node followed by its subtree; parentId and depth rebuild it), a page at a time, with the total.");
        organizations.MapGet("/{id:long}", async (long id, OrganizationService service, CancellationToken ct) =>
            (await service.NodesAsync(ct)).FirstOrDefault(n => n.Id == id) is { } node
                ? Results.Ok(new { node, officers = await service.OfficersAsync(id, ct) }) : Results.NotFound());
        organizations.MapPost("", async (OrganizationService.Input input, OrganizationService service, HttpContext http, IJurisdictionContext j, CancellationToken ct) =>
        {
            var (created, result) = await service.CreateAsync(RosterActor.From(http.User), input, ct);
            return From(result, () => Results.Created($"/api/j/{j.Required.Code}/organizations/{created!.Id}", new { created!.Id, created.Code, created.Name }));
        }).RequireAuthorization(Policies.RosterEditor);
        organizations.MapPut("/{id:long}", async (long id, OrganizationService.Input input, OrganizationService service, HttpContext http, CancellationToken ct) =>
            From(await service.UpdateAsync(RosterActor.From(http.User), id, input, ct))).RequireAuthorization(Policies.RosterEditor);
        organizations.MapPost("/{id:long}/move", async (long id, MoveInput input, OrganizationService service, HttpContext http, CancellationToken ct) =>
            From(await service.MoveAsync(RosterActor.From(http.User), id, input.ParentId, input.Version, ct))).RequireAuthorization(Policies.RosterEditor);
        organizations.MapDelete("/{id:long}", async (long id, OrganizationService service, HttpContext http, CancellationToken ct) =>
            From(await service.DeleteAsync(RosterActor.From(http.User), id, ct))).RequireAuthorization(Policies.RosterEditor);
        organizations.MapPut("/{id:long}/officers", async (long id, OfficerInput input, OrganizationService service, HttpContext http, CancellationToken ct) =>
            From(await service.SetOfficerAsync(RosterActor.From(http.User), id, input.PersonId, input.Post, holds: true, ct))).RequireAuthorization(Policies.RosterEditor);
        organizations.MapDelete("/{id:long}/officers/{personId:long}/{post}", async (long id, long personId, string post, OrganizationService service, HttpContext http, CancellationToken ct) =>
            From(await service.SetOfficerAsync(RosterActor.From(http.User), id, personId, post, holds: false, ct))).RequireAuthorization(Policies.RosterEditor);

        var people = app.MapGroup("/api/j/{jurisdiction}/people").WithTags("people");
        people.MapGet("", async (long? organizationId, string? name, string? category, bool? leadingCadre, bool? outgoing, string? standing,
            string? employment, PeopleSort? sort, bool? desc, int? page, int? pageSize, PeopleService service, HttpContext http, CancellationToken ct) =>
            await service.ListAsync(RosterActor.From(http.User), new PeopleService.Filter
            {
                OrganizationId = organizationId, Name = name, Category = category, LeadingCadre = leadingCadre, Outgoing = outgoing,
                Standing = standing, Employment = employment, Sort = sort ?? PeopleSort.Organization, Descending = desc ?? false,
            }, new PageRequest(page, pageSize), ct))
            .WithSummary("The roster: a page at a time (page from 1, pageSize 50 by default, at most 500) with the total. Filters: organizationId (with its subtree), name (part of), category, leadingCadre, outgoing, standing (党籍状态, or 在册 for everyone on the rolls), employment (在职状态: Serving, Retired, NotWorking, Unspecified); sort Organization|Name|BirthDate|JoinedOn|Category, desc. The whole roster downloads from /export.");
        people.MapGet("/{id:long}", async (long id, PeopleService service, HttpContext http, CancellationToken ct) =>
            await service.GetAsync(RosterActor.From(http.User), id, ct) is { } person
                ? Results.Ok(new { person, transfers = await service.TransfersAsync(id, ct) }) : Results.NotFound());
        people.MapPost("", async (PeopleService.Input input, PeopleService service, HttpContext http, IJurisdictionContext j, CancellationToken ct) =>
        {
            var (created, result) = await service.CreateAsync(RosterActor.From(http.User), input, ct);
            return From(result, () => Results.Created($"/api/j/{j.Required.Code}/people/{created!.Id}", new { created!.Id, created.Version }));
        }).RequireAuthorization(Policies.RosterEditor);
        people.MapPut("/{id:long}", async (long id, PeopleService.Input input, PeopleService service, HttpContext http, CancellationToken ct) =>
            From(await service.UpdateAsync(RosterActor.From(http.User), id, input, ct))).RequireAuthorization(Policies.RosterEditor);
        people.MapPost("/{id:long}/transfer", async (long id, TransferInput input, PeopleService service, HttpContext http, CancellationToken ct) =>
            From(await service.TransferAsync(RosterActor.From(http.User), id, input.ToOrganizationId, input.On, input.Note, input.Version, ct))).RequireAuthorization(Policies.RosterEditor);

        people.MapPost("/import", async (HttpRequest request, RosterImporter importer, CancellationToken ct) =>
        {
            var (file, problem) = await ImportUploads.FileAsync(request, Text.Of("名册文件", "the roster file"), ct);
            if (file is null) return problem!;
            var outcome = await importer.ImportAsync(await ImportFiles.ReadAsync(file, ct), file.FileName, ct);
            return outcome.Succeeded ? Results.Ok(new { added = outcome.Added, updated = outcome.Updated, warnings = outcome.Warnings }) : ImportUploads.Refused(outcome);
        }).RequireAuthorization(Policies.JurisdictionAdmin);

        // The import's headers and no rows: what an office fills in when it has no export of its own to start from.
        people.MapGet("/template", () => Results.File(RosterFile.WriteXlsx(RosterExporter.ListName, RosterExporter.Headers, []),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "党员名册模板.xlsx"))
            .RequireAuthorization(Policies.JurisdictionAdmin)
            .WithSummary("An empty roster file (.xlsx) with the headers the import reads.");

        people.MapGet("/export", async (string? format, long? organizationId, RosterExporter exporter, HttpContext http, CancellationToken ct) =>
        {
            var filter = new PeopleService.Filter { OrganizationId = organizationId };
            return format == "xlsx"
                ? Results.File(await exporter.XlsxAsync(RosterActor.From(http.User), filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "党员名册.xlsx")
                : Results.File(await exporter.CsvAsync(RosterActor.From(http.User), filter, ct), "text/csv; charset=utf-8", "党员名册.csv");
        });
    }
}
