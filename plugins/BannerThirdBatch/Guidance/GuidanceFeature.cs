using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Visits;

namespace Modular.Plugins.BannerThirdBatch.Guidance;

/// <summary>
/// 三(二) 指导小组 and 指导检查组: the groups the banner and the sumu/towns send, their coverage (units without one flagged), and a
/// member's “my units”; pages <c>/Guidance</c> and <c>/Guidance/Mine</c>.
/// </summary>
public static class GuidanceFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<GuidanceService>();
        plugin.Services.AddUnitFigures<GuidanceFigures>();
        plugin.AddMenuEntry(new MenuEntry(new("指导小组和指导检查组", "Guidance groups"), "/Guidance/Index", 21) { Group = BannerThirdBatchStartup.Group });
        plugin.AddMenuEntry(new MenuEntry(new("我指导的单位", "My units to guide"), "/Guidance/Mine", 22) { Group = BannerThirdBatchStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b) => b.ApplyConfiguration(new GuidanceGroupConfiguration());

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/guidance/...</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/guidance").WithTags("banner-third-batch: guidance groups");
        group.MapGet("/groups", async (GuidanceService service, CancellationToken ct) => Results.Ok(await service.ListAsync(ct)))
            .WithSummary("The guidance groups the caller reads (banner groups first, then each sumu/town's).");
        group.MapGet("/groups/{id:long}", async (long id, GuidanceService service, CancellationToken ct) => (await service.FindAsync(id, ct)).ToHttpResult());
        group.MapPost("/groups", async (GuidanceGroupInput input, GuidanceService service, CancellationToken ct) => (await service.SaveAsync(null, input, ct)).ToHttpResult())
            .WithSummary("Sends a group: senderTownId empty for a banner group (the office), a sumu/town's (its officers or the office) covers only its own gacha and communities.");
        group.MapPut("/groups/{id:long}", async (long id, GuidanceGroupInput input, GuidanceService service, CancellationToken ct) => (await service.SaveAsync(id, input, ct)).ToHttpResult())
            .WithSummary("Changes a group; send the version read (a stale one is 409).");
        group.MapGet("/coverage", async (GuidanceService service, CancellationToken ct) => Results.Ok(await service.CoverageAsync(ct)))
            .WithSummary("Each unit against a banner group, each gacha and community against its town's group; the units without one.");
        group.MapGet("/mine", async (VisitService service, CancellationToken ct) => Results.Ok(await service.MineAsync(ct)))
            .WithSummary("The units of the groups the signed-in person is in, with their state and open follow-ups.");
    }
}
