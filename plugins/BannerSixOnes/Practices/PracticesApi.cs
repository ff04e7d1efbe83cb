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
        practices.MapGet("/{id:long}", async (long id, GoodPractices service, CancellationToken ct) => (await service.ReadAsync(id, ct)).ToHttpResult());
        practices.MapPost("", async (PracticeInput input, GoodPractices service, CancellationToken ct) => (await service.SubmitAsync(input, ct)).ToHttpResult())
            .WithSummary("Reports a practice of an organization (its officers or the office): organizationId, title, body, date.");
        practices.MapPut("/{id:long}", async (long id, PracticeInput input, GoodPractices service, CancellationToken ct) => (await service.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Edits title, body and date; give the version you loaded (409 when someone changed it meanwhile).");
        practices.MapPost("/{id:long}/feature", async (long id, FeatureInput input, GoodPractices service, CancellationToken ct) =>
            (await service.FeatureAsync(id, input.Note, input.Version, ct)).ToHttpResult())
            .WithSummary("精选 (the office): features the practice with a note.");
        practices.MapPost("/{id:long}/unfeature", async (long id, VersionInput? input, GoodPractices service, CancellationToken ct) =>
            (await service.UnfeatureAsync(id, input?.Version, ct)).ToHttpResult());    }
}
