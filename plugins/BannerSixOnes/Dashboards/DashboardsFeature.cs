using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.BannerSixOnes.Common;
using Modular.Sdk;
using Modular.Sdk.Core;
using Modular.Sdk.Navigation;

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
        api.MapGet("/me", async (ICurrentUser user, IRoster roster, CancellationToken ct) =>
        {
            var personId = await user.PersonIdAsync(ct);
            var person = personId is { } id ? await roster.FindAsync(id, ct) : null;
            return Results.Ok(new { user.UserId, user.DisplayName, user.IsJurisdictionAdmin, user.OfficerOf, user.InspectorOf, person });
        });

        api.MapGet("/dashboard/office", async (long? organization, ICurrentUser user, SixOnesDashboards dashboards, CancellationToken ct) =>
        {
            var scope = organization ?? DashboardAccess.DefaultScope(user);
            if (await DashboardAccess.MaySeeAsync(user, scope, ct) == DashboardAccess.Verdict.Forbidden)
                return SixOnesApi.Forbidden("只能查看本组织及下级的进度");
            var view = await dashboards.OfficeAsync(scope, ct);
            return scope is not null && view.Scope is null ? Results.NotFound() : Results.Ok(view);
        });

        api.MapGet("/dashboard/members", async (long? organization, ICurrentUser user, SixOnesDashboards dashboards, CancellationToken ct) =>
        {
            if ((organization ?? DashboardAccess.DefaultScope(user)) is not { } scope)
                return SixOnesApi.Refused("organization", "请指定组织");
            if (!await user.MaySeeOrganizationAsync(scope, ct))
                return SixOnesApi.Forbidden("只能查看本组织及下级的党员");
            return await dashboards.MembersAsync(scope, ct) is { } view ? Results.Ok(view) : Results.NotFound();
        });

        api.MapGet("/dashboard/mine", async (ICurrentUser user, SixOnesDashboards dashboards, CancellationToken ct) =>
            await user.PersonIdAsync(ct) is { } person && await dashboards.MineAsync(person, ct) is { } mine
                ? Results.Ok(mine)
                : SixOnesApi.Refused("person", "您的账号尚未关联党员信息，请联系管理员"));
    }
}
