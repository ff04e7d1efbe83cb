namespace Modular.Plugins.InstituteBranchPlan.Summary;

/// <summary>三(三) 年度总结: the branch's summary (three parts, versions, final) and every member's report, reviewed by the branch.</summary>
public static class SummaryFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<SummaryService>();
        plugin.AddObligationProvider<SummaryObligations>();
        plugin.AddLedger<SummaryService>("member-reports", new("党员个人总结台账", "Members' year-end reports"),
            async (service, query, ct) => Result.Ok(Ledger(await service.BranchReportsAsync(ct))));
        plugin.AddMenuEntry(new MenuEntry(new("年度总结", "Year-end summary"), "/Summary/Index", 80) { Group = InstituteBranchPlanStartup.Group });
    }

    public static LedgerDefinition Ledger(IReadOnlyList<BranchReports> branches) => new(Text.Of("党员个人总结台账", "Members' year-end reports"),
        [new(Text.Of("党支部", "Branch"), Width: 20), new(Text.Of("姓名", "Name"), LedgerColumnType.Person), new(Text.Of("提交日期", "Handed in"), LedgerColumnType.Date),
         new(Text.Of("状态", "State")), new(Text.Of("审阅", "Review")), new(Text.Of("参与活动情况", "Part in the campaign"), Width: 50), new(Text.Of("个人打算履行情况", "Pledge kept"), Width: 50)],
        [.. from b in branches from l in b.Lines
            select (IReadOnlyList<object?>)[b.Branch, l.Name, l.HandedInOn, l.StateName, l.Report is { } r ? ReviewName(r.State) : null,
                l.Parts["participation"], l.Parts["pledge"]]]);

    public static string ReviewName(TextReviewState state) => state switch
    {
        TextReviewState.Accepted => Text.Of("已通过", "Accepted"),
        TextReviewState.Returned => Text.Of("已退回", "Returned"),
        _ => Text.Of("待审阅", "Waiting for review"),
    };

    public static void Map(IEndpointRouteBuilder api)
    {
        var summary = api.MapGroup("/summary").WithTags("institute-branch-plan: year-end summary");
        summary.MapGet("/branches/{branchId:long}", async (long branchId, SummaryService service, CancellationToken ct) => (await service.BranchSummaryAsync(branchId, ct)).ToHttpResult())
            .WithSummary("The branch's summary: its parts, every version with comments, its state against the summary day.");
        summary.MapPut("/branches/{branchId:long}", async (long branchId, BranchSummaryInput input, SummaryService service, CancellationToken ct) =>
            (await service.SaveBranchSummaryAsync(branchId, input, ct)).ToHttpResult())
            .WithSummary("The first draft (version 0) or the next version of the branch's summary; a stale version is 409.");
        summary.MapPost("/branches/{branchId:long}/final", async (long branchId, int version, SummaryService service, CancellationToken ct) =>
            (await service.FinalizeBranchSummaryAsync(branchId, version, ct)).ToHttpResult())
            .WithSummary("定稿: the version read (?version=) becomes final.");
        summary.MapPost("/reports", async (MemberReportInput input, SummaryService service, CancellationToken ct) => (await service.SubmitReportAsync(input, ct)).ToHttpResult())
            .WithSummary("A member's year-end report (their own, or the branch's record of one).");
        summary.MapGet("/reports", async (SummaryService service, CancellationToken ct) => Results.Ok(await service.BranchReportsAsync(ct)));
        summary.MapGet("/reports/mine", async (SummaryService service, CancellationToken ct) => Results.Ok(await service.MyReportAsync(ct)));
        summary.MapPut("/reports/{id:long}/review", async (long id, ReportReviewInput input, SummaryService service, CancellationToken ct) =>
            (await service.ReviewReportAsync(id, input, ct)).ToHttpResult())
            .WithSummary("The branch accepts a report or returns it with what to add.");
    }
}
