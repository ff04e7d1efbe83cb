namespace Modular.Plugins.BannerThirdBatch.LeadingGroup;

/// <summary>三(二) 旗学习实践活动领导小组 and each member's liaison point (联系点) in a sumu/town: the page <c>/LeadingGroup</c> and its API.</summary>
public static class LeadingGroupFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<LeadingGroupService>();
        plugin.AddMenuEntry(new MenuEntry(new("领导小组和联系点", "Leading group and liaison points"), "/LeadingGroup/Index", 20) { Group = BannerThirdBatchStartup.Group });
    }

    /// <summary><c>/api/j/{jurisdiction}/banner-third-batch/leading-group</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/leading-group").WithTags("banner-third-batch: leading group");
        group.MapGet("", async (LeadingGroupService service, CancellationToken ct) => (await service.GetAsync(ct)).ToHttpResult())
            .WithSummary("The leading group with each member's liaison point; members without one and the towns with who liaises with each.");
        group.MapPut("", async (LeadingGroupInput input, LeadingGroupService service, CancellationToken ct) => (await service.SaveAsync(input, ct)).ToHttpResult())
            .WithSummary("Records the whole group (the office); send the version read (0 the first time): a stale one is 409.");
    }
}
