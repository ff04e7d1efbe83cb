using Modular.Host.Plugins;
using Modular.Jurisdictions;
using Modular.Jurisdictions.Api;
using Modular.Modules;
using Modular.Sdk;

namespace Modular.Host.Api;

/// <summary>
/// The plugin endpoints: which plugins are installed and used (<c>/api/admin/plugins</c>), and a jurisdiction's
/// office switching them and setting their numbers (<c>/api/j/{jurisdiction}/plugins</c>). They stay in the host,
/// unlike the core modules' APIs: they read the host's plugin registry (what was loaded, each manifest's settings).
/// </summary>
internal static class PluginAdminApi
{
    public sealed record SwitchInput(bool Enabled, Dictionary<string, string?>? Settings, int? Version);

    public static void MapPluginAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("platform admin").RequireAuthorization(Policies.PlatformAdmin);
        admin.MapGet("/plugins", async (PluginCatalog catalog, CancellationToken ct) => await catalog.UsageAsync(ct));

        var office = app.MapGroup("/api/j/{jurisdiction}").WithTags("jurisdiction");

        office.MapGet("/plugins", async (PluginCatalog catalog, IJurisdictionContext j, CancellationToken ct) =>
            await catalog.ForJurisdictionAsync(j.Required.Id, ct)).RequireAuthorization(Policies.JurisdictionAdmin);

        office.MapPut("/plugins/{pluginId}", async (string pluginId, SwitchInput input, PluginRegistry registry, PluginSwitchEditor editor,
            IJurisdictionContext j, CancellationToken ct) =>
        {
            if (registry.Find(pluginId) is not { Manifest: { } manifest }) return Results.NotFound();
            return ApiResults.From(await editor.SaveAsync(j.Required.Id, pluginId, manifest.Settings, input.Enabled, input.Settings, input.Version, ct));
        }).RequireAuthorization(Policies.JurisdictionAdmin);
    }
}
