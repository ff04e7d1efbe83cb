using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Plugins.BannerSixOnes.Dashboards;

/// <summary>旗创先争优办、支部书记、党员的看板: services, menu and API.</summary>
public static class DashboardsFeature
{
    public static void Register(IPluginBuilder plugin)
    {
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
    }
}
