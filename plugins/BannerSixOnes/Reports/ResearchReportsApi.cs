using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

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
        reports.MapGet("/{id:long}", async (long id, ResearchReports service, CancellationToken ct) =>
        {
            if (await service.FindAsync(id, ct) is not { } text) return Results.NotFound();
            if (!await service.MayReadAsync(text.AuthorPersonId, ct)) return SixOnesApi.Forbidden(Text.Of("无权查看他人的调研报告。", "You may not read this report."));
            var row = (await service.RowsAsync(ct)).First(r => r.Id == id);
            return Results.Ok(new { row, body = text.Body, steps = await service.StepsAsync(id, ct) });
        }).WithSummary("The report, its body and every step (who, when, what).");
        reports.MapPost("", async (ReportInput input, ResearchReports service, CancellationToken ct) =>
        {
            if (await service.AuthorOfAsync(input.PersonId, ct) is not { } personId)
                return SixOnesApi.Refused("personId", Text.Of("您的账号未关联党员名册，请指定领导干部。", "Your account is not linked to the roster; give the person."));
            if (await service.WriteRefusalAsync(personId, ct) is { } why) return SixOnesApi.Forbidden(why);
            var result = await service.SubmitAsync(personId, input, ct);
            if (!result.Succeeded) return SixOnesApi.From(result);
            return Results.Ok((await service.RowsAsync(ct)).First(r => r.Id == result.Value!.Id));
        }).WithSummary("Submits (or replaces, until accepted) a leading cadre's report for the campaign year: title, topic (专项), body.");

        reports.MapPost("/{id:long}/accept", async (long id, CommentInput? input, ResearchReports service, CancellationToken ct) =>
            await OfficeActsAsync(id, service, text => service.AcceptAsync(text, input?.Comment, ct), ct));
        reports.MapPost("/{id:long}/return", async (long id, CommentInput input, ResearchReports service, CancellationToken ct) =>
            await OfficeActsAsync(id, service, text => service.ReturnAsync(text, input.Comment, ct), ct));
        reports.MapPost("/{id:long}/shortlist", async (long id, ReasonInput input, ResearchReports service, CancellationToken ct) =>
            await OfficeActsAsync(id, service, text => service.ShortlistAsync(text, input.Reason, ct), ct))
            .WithSummary("择优: an accepted report becomes an approved ResearchReport nomination at the leading group's office.");
        reports.MapPost("/{id:long}/report-up", async (long id, ResearchReports service, CancellationToken ct) =>
            await OfficeActsAsync(id, service, text => service.ReportUpAsync(text, ct), ct))
            .WithSummary("上报: a shortlisted report goes to the parent jurisdiction (the league).");

        reports.MapGet("/ledger", async (string? format, ResearchReports service, SixOnesCampaign campaign, CancellationToken ct) =>
            Results.Extensions.Ledger(ResearchReportLedger.Build(await service.VisibleRowsAsync(ct), (await campaign.RulesAsync(ct)).Year), LedgerFormats.Parse(format)))
            .WithSummary("调研报告台账 (.xlsx, or format=csv): 姓名, 单位, 题目, 字数, 提交日期, 评审, 择优, 上报.");
        reports.MapGet("/progress", async (DateOnly? asOf, ResearchReportItem item, SixOnesCampaign campaign, ICurrentUser user, CancellationToken ct) =>
            Results.Ok(await item.VisibleProgressAsync(await campaign.RulesAsync(ct), asOf ?? campaign.Today, user, ct)));
        reports.MapGet("/mine", async (ResearchReportItem item, SixOnesCampaign campaign, ICurrentUser user, IRoster roster, CancellationToken ct) =>
            await user.PersonIdAsync(ct) is { } me && await roster.FindAsync(me, ct) is { } person
                && await item.ForMemberAsync(await campaign.RulesAsync(ct), person, campaign.Today, ct) is { } status
                ? Results.Ok(status)
                : Results.Content("null", "application/json")); // not a leading cadre: the item does not apply
    }

    private static async Task<IResult> OfficeActsAsync<T>(long id, ResearchReports service, Func<CountedTextInfo, Task<Result<T>>> act, CancellationToken ct)
    {
        if (await service.FindAsync(id, ct) is not { } text) return Results.NotFound();
        if (service.OfficeRefusal() is { } why) return SixOnesApi.Forbidden(why);
        return SixOnesApi.From(await act(text));
    }
}
