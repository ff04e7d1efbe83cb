namespace Modular.Plugins.PartyGroupStudy.Mechanisms;

/// <summary>四(三)4 完善体制机制: the mechanisms set up or revised; the ledger 体制机制台账.</summary>
public static class MechanismFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<MechanismService>();
        plugin.AddLedger<MechanismService>("mechanisms", new("体制机制台账", "Mechanisms ledger"),
            async (service, query, ct) => (await service.ListAsync(ct)).Map(Ledger));
        plugin.AddMenuEntry(new MenuEntry(new("体制机制", "Mechanisms"), "/Mechanisms/Index", 32) { Group = PartyGroupStudyStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new MechanismConfiguration());

    public static LedgerDefinition Ledger(IReadOnlyList<MechanismView> mechanisms) => new("体制机制台账",
        [new("名称", Width: 30), new("新建或修订"), new("所属方面"), new("出台日期", LedgerColumnType.Date), new("主要内容", Width: 50), new("登记人")],
        [.. mechanisms.Select(m => (IReadOnlyList<object?>)[m.Name, MechanismRule.ChangeName(m.Change).ZhCn, MechanismRule.AreaName(m.Area).ZhCn, m.AdoptedOn, m.Summary, m.RecordedBy])]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/mechanisms</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var m = api.MapGroup("/mechanisms").WithTags("party-group-study: mechanisms");
        m.MapGet("", async (MechanismService service, CancellationToken ct) => (await service.ListAsync(ct)).ToHttpResult())
            .WithSummary("The mechanisms set up or revised, in the order adopted.");
        m.MapPost("", async (MechanismInput input, MechanismService service, CancellationToken ct) => (await service.AddAsync(input, ct)).ToHttpResult())
            .WithSummary("Records a mechanism (the office); the same name twice is 409.");
        m.MapPut("/{id:long}", async (long id, MechanismInput input, MechanismService service, CancellationToken ct) => (await service.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Corrects a mechanism at the version read (a stale one is 409).");
    }
}
