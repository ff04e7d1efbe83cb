using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.GroupReport;

/// <summary>四(二)3–4 党组分析检查报告: drafted, discussed, revised, evaluated by the public, final and submitted up; the ledger 群众评议结果.</summary>
public static class GroupReportFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<GroupReportService>();
        plugin.AddPlanSteps<GroupReportSteps>();
        plugin.AddMenuEntry(new MenuEntry(new("党组分析检查报告", "The group's analysis report"), "/GroupReport/Index", 23) { Group = PartyGroupStudyStartup.Group });
        plugin.AddLedger<GroupReportService>("report-evaluation", new("群众评议结果", "Public evaluation of the group's report"), async (service, query, ct) =>
        {
            var read = await service.ReadAsync(ct);
            return read.Succeeded ? Result.Ok(Ledger(read.Value!)) : Refuse.As(read);
        });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new ReportEvaluationConfiguration());

    /// <summary>One row per question: how many answered each option and the average; then the codes per group of evaluators. Names no evaluator.</summary>
    public static LedgerDefinition Ledger(GroupReportView view)
    {
        var e = view.Evaluation;
        return new("群众评议结果",
            [new("评议内容", Width: 30), new("有效票", LedgerColumnType.Integer), .. GroupReportRule.Judgement.Options.Select(o => new LedgerColumn(o.Label.ZhCn, LedgerColumnType.Integer)),
             new("平均分（满分4）", LedgerColumnType.Decimal)],
            e is null ? [] :
            [
                .. e.Questions.Select(q => (IReadOnlyList<object?>)[q.Prompt, q.Responses, .. q.Counts.Cast<object?>(), q.Average]),
                .. e.Codes.Select(c => (IReadOnlyList<object?>)[$"发放评议码：{GroupReportRule.GroupName(c.Group).ZhCn}", c.Codes, null, null, null, null, null]),
            ]);
    }

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/group-report</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var report = api.MapGroup("/group-report").WithTags("party-group-study: the group's analysis report");
        report.MapGet("", async (GroupReportService service, CancellationToken ct) => (await service.ReadAsync(ct)).ToHttpResult())
            .WithSummary("The group's report: its parts, every version with who commented what, the public evaluation and whether it was submitted.");
        report.MapPost("", async (GroupReportInput input, GroupReportService service, CancellationToken ct) => (await service.SaveAsync(input, ct)).ToHttpResult())
            .WithSummary("The office's first draft (version 0) or next version, the four parts each required; a stale version is 409.");
        report.MapPost("/comments", async (ReportCommentInput input, GroupReportService service, CancellationToken ct) => (await service.CommentAsync(input, ct)).ToHttpResult())
            .WithSummary("A member's comment on a version of the report.");
        report.MapPost("/final", async (ReportVersionInput input, GroupReportService service, CancellationToken ct) => (await service.FinalizeAsync(input, ct)).ToHttpResult())
            .WithSummary("定稿: the version read becomes final.");
        report.MapPost("/submit", async (ReportVersionInput input, GroupReportService service, CancellationToken ct) => (await service.SubmitAsync(input, ct)).ToHttpResult())
            .WithSummary("报县委领导小组: the final report, at the version read, goes to the parent jurisdiction, once.");
        report.MapPost("/evaluation", async (GroupReportService service, CancellationToken ct) => (await service.OpenEvaluationAsync(ct)).ToHttpResult())
            .WithSummary("Opens the anonymous public evaluation of the report (five questions).");
        report.MapPost("/evaluation/codes", async (EvaluationCodesInput input, GroupReportService service, CancellationToken ct) => (await service.IssueCodesAsync(input, ct)).ToHttpResult())
            .WithSummary("One-time codes for a group of evaluators (town heads, department heads, grassroots representatives), shown this once for the slips.");
        report.MapPost("/evaluation/slips", async (SlipInput input, GroupReportService service, CancellationToken ct) => (await service.EnterSlipAsync(input, ct)).ToHttpResult())
            .WithSummary("The office enters a paper slip by its code; every question answered.");
        report.MapPost("/evaluation/close", async (GroupReportService service, CancellationToken ct) => (await service.CloseEvaluationAsync(ct)).ToHttpResult())
            .WithSummary("Closes the evaluation.");
    }
}
