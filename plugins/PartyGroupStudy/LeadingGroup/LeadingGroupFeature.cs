namespace Modular.Plugins.PartyGroupStudy.LeadingGroup;

/// <summary>五(一) 领导小组 and 一、范围: who takes part, who leads, who runs the office, and the units each member oversees.</summary>
public static class LeadingGroupFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<GroupOffice>();
        plugin.Services.AddScoped<LeadingGroupService>();
        plugin.AddMenuEntry(new MenuEntry(new("领导小组", "Leading group"), "/LeadingGroup/Index", 1) { Group = PartyGroupStudyStartup.Group });
    }

    public static void ConfigureModel(ModelBuilder b)
    {
        b.ApplyConfiguration(new LeadingGroupConfiguration()); // the members' units; the group and its office are the block's
    }

    /// <summary><c>/api/j/{jurisdiction}/party-group-study/leading-group</c> and <c>/units</c>.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/leading-group").WithTags("party-group-study: leading group");
        group.MapGet("", async (LeadingGroupService service, CancellationToken ct) => (await service.GetAsync(ct)).ToHttpResult())
            .WithSummary("The leading group (every member of the party group), or the one the roster proposes until recorded (recorded: false); each member's units.");
        group.MapPut("", async (LeadingGroupInput input, LeadingGroupService service, CancellationToken ct) => (await service.SaveAsync(input, ct)).ToHttpResult())
            .WithSummary("Records the whole group and the office's director; send the version read (0 the first time): a stale one is 409.");

        var units = api.MapGroup("/units").WithTags("party-group-study: leading group");
        units.MapGet("", async (LeadingGroupService service, CancellationToken ct) => Results.Ok(await service.UnitsAsync(ct)))
            .WithSummary("The units members are in charge of or liaise with (分管和联系单位): everyone's for the office, one's own for a member.");
        units.MapPost("", async (UnitInput input, LeadingGroupService service, CancellationToken ct) => (await service.AddUnitAsync(input, ct)).ToHttpResult())
            .WithSummary("Adds a unit a member oversees (the member, or the office for them).");
        units.MapDelete("/{id:long}", async (long id, LeadingGroupService service, CancellationToken ct) => (await service.RemoveUnitAsync(id, ct)).ToHttpResult())
            .WithSummary("Takes a unit off the list; 409 once a visit to it is recorded.");
    }
}
