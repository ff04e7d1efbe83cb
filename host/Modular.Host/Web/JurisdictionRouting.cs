using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Modular.Host.Plugins;
using Modular.Jurisdictions;

namespace Modular.Host.Web;

/// <summary>
/// After routing: fixes the request's jurisdiction from the <c>{jurisdiction}</c> route value, and
/// answers 404 for a plugin's page or API where the plugin is not loaded or not switched on.
/// </summary>
public sealed class JurisdictionRouting(RequestDelegate next)
{
    public const string RouteKey = "jurisdiction";

    public async Task InvokeAsync(HttpContext http, JurisdictionDirectory directory, JurisdictionContext jurisdiction, PluginRegistry plugins)
    {
        if (http.GetRouteValue(RouteKey) is string code)
        {
            var found = await directory.FindByCodeAsync(code, http.RequestAborted);
            if (found is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            jurisdiction.Set(found);
            // The jurisdiction's language is the default; a user's own choice (cookie) wins.
            if (http.Features.Get<IRequestCultureFeature>() is { Provider: null })
            {
                CultureInfo.CurrentCulture = found.Culture;
                CultureInfo.CurrentUICulture = found.Culture;
            }
        }

        if (http.GetEndpoint()?.Metadata.GetMetadata<PluginEndpointMetadata>() is { } owner)
        {
            var plugin = plugins.Find(owner.PluginId);
            var on = plugin is { IsLoaded: true } && jurisdiction.Current is { } j
                     && await directory.IsEnabledAsync(j.Id, owner.PluginId, http.RequestAborted);
            if (!on)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }

        await next(http);
    }
}
