using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Organizations.Api;

/// <summary>
/// <c>/api/j/{jurisdiction}/organizations/import</c>, <c>/export</c>, <c>/template</c> and <c>/pending-secretaries/match</c>:
/// the organization file, for the jurisdiction's admins (as the roster import).
/// </summary>
internal static class OrganizationFileApi
{
    /// <summary>What a clean import did.</summary>
    public sealed record ImportAnswer(int Added, int Updated, int Unchanged, IReadOnlyList<OrganizationImporter.Move> Moved, int SecretariesNamed,
        IReadOnlyList<OrganizationImporter.PendingSecretary> PendingSecretaries, IReadOnlyList<string> Warnings);

    /// <summary>The problem details of a refused file, with its cells' errors.</summary>
    public sealed record RefusedAnswer(string Title, string Detail, int Status, IReadOnlyList<CellError> Errors, int ErrorCount, IReadOnlyList<string> Warnings);

    public static void MapOrganizationFileApi(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/api/j/{jurisdiction}/organizations").WithTags("organizations").RequireAuthorization(Policies.JurisdictionAdmin);

        files.MapPost("/import", async (HttpRequest request, OrganizationImporter importer, CancellationToken ct) =>
        {
            var (file, problem) = await ImportUploads.FileAsync(request, Text.Of("组织文件", "the organization file"), ct);
            if (file is null) return problem!;
            var outcome = await importer.ImportAsync(await ImportFiles.ReadAsync(file, ct), file.FileName, ct);
            return outcome.Succeeded
                ? Results.Ok(new ImportAnswer(outcome.Added, outcome.Updated, outcome.Unchanged, outcome.Moved, outcome.SecretariesNamed, outcome.PendingSecretaries, outcome.Warnings))
                : ImportUploads.Refused(outcome);
        })
            .WithSummary("Imports an organization file (.xlsx or CSV in UTF-8 or GB18030) sent as multipart/form-data with one file: all or nothing.")
            .WithDescription("Columns 组织编号, 组织名称, 组织类别 (required), 上级组织 (code or name), 书记, 联系人, 建立日期, 所属领域, with the offices' synonyms. "
                + "A known 组织编号 updates that organization with the columns the file has (a changed parent is a move); a new one adds it; others are left alone. "
                + "A 书记 not matched to exactly one member is kept as the organization's pending secretary and listed. Any bad cell: 400 with every error by row and column, nothing written.")
            .Produces<ImportAnswer>()
            .Produces<RefusedAnswer>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<RefusedAnswer>(StatusCodes.Status413PayloadTooLarge, "application/problem+json");

        files.MapGet("/export", async (string? format, OrganizationExporter exporter, CancellationToken ct) =>
        {
            var (content, type, name) = await exporter.FileAsync(format, ct);
            return Results.File(content, type, name);
        })
            .WithSummary("The organization tree as an organization file (?format=xlsx, else CSV in UTF-8 with a BOM), parents first; it re-imports with no change.")
            .Produces(StatusCodes.Status200OK, contentType: OrganizationExporter.XlsxType, additionalContentTypes: [OrganizationExporter.CsvType]);

        files.MapGet("/template", () => Results.File(OrganizationExporter.Template(), OrganizationExporter.XlsxType, "组织信息模板.xlsx"))
            .WithSummary("An empty organization file (.xlsx): the headers, an example row and a note row, which an import skips.")
            .Produces(StatusCodes.Status200OK, contentType: OrganizationExporter.XlsxType);

        files.MapPost("/pending-secretaries/match", async (OrganizationService service, HttpContext http, CancellationToken ct) =>
        {
            var (matches, _) = await service.MatchPendingSecretariesAsync(RosterActor.From(http.User), ct: ct);
            return Results.Ok(matches);
        })
            .WithSummary("Names each pending secretary who now matches exactly one member (of the organization, else of the jurisdiction); lists every pending name tried, matched or not, and why not.")
            .Produces<IReadOnlyList<OrganizationService.SecretaryMatch>>();
    }
}
