namespace Modular.Plugins.BannerSixOnes.Dashboards;

/// <summary>旗创先争优办、支部书记、党员的看板: services, menu and API.</summary>
public static class DashboardsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<SixOnesDashboards>();
        plugin.AddMenuEntry(new MenuEntry(new("我的六个一", "My six ones"), "/Dashboard/Mine", 1) { Group = SixOnesStartup.Group });
        plugin.AddMenuEntry(new MenuEntry(new("进度看板", "Progress dashboard"), "/Dashboard/Index", 2)
        {
            Group = SixOnesStartup.Group, Roles = KnownRoles.Overseers,
        });
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        // Who the caller is to this plugin: their roster entry and the organizations they answer for.
        api.MapGet("/me", async (ICurrentUser user, IRoster roster, CancellationToken ct) => Results.Ok(new
        {
            user.UserId, user.DisplayName, user.IsJurisdictionAdmin, user.OfficerOf, user.InspectorOf, person = await user.PersonAsync(roster, ct),
        }));

        api.MapGet("/dashboard/office", async (long? organization, SixOnesDashboards dashboards, CancellationToken ct) =>
            (await dashboards.OfficeAsync(organization, ct)).ToHttpResult());

        api.MapGet("/dashboard/members", async (long? organization, SixOnesDashboards dashboards, CancellationToken ct) =>
            (await dashboards.MembersAsync(organization, ct)).ToHttpResult());

        api.MapGet("/dashboard/mine", async (SixOnesDashboards dashboards, CancellationToken ct) => (await dashboards.MineAsync(ct)).ToHttpResult());
    }
}
