using Modular.Plugins.BannerSixOnes.Common;
using Modular.Plugins.BannerSixOnes.Items;

namespace Modular.Plugins.BannerSixOnes.Reports;

/// <summary>
/// <c>/reports/...</c>: a leading cadre's research report; the office's review, 择优 and 上报. The league's
/// office reads what was reported up through the host's <c>GET /api/j/{league}/blocks/nominations/reported-to-us?plugin=banner-six-ones</c>.
/// </summary>
public static class ResearchReportsApi
{
    public sealed record CommentInput(string? Comment);
    public sealed record ReasonInput(string? Reason);

    public static void Map(IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/reports");

        reports.MapGet("", async (ResearchReports service, CancellationToken ct) => Results.Ok(await service.VisibleRowsAsync(ct)))
            .WithSummary("This year's reports the caller may see (their own; their organizations'; all for the office).");
        reports.MapGet("/{id:long}", async (long id, ResearchReports service, CancellationToken ct) => (await service.ReadAsync(id, ct)).ToHttpResult())
            .WithSummary("The report, its body and every step (who, when, what).");
        reports.MapPost("", async (ReportInput input, ResearchReports service, CancellationToken ct) => (await service.FileAsync(input, ct)).ToHttpResult())
            .WithSummary("Submits (or replaces, until accepted) a leading cadre's report for the campaign year: title, topic (专项), body.");

        reports.MapPost("/{id:long}/accept", async (long id, CommentInput? input, ResearchReports service, CancellationToken ct) =>
            (await service.AcceptAsync(id, input?.Comment, ct)).ToHttpResult());
        reports.MapPost("/{id:long}/return", async (long id, CommentInput input, ResearchReports service, CancellationToken ct) =>
            (await service.ReturnAsync(id, input.Comment, ct)).ToHttpResult());
        reports.MapPost("/{id:long}/shortlist", async (long id, ReasonInput input, ResearchReports service, CancellationToken ct) =>
            (await service.ShortlistAsync(id, input.Reason, ct)).ToHttpResult())
            .WithSummary("择优: an accepted report becomes an approved ResearchReport nomination at the leading group's office.");
        reports.MapPost("/{id:long}/report-up", async (long id, ResearchReports service, CancellationToken ct) =>
            (await service.ReportUpAsync(id, ct)).ToHttpResult())
            .WithSummary("上报: a shortlisted report goes to the parent jurisdiction (the league).");
        reports.MapGet("/received", async (ReceivedReports service, CancellationToken ct) => (await service.ListAsync(ct)).ToHttpResult())
            .WithSummary("The receiving office (league, region): research reports child jurisdictions reported here, with this office's appraisal and forward.");
        reports.MapGet("/received/{from:int}/{id:long}", async (int from, long id, ReceivedReports service, CancellationToken ct) => (await service.ReadAsync(from, id, ct)).ToHttpResult())
            .WithSummary("One report reported here, in full; 404 for anything not reported here.");
        reports.MapPost("/received/{from:int}/{id:long}/appraise", async (int from, long id, AppraisalInput input, ReceivedReports service, CancellationToken ct) =>
            (await service.AppraiseAsync(from, id, input, ct)).ToHttpResult())
            .WithSummary("评比 once (grade 一等/二等/三等/优秀/未获奖, comment), optionally forwarding the report one level further (forward: true); 409 after.");
        reports.MapGet("/progress", async (DateOnly? asOf, ResearchReportItem item, CallerItems items, CancellationToken ct) =>
            Results.Ok(await items.ProgressSeenAsync(item, asOf, ct)));
        reports.MapGet("/mine", async (ResearchReportItem item, CallerItems items, CancellationToken ct) => (await items.MineAsync(item, ct)).ToHttpResult())
            .WithSummary("The caller's own item 5 (null unless a leading cadre).");
    }
}
