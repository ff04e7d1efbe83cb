using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.PersonalReports;

/// <summary>四(二)1–2 个人分析检查报告（四对照、四查摆）and the opinions sought on it; the ledger 个人分析检查报告台账.</summary>
public static class PersonalReportFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<PersonalReportService>();
        plugin.AddPlanSteps<PersonalReportSteps>();
        plugin.AddMenuEntry(new MenuEntry(new("个人分析检查报告", "Personal analysis reports"), "/PersonalReports/Index", 20) { Group = PartyGroupStudyStartup.Group });
        plugin.AddLedger<PersonalReportService>("personal-reports", new("个人分析检查报告台账", "Personal analysis reports"),
            async (service, query, ct) => Result.Ok(Ledger(await service.ReportsAsync(ct))));
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new ReportOpinionConfiguration());

    public static LedgerDefinition Ledger(IReadOnlyList<PersonalReportView> reports) => new("个人分析检查报告台账",
        [new("党组成员"), new("稿次", LedgerColumnType.Integer), new("定稿日期", LedgerColumnType.Date), new("字数", LedgerColumnType.Integer), new("状态"),
         new("基层意见（条）", LedgerColumnType.Integer), new("群众意见（条）", LedgerColumnType.Integer), new("意见摘录", Width: 50)],
        [.. reports.Select(r => (IReadOnlyList<object?>)[r.Member, r.Document?.Version, r.FinalOn, r.Document?.CharacterCount, r.State.Label(),
            r.FromGrassroots, r.FromPublic, string.Join("；", r.Opinions.Select(o => $"{o.ReceivedOn:MM-dd} {o.SourceName}：{o.Text}"))])]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/personal-reports</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/personal-reports").WithTags("party-group-study: personal analysis reports");
        reports.MapGet("", async (PersonalReportService service, CancellationToken ct) => Results.Ok(await service.ReportsAsync(ct)))
            .WithSummary("The reports the caller may read (everyone's for the office and inspectors, their own for a member), with versions and opinions.");
        reports.MapGet("/{personId:long}", async (long personId, PersonalReportService service, CancellationToken ct) => (await service.FindAsync(personId, ct)).ToHttpResult())
            .WithSummary("One member's report with every version.");
        reports.MapPost("", async (PersonalReportInput input, PersonalReportService service, CancellationToken ct) => (await service.SaveAsync(input, ct)).ToHttpResult())
            .WithSummary("The first draft (version 0) or the next version of a report, the five parts each required; a stale version is 409.");
        reports.MapPost("/final", async (FinalizeInput input, PersonalReportService service, CancellationToken ct) => (await service.FinalizeAsync(input, ct)).ToHttpResult())
            .WithSummary("定稿: the version read becomes final.");
        reports.MapPost("/opinions", async (OpinionInput input, PersonalReportService service, CancellationToken ct) => (await service.RecordOpinionAsync(null, input, ct)).ToHttpResult())
            .WithSummary("Records an opinion on a member's report from the grassroots or the public.");
        reports.MapPut("/opinions/{id:long}", async (long id, OpinionInput input, PersonalReportService service, CancellationToken ct) => (await service.RecordOpinionAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Corrects an opinion; send the version read (a stale one is 409).");
    }
}
