namespace Modular.Plugins.InstituteBranchPlan.LeadingGroup;

/// <summary>四(一) 领导小组: who leads the branch's campaign; they act as its office in every item (<see cref="BranchOffice"/>).</summary>
public static class LeadingGroupFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<BranchOffice>();
        plugin.Services.AddScoped<LeadingGroupService>();
        plugin.AddMenuEntry(new MenuEntry(new("领导小组", "Leading group"), "/LeadingGroup/Index", 1) { Group = InstituteBranchPlanStartup.Group });
    }

    /// <summary><c>/api/j/{jurisdiction}/institute-branch-plan/branches/{id}/leading-group</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/branches/{branchId:long}/leading-group").WithTags("institute-branch-plan: leading group");
        group.MapGet("", async (long branchId, LeadingGroupService service, CancellationToken ct) => (await service.GetAsync(branchId, ct)).ToHttpResult())
            .WithSummary("The branch's leading group, or the one the roster's officers suggest until it is recorded (recorded: false).");
        group.MapPut("", async (long branchId, LeadingGroupInput input, LeadingGroupService service, CancellationToken ct) =>
            (await service.SaveAsync(branchId, input, ct)).ToHttpResult())
            .WithSummary("Records the whole group; send the version read (0 the first time): a stale one is 409.");
    }
}
