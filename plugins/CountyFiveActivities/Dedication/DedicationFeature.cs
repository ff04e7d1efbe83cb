using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Dedication;

/// <summary>
/// 五项活动之二 “岗位奉献” (实施方案 二(二)2): organizations hold 业务练兵、劳动竞赛、科技创新; members get a post with a
/// duty (设岗定责) and pledge by it (依岗承诺, a post pledge in the pledges block). Its kind of pledge, service, tables and API.
/// </summary>
public static class DedicationFeature
{
    public static readonly BlockKind PostPledgeKind = new(CountyStartup.PluginId, "post-pledge");

    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<DedicationService>();
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b)
    {
        b.Entity<DedicationRecord>().Numbered("dedication_records").Property(x => x.Kind).HasConversion<string>();
        b.Entity<MemberPost>().Numbered("member_posts");
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/dedication/records", async (RecordInput input, DedicationService service, CancellationToken ct) =>
            (await service.RecordAsync(input, ct)).ToHttpResult());

        api.MapPost("/dedication/posts", async (PostInput input, DedicationService service, CancellationToken ct) =>
            (await service.SetPostAsync(input, ct)).ToHttpResult());

        api.MapGet("/dedication", async (DedicationService service, CancellationToken ct) => Results.Ok(await service.VisibleAsync(ct)));
    }
}
