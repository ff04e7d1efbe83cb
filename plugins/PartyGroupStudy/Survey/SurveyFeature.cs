using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.Survey;

/// <summary>四(三)3 群众满意度测评: the anonymous round, codes for the public sheet, paper sheets, the published result; the ledger 满意度测评结果.</summary>
public static class SurveyFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<SurveyService>();
        plugin.AddPlanSteps<SurveySteps>();
        plugin.AddLedger<SurveyService>("satisfaction-survey", new("满意度测评结果", "Satisfaction survey results"),
            async (service, query, ct) => (await service.GetAsync(ct)).Map(Ledger));
        plugin.AddMenuEntry(new MenuEntry(new("满意度测评", "Satisfaction survey"), "/Survey/Index", 31) { Group = PartyGroupStudyStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new SurveyRecordConfiguration());

    public static LedgerDefinition Ledger(SurveyView? survey) => new("满意度测评结果",
        [new("测评内容", Width: 36), new("答卷数", LedgerColumnType.Integer), new("满意", LedgerColumnType.Integer), new("基本满意", LedgerColumnType.Integer),
         new("不满意", LedgerColumnType.Integer), new("满意和基本满意占比（%）", LedgerColumnType.Decimal), new("结果公布日期", LedgerColumnType.Date)],
        [.. (survey?.Results ?? []).Select(q => (IReadOnlyList<object?>)[SurveyRule.Questions.First(x => x.Key == q.Key).Prompt.ZhCn, q.Responses,
            q.Options[0].Count, q.Options[1].Count, q.Options[2].Count, Math.Round(q.SatisfiedShare * 100, 1), survey!.PublishedOn])]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/survey</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var s = api.MapGroup("/survey").WithTags("party-group-study: satisfaction survey");
        s.MapGet("", async (SurveyService service, CancellationToken ct) => (await service.GetAsync(ct)).ToHttpResult())
            .WithSummary("The survey (null before it is set up); its results for the office and inspectors, for members once published.");
        s.MapPost("", async (SurveyInput input, SurveyService service, CancellationToken ct) => (await service.CreateAsync(input, ct)).ToHttpResult())
            .WithSummary("Sets up the anonymous round once: stage-2 evaluators and people who raised problems (at least survey.raiserPercent of all).");
        s.MapPost("/codes", async (int count, SurveyService service, CancellationToken ct) => (await service.IssueCodesAsync(count, ct)).ToHttpResult())
            .WithSummary("Issues one-time codes (?count=) for the public answer sheet; no more than the evaluators.");
        s.MapPost("/paper", async (PaperTallyInput input, SurveyService service, CancellationToken ct) => (await service.AddPaperAsync(input, ct)).ToHttpResult())
            .WithSummary("Adds paper sheets counted by the office: question → option → count.");
        s.MapPost("/publish", async (int version, SurveyService service, CancellationToken ct) => (await service.PublishAsync(version, ct)).ToHttpResult())
            .WithSummary("结果公布: closes the round and publishes the result (?version= read).");
    }
}
