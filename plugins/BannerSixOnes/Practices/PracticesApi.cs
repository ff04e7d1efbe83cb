using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.Plugins.BannerSixOnes.Practices;

/// <summary><c>/practices/...</c>: organizations report good practices; the office features the best.</summary>
public static class PracticesApi
{
    public sealed record FeatureInput(string? Note, int? Version);
    public sealed record VersionInput(int? Version);

    public static void Map(IEndpointRouteBuilder api)
    {
        var practices = api.MapGroup("/practices");

        practices.MapGet("", async (long? organizationId, bool? featured, DateOnly? from, DateOnly? to, GoodPractices service, CancellationToken ct) =>
            Results.Ok(await service.ListAsync(new(organizationId, featured, from, to), ct)))
            .WithSummary("Practices (organizationId = a subtree, featured, from/to dates): featured ones for everyone, the rest for those who see the organization.");
        practices.MapGet("/featured", async (int? n, PracticesQuery query, CancellationToken ct) => Results.Ok(await query.FeaturedAsync(n ?? 5, ct)))
            .WithSummary("The newest n (default 5) featured practices, as the overview shows them.");
        practices.MapGet("/{id:long}", async (long id, GoodPractices service, CancellationToken ct) =>
            await service.FindAsync(id, ct) is { } p && await service.MayReadAsync(p, ct) ? Results.Ok(await service.RowAsync(p, ct)) : Results.NotFound());
        practices.MapPost("", async (PracticeInput input, GoodPractices service, SixOnesCampaign campaign, CancellationToken ct) =>
        {
            if (input.OrganizationId is { } org && await service.WriteRefusalAsync(org, ct) is { } why) return SixOnesApi.Forbidden(why);
            var result = await service.SubmitAsync(input, ct);
            return result.Succeeded
                ? Results.Created($"/api/j/{campaign.Jurisdiction.Code}/banner-six-ones/practices/{result.Value!.Id}", result.Value)
                : Answer(result);
        }).WithSummary("Reports a practice of an organization (its officers or the office): organizationId, title, body, date.");
        practices.MapPut("/{id:long}", async (long id, PracticeInput input, GoodPractices service, CancellationToken ct) =>
        {
            if (await service.FindAsync(id, ct) is not { } p) return Results.NotFound();
            if (await service.WriteRefusalAsync(p.OrganizationId, ct) is { } why) return SixOnesApi.Forbidden(why);
            return Answer(await service.UpdateAsync(p, input, ct));
        }).WithSummary("Edits title, body and date; give the version you loaded (409 when someone changed it meanwhile).");
        practices.MapPost("/{id:long}/feature", async (long id, FeatureInput input, GoodPractices service, CancellationToken ct) =>
        {
            if (await service.FindAsync(id, ct) is not { } p) return Results.NotFound();
            if (service.OfficeRefusal() is { } why) return SixOnesApi.Forbidden(why);
            return Answer(await service.FeatureAsync(p, input.Note, input.Version, ct));
        }).WithSummary("精选 (the office): features the practice with a note.");
        practices.MapPost("/{id:long}/unfeature", async (long id, VersionInput? input, GoodPractices service, CancellationToken ct) =>
        {
            if (await service.FindAsync(id, ct) is not { } p) return Results.NotFound();
            if (service.OfficeRefusal() is { } why) return SixOnesApi.Forbidden(why);
            return Answer(await service.UnfeatureAsync(p, input?.Version, ct));
        });
        practices.MapGet("/ledger", async (long? organizationId, bool? featured, DateOnly? from, DateOnly? to, string? format, GoodPractices service, CancellationToken ct) =>
            Results.Extensions.Ledger(PracticeLedger.Build(await service.ListAsync(new(organizationId, featured, from, to), ct)), LedgerFormats.Parse(format)))
            .WithSummary("好做法好经验台账 (.xlsx or format=csv) with the list's filters.");
    }

    private static IResult Answer(PracticeResult result) =>
        result.Succeeded ? Results.Ok(result.Value)
        : result.Conflict ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: result.Errors["version"][0])
        : Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value));
}
