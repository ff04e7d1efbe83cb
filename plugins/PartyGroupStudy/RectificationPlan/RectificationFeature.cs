using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.RectificationPlan;

/// <summary>四(三)1–2 制定整改落实方案、集中解决突出问题: the plan, its items, opinions, the public pledge, each item done; the ledger 整改落实台账.</summary>
public static class RectificationFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<RectificationService>();
        plugin.AddPlanSteps<RectificationSteps>();
        plugin.AddLedger<RectificationService>("rectification", new("整改落实台账", "Rectification ledger"),
            async (service, query, ct) => (await service.GetAsync(ct)).Map(Ledger));
        plugin.AddMenuEntry(new MenuEntry(new("整改落实", "Rectification"), "/Rectification/Index", 30) { Group = PartyGroupStudyStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b)
    {
        b.ApplyConfiguration(new RectificationPlanConfiguration());
        b.ApplyConfiguration(new PlanOpinionRoundConfiguration());
        b.ApplyConfiguration(new ImmediateDueConfiguration());
    }

    public static LedgerDefinition Ledger(PlanView plan) => new("整改落实台账",
        [new("整改事项", Width: 36), new("问题来源"), new("责任领导"), new("整改方式"), new("完成期限", LedgerColumnType.Date), new("整改措施", Width: 36),
         new("状态"), new("完成日期", LedgerColumnType.Date), new("整改结果", Width: 40), new("公开承诺")],
        [.. plan.Items.Select(i => (IReadOnlyList<object?>)[i.Problem, i.FoundIn, i.Lead, RectificationRule.ModeName(i.Mode).ZhCn, i.Deadline, i.Measures,
            RectificationRule.StateName(i.State).ZhCn, i.CompletedOn, i.Evidence, i.Published ? "是" : "否"])]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/rectification</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var r = api.MapGroup("/rectification").WithTags("party-group-study: rectification");
        r.MapGet("", async (RectificationService service, CancellationToken ct) => (await service.GetAsync(ct)).ToHttpResult())
            .WithSummary("The plan (once adopted), its items with their state, and the opinion rounds.");
        r.MapPut("/plan", async (PlanInput input, RectificationService service, CancellationToken ct) => (await service.AdoptAsync(input, ct)).ToHttpResult())
            .WithSummary("The special meeting adopts the plan (四有、四突出), or a new edition of it at the version read (0 for the first).");
        r.MapPost("/plan/publish", async (int version, RectificationService service, CancellationToken ct) => (await service.PublishAsync(version, ct)).ToHttpResult())
            .WithSummary("公开承诺: publishes the adopted plan and its items (?version= the plan's version read).");
        r.MapPost("/items", async (ItemInput input, RectificationService service, CancellationToken ct) => (await service.AddItemAsync(input, ct)).ToHttpResult())
            .WithSummary("Adds an item (the office).");
        r.MapPut("/items/{id:long}", async (long id, ItemInput input, RectificationService service, CancellationToken ct) => (await service.UpdateItemAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Changes an item at the version read (a stale one is 409).");
        r.MapPost("/items/{id:long}/complete", async (long id, CompletionInput input, RectificationService service, CancellationToken ct) => (await service.CompleteAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Records an item done with its evidence (its lead member or the office).");
        r.MapPost("/opinions", async (OpinionInput input, RectificationService service, CancellationToken ct) => (await service.AddOpinionsAsync(input, ct)).ToHttpResult())
            .WithSummary("Records a round of opinions on the adopted plan (forum or written).");
    }
}
