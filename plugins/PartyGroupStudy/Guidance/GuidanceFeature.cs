using Modular.Plugins.PartyGroupStudy.Common;

namespace Modular.Plugins.PartyGroupStudy.Guidance;

/// <summary>五(二) 强化督导检查: each member guides the campaigns of the units they are in charge of or liaise with; the visits and their ledger.</summary>
public static class GuidanceFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<GuidanceService>();
        plugin.AddPlanSteps<GuidanceSteps>();
        plugin.AddLedger<GuidanceService>("guidance-visits", new("分管和联系单位指导台账", "Guidance of the units members oversee"),
            async (service, query, ct) => Result.Ok(Ledger(await service.VisitsAsync(ct))));
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new GuidanceVisitConfiguration());

    public static LedgerDefinition Ledger(IReadOnlyList<VisitView> visits) => new("分管和联系单位指导台账",
        [new("党组成员"), new("单位", Width: 24), new("指导日期", LedgerColumnType.Date), new("督导重点"), new("发现的问题和情况", Width: 40), new("后续措施", Width: 30), new("登记人")],
        [.. visits.Select(v => (IReadOnlyList<object?>)[v.Member, v.Unit, v.VisitedOn, GuidanceRule.FocusName(v.Focus).ZhCn, v.Findings, v.FollowUp, v.RecordedBy])]);

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/guidance-visits</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var visits = api.MapGroup("/guidance-visits").WithTags("party-group-study: guidance of units");
        visits.MapGet("", async (int? page, int? pageSize, GuidanceService service, CancellationToken ct) =>
            Results.Ok(ListPage.Of(await service.VisitsAsync(ct), new PageRequest(page, pageSize))))
            .WithSummary("The visits the caller may read (everyone's for the office, their own for a member), latest first.");
        visits.MapGet("/coverage", async (GuidanceService service, CancellationToken ct) => Results.Ok(await service.CoverageAsync(ct)))
            .WithSummary("Each member's units and how many have had a visit.");
        visits.MapGet("/{id:long}", async (long id, GuidanceService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        visits.MapPost("", async (VisitInput input, GuidanceService service, CancellationToken ct) => (await service.RecordAsync(input, ct)).ToHttpResult())
            .WithSummary("Records a visit to a unit the member oversees (the member, or the office for them).");
        visits.MapPut("/{id:long}", async (long id, VisitInput input, GuidanceService service, CancellationToken ct) => (await service.UpdateAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Corrects a visit; send the version read (a stale one is 409).");
    }
}
