using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Innovation;

/// <summary>
/// 五项活动之五 “组织创新” (实施方案 二(二)5): an organization declares itself a candidate 基层党建示范单位 with the
/// standards it meets; the level above recognizes it only when all five are met. Its service, table and API.
/// </summary>
public static class InnovationFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<InnovationService>();
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b) => b.Entity<DemonstrationUnit>().OnePerOrganization("demonstration_units").Ignore(x => x.MeetsAllStandards);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/innovation/{organizationId:long}", async (long organizationId, CandidateInput input, InnovationService service, CancellationToken ct) =>
            (await service.DeclareAsync(organizationId, input, ct)).ToHttpResult());

        api.MapPost("/innovation/{organizationId:long}/recognize", async (long organizationId, RecognizeInput input, InnovationService service, CancellationToken ct) =>
            (await service.RecognizeAsync(organizationId, input, ct)).ToHttpResult());

        api.MapGet("/innovation", async (InnovationService service, CancellationToken ct) => Results.Ok(await service.VisibleAsync(ct)));
    }
}
