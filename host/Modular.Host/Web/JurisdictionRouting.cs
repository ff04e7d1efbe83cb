using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using Modular.Host.Plugins;
using Modular.Identity;
using Modular.Jurisdictions;

namespace Modular.Host.Web;

/// <summary>
/// After routing and authentication, for every <c>/j/{jurisdiction}/...</c> and
/// <c>/api/j/{jurisdiction}/...</c> route — the host's and every plugin's:
/// <list type="bullet">
/// <item>resolves the jurisdiction and fixes it for the request (unknown or archived: 404);</item>
/// <item>requires a signed-in user of that very jurisdiction (anyone else: 404, so nothing is revealed);</item>
/// <item>answers 404 for a plugin's page or API where the plugin is not loaded or not switched on.</item>
/// </list>
/// This is the one place tenant isolation is enforced for requests.
/// </summary>
public sealed class JurisdictionRouting(RequestDelegate next)
{
    public const string RouteKey = "jurisdiction";

    public async Task InvokeAsync(HttpContext http, JurisdictionDirectory directory, JurisdictionContext jurisdiction, PluginRegistry plugins)
    {
        if (http.GetRouteValue(RouteKey) is string code)
        {
            if (http.User.Identity?.IsAuthenticated != true)
            {
                await http.ChallengeAsync();
                return;
            }
            var found = await directory.FindByCodeAsync(code, http.RequestAborted);
            if (found is null || http.User.GetJurisdictionId() != found.Id)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            jurisdiction.Set(found);
            ApplyLanguage(http, found.Culture);
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

    /// <summary>The user's own choice (cookie, query, profile) wins; else the jurisdiction's language.</summary>
    private static void ApplyLanguage(HttpContext http, CultureInfo jurisdictionCulture)
    {
        var feature = http.Features.Get<IRequestCultureFeature>();
        var chosen = feature is { Provider: not null };
        var preferred = http.User.FindFirst(ModularClaims.Language)?.Value;
        var culture = chosen ? CultureInfo.CurrentUICulture : preferred is not null ? CultureInfo.GetCultureInfo(preferred) : jurisdictionCulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        // Kept on the request too: middleware that answers after an exception (ConstraintViolations) runs outside this call.
        http.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(culture), feature?.Provider));
    }
}
