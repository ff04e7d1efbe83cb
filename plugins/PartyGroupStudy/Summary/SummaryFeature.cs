using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.Summary;

/// <summary>四(三)5 形成总结报告: the party group's report, drafted in versions, made final and submitted to the county leading group.</summary>
public static class SummaryFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<SummaryService>();
        plugin.AddPlanSteps<SummarySteps>();
        plugin.AddMenuEntry(new MenuEntry(new("总结报告", "Summary report"), "/Summary/Index", 33) { Group = PartyGroupStudyStartup.Group });
    }

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/summary-report</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var s = api.MapGroup("/summary-report").WithTags("party-group-study: summary report");
        s.MapGet("", async (SummaryService service, CancellationToken ct) => (await service.GetAsync(ct)).ToHttpResult())
            .WithSummary("The report (null before a draft), every version with its comments, and the day it went up.");
        s.MapPut("", async (SummaryInput input, SummaryService service, CancellationToken ct) => (await service.SaveAsync(input, ct)).ToHttpResult())
            .WithSummary("The first draft (version 0) or the next version from the one read (a stale one is 409).");
        s.MapPost("/comments", async (SummaryCommentInput input, SummaryService service, CancellationToken ct) => (await service.CommentAsync(input, ct)).ToHttpResult())
            .WithSummary("A comment on a version by a member of the group or the office.");
        s.MapPost("/finalize", async (int version, SummaryService service, CancellationToken ct) => (await service.FinalizeAsync(version, ct)).ToHttpResult())
            .WithSummary("定稿 at the version read (?version=).");
        s.MapPost("/submit", async (int version, SummaryService service, CancellationToken ct) => (await service.SubmitAsync(version, ct)).ToHttpResult())
            .WithSummary("上报: submits the final report to the parent jurisdiction (?version=), once.");
    }
}
