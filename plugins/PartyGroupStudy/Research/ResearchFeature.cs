using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.Research;

/// <summary>四(一)3 开展课题调研: each member's topic and research report, accepted or returned by the office.</summary>
public static class ResearchFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<ResearchService>();
        plugin.Services.AddScoped<ResearchSteps>();
        plugin.AddPlanSteps<ResearchSteps>();
        plugin.AddMenuEntry(new MenuEntry(new("课题调研和解放思想讨论", "Research and discussion"), "/Research/Index", 12) { Group = PartyGroupStudyStartup.Group });
        plugin.AddLedger<ResearchService>("research", new("课题调研台账", "Research topics and reports"),
            async (service, query, ct) => (await service.OverviewAsync(ct)).Map(Ledger));
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new ResearchTopicConfiguration());

    /// <summary>课题调研台账: one row per member: topic, report, state, accepted on.</summary>
    public static LedgerDefinition Ledger(ResearchOverview overview) => new(Text.Of("课题调研台账", "Research topics and reports"),
        [new(Text.Of("党组成员", "Member"), LedgerColumnType.Person), new(Text.Of("调研课题", "Topic"), Width: 40), new(Text.Of("确定日期", "Chosen on"), LedgerColumnType.Date),
         new(Text.Of("报告字数", "Report (characters)"), LedgerColumnType.Integer), new(Text.Of("进展", "Where it stands"), Width: 24),
         new(Text.Of("验收日期", "Accepted on"), LedgerColumnType.Date), new(Text.Of("状态", "State")), new(Text.Of("退回意见", "Returned, why"), Width: 30)],
        [.. overview.Members.Select(m => (IReadOnlyList<object?>)[m.Name, m.Topic?.Topic, m.Topic?.ChosenOn, m.Report?.Characters, m.StageName, m.AcceptedOn, m.StateName,
            m.Report is { State: TextReviewState.Returned } r ? r.ReviewComment : null])]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/research</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var research = api.MapGroup("/research").WithTags("party-group-study: research");
        research.MapGet("", async (ResearchService service, CancellationToken ct) => (await service.OverviewAsync(ct)).ToHttpResult())
            .WithSummary("Every member's topic and report with where it stands against stage 1's end (one's own for a member).");
        research.MapPost("/topics", async (TopicInput input, ResearchService service, CancellationToken ct) => (await service.ChooseTopicAsync(input, ct)).ToHttpResult())
            .WithSummary("A member fixes their topic (the office for them: personId); a second for the same member is 409.");
        research.MapPut("/topics/{personId:long}", async (long personId, TopicInput input, ResearchService service, CancellationToken ct) =>
            (await service.ChangeTopicAsync(personId, input, ct)).ToHttpResult())
            .WithSummary("Changes a member's topic; send the version read (a stale one is 409).");
        research.MapPost("/reports", async (ReportInput input, ResearchService service, CancellationToken ct) => (await service.SubmitReportAsync(input, ct)).ToHttpResult())
            .WithSummary("Hands in the report on the member's topic (again after a return); an accepted one is final.");
        research.MapGet("/reports/{id:long}", async (long id, ResearchService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        research.MapPost("/reports/{id:long}/accept", async (long id, ResearchService service, CancellationToken ct) => (await service.AcceptAsync(id, ct)).ToHttpResult())
            .WithSummary("The office accepts a report: the member's research is done that day.");
        research.MapPost("/reports/{id:long}/return", async (long id, ReviewInput input, ResearchService service, CancellationToken ct) => (await service.ReturnAsync(id, input, ct)).ToHttpResult())
            .WithSummary("The office returns a report with its comment; the member hands it in again.");
    }
}
