using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Contest;

public sealed record AnswersInput(Dictionary<int, string?>? Answers, bool Submit = false);

/// <summary>
/// <c>/contest/…</c>: the bank and contest setup for the office (旗委组织部, the jurisdiction admin), answering for
/// members (for themselves only), rankings for the office at any time and for everyone once published.
/// </summary>
public static class ContestApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/contest");
        MapBank(group);
        MapContests(group);
        MapAnswering(group);
        MapResults(group);
    }

    private static void MapBank(RouteGroupBuilder group)
    {
        group.MapGet("/questions", async (string? category, string? kind, QuestionBank bank, CancellationToken ct) =>
            (await bank.BrowseAsync(category, kind, ct)).ToHttpResult());

        // Multipart with one file (any field name); the bearer-token API needs no antiforgery token.
        group.MapPost("/questions/import", async (HttpRequest request, QuestionBank bank, CancellationToken ct) =>
        {
            var (content, fileName) = await UploadedFileAsync(request, ct);
            return (await bank.ImportAsync(content, fileName, ct)).ToHttpResult(ImportAnswer);
        }).DisableAntiforgery();

        group.MapPost("/questions", async (QuestionInput input, QuestionBank bank, CancellationToken ct) => (await bank.CreateAsync(input, ct)).ToHttpResult());

        group.MapPut("/questions/{id:long}", async (long id, QuestionInput input, QuestionBank bank, CancellationToken ct) =>
            (await bank.UpdateAsync(id, input, ct)).ToHttpResult());

        group.MapDelete("/questions/{id:long}", async (long id, QuestionBank bank, CancellationToken ct) =>
            (await bank.DeleteAsync(id, ct)).ToHttpResult(_ => Results.NoContent()));
    }

    private static void MapContests(RouteGroupBuilder group)
    {
        // Members see published contests; the office sees drafts too.
        group.MapGet("/contests", async (ContestSetup setup, CancellationToken ct) => Results.Ok(await setup.ListAsync(ct)));

        group.MapGet("/contests/{id:long}", async (long id, ContestSetup setup, CancellationToken ct) => (await setup.ReadAsync(id, ct)).ToHttpResult());

        group.MapPost("/contests", async (ContestInput input, ContestSetup setup, CancellationToken ct) => (await setup.CreateAsync(input, ct)).ToHttpResult());

        group.MapPut("/contests/{id:long}", async (long id, ContestInput input, ContestSetup setup, CancellationToken ct) =>
            (await setup.UpdateAsync(id, input, ct)).ToHttpResult());

        group.MapPost("/contests/{id:long}/publish", async (long id, ContestSetup setup, CancellationToken ct) =>
            (await setup.PublishAsync(id, ct)).ToHttpResult());

        group.MapPost("/contests/{id:long}/publish-rankings", async (long id, ContestSetup setup, CancellationToken ct) =>
            (await setup.PublishRankingsAsync(id, ct)).ToHttpResult());
    }

    private static void MapAnswering(RouteGroupBuilder group)
    {
        // Start (or resume) the caller's own attempt: the paper without answers and the deadline.
        group.MapPost("/contests/{id:long}/attempt", async (long id, Answering answering, CancellationToken ct) =>
            (await answering.StartMineAsync(id, ct)).ToHttpResult());

        group.MapGet("/contests/{id:long}/attempt", async (long id, Answering answering, CancellationToken ct) =>
            (await answering.MineAsync(id, ct)).ToHttpResult());

        // Save answers (and hand in with submit = true) — accepted up to the deadline, inclusive.
        group.MapPut("/contests/{id:long}/attempt", async (long id, AnswersInput input, Answering answering, CancellationToken ct) =>
            (await answering.SaveMineAsync(id, input.Answers ?? [], input.Submit, ct)).ToHttpResult());
    }

    private static void MapResults(RouteGroupBuilder group)
    {
        // Item 6 as the dashboards see it, per organization (own members), as of a day (default today): the office and auditors.
        group.MapGet("/progress", async (DateOnly? asOf, ContestItem item, CallerItems items, CancellationToken ct) =>
            (await items.AllProgressAsync(item, asOf, ct)).ToHttpResult());

        // The caller's own item 6: the upcoming contest with its window, or their score.
        group.MapGet("/me", async (ContestItem item, CallerItems items, CancellationToken ct) =>
            (await items.MineAsync(item, Refuse.NotFound(Text.Of("账号未关联党员名册。", "Your account is not linked to the roster.")), ct)).ToHttpResult());

        group.MapGet("/contests/{id:long}/participation", async (long id, Rankings rankings, CancellationToken ct) =>
            (await rankings.ParticipationAsync(id, ct)).ToHttpResult());

        group.MapGet("/contests/{id:long}/rankings", async (long id, Rankings rankings, CancellationToken ct) =>
            (await rankings.ReadAsync(id, ct)).ToHttpResult());

        group.MapPut("/contests/{id:long}/teams", async (long id, TeamScoreInput input, TeamScoring teams, CancellationToken ct) =>
            (await teams.RecordAsync(id, input, ct)).ToHttpResult());

        group.MapDelete("/contests/{id:long}/teams/{scoreId:long}", async (long id, long scoreId, TeamScoring teams, CancellationToken ct) =>
            (await teams.DeleteAsync(id, scoreId, ct)).ToHttpResult(_ => Results.NoContent()));
    }

    /// <summary>The request's first uploaded file, or no content when it carries none (or is no form at all).</summary>
    private static async Task<(byte[]? Content, string? FileName)> UploadedFileAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) return (null, null);
        var form = await request.ReadFormAsync(ct);
        if (form.Files.FirstOrDefault() is not { } file) return (null, null);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return (buffer.ToArray(), file.FileName);
    }

    /// <summary>An import is all or nothing: 200 with the counts, or 400 listing each bad cell (row, column) under <c>errors</c>.</summary>
    private static IResult ImportAnswer(ImportOutcome outcome) => outcome.Succeeded
        ? Results.Ok(new { created = outcome.Created, updated = outcome.Updated })
        : Results.Problem(title: Text.Of("题库文件有误，未导入任何题目", "The file has errors; nothing was imported."),
            detail: string.Join("\n", outcome.Errors), statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = outcome.Errors });
}
