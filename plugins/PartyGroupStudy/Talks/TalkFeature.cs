using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.Talks;

/// <summary>四(二)2 谈心交心: the talks between members, each member's progress, the ledger 谈心谈话台账.</summary>
public static class TalkFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<TalkService>();
        plugin.AddPlanSteps<TalkSteps>();
        plugin.AddMenuEntry(new MenuEntry(new("谈心交心", "Heart-to-heart talks"), "/Talks/Index", 21) { Group = PartyGroupStudyStartup.Group });
        plugin.AddLedger<TalkService>("talks", new("谈心谈话台账", "Heart-to-heart talks"), async (service, query, ct) =>
        {
            var read = await service.ReadAsync(ct);
            return read.Succeeded ? Result.Ok(Ledger(read.Value!)) : Refuse.As(read);
        });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new HeartTalkConfiguration());

    public static LedgerDefinition Ledger(TalksView view) => new("谈心谈话台账",
        [new("谈心日期", LedgerColumnType.Date), new("党组成员"), new("谈心对象"), new("谈心内容", Width: 50), new("登记人")],
        [.. view.Talks.OrderBy(t => t.TalkedOn).Select(t => (IReadOnlyList<object?>)[t.TalkedOn, t.PersonA, t.PersonB, t.Topics, t.RecordedBy])]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/talks</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var talks = api.MapGroup("/talks").WithTags("party-group-study: heart-to-heart talks");
        talks.MapGet("", async (TalkService service, CancellationToken ct) => (await service.ReadAsync(ct)).ToHttpResult())
            .WithSummary("The pairs the plan asks for, each member's progress and the talks the caller may read.");
        talks.MapPost("", async (TalkInput input, TalkService service, CancellationToken ct) => (await service.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("Records a talk between two members (once per pair, whichever is named first; a second is 409).");
        talks.MapPut("/{id:long}", async (long id, TalkInput input, TalkService service, CancellationToken ct) => (await service.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Corrects a talk; send the version read (a stale one is 409).");
    }
}
