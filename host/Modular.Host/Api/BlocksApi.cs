using Modular.Host.Security;
using Modular.Sdk.Blocks;

namespace Modular.Host.Api;

/// <summary>
/// <c>/api/j/{jurisdiction}/blocks</c>: what reviewers do across plugins — texts awaiting review
/// (accept / return with a comment), nominations at a level (endorse / drop / approve / report up),
/// and what child jurisdictions reported here. Campaign plugins add their own pages.
/// </summary>
public static class BlocksApi
{
    public sealed record CommentInput(string? Comment);
    public sealed record ReasonInput(string? Reason);

    public static void MapBlocksApi(this IEndpointRouteBuilder app)
    {
        var blocks = app.MapGroup("/api/j/{jurisdiction}/blocks").WithTags("blocks").RequireAuthorization(Policies.JurisdictionAdmin);

        blocks.MapGet("/texts/awaiting-review", async (ICountedTexts texts, string? plugin, CancellationToken ct) =>
            await texts.AwaitingReviewAsync(plugin, ct)).WithSummary("Texts submitted or resubmitted and not yet reviewed, oldest first.");
        blocks.MapPost("/texts/{id:long}/accept", async (long id, ICountedTexts texts, CancellationToken ct) =>
            From(await texts.AcceptAsync(id, ct)));
        blocks.MapPost("/texts/{id:long}/return", async (long id, CommentInput input, ICountedTexts texts, CancellationToken ct) =>
            From(await texts.ReturnAsync(id, input.Comment ?? "", ct)));

        blocks.MapGet("/nominations", async (INominations nominations, long? level, string? plugin, NominationStatus? status, CancellationToken ct) =>
            await nominations.ListAsync(level, plugin, status, ct)).WithSummary("This jurisdiction's nominations; level = the organization they wait at.");
        blocks.MapGet("/nominations/reported-to-us", async (INominations nominations, string? plugin, CancellationToken ct) =>
            await nominations.ReportedToUsAsync(plugin, ct)).WithSummary("Approved nominations child jurisdictions reported to this one (read-only).");
        blocks.MapPost("/nominations/{id:long}/endorse", async (long id, ReasonInput? input, INominations nominations, CancellationToken ct) =>
            From(await nominations.EndorseAsync(id, input?.Reason, ct)));
        blocks.MapPost("/nominations/{id:long}/drop", async (long id, ReasonInput input, INominations nominations, CancellationToken ct) =>
            From(await nominations.DropAsync(id, input.Reason ?? "", ct)));
        blocks.MapPost("/nominations/{id:long}/approve", async (long id, ReasonInput? input, INominations nominations, CancellationToken ct) =>
            From(await nominations.ApproveAsync(id, input?.Reason, ct)));
        blocks.MapPost("/nominations/{id:long}/report-up", async (long id, INominations nominations, CancellationToken ct) =>
            From(await nominations.ReportToParentAsync(id, ct)));
    }

    /// <summary>200 with the record, 404 for an unknown id, else 400 with the fields and reasons (RFC 7807).</summary>
    private static IResult From<T>(BlockResult<T> result) =>
        result.Succeeded ? Results.Ok(result.Value)
        : result.Errors.ContainsKey("id") ? Results.NotFound()
        : Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value));
}
