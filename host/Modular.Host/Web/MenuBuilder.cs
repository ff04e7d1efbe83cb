using System.Globalization;
using Modular.Host.Plugins;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Navigation;

namespace Modular.Host.Web;

/// <summary>A menu link or a dashboard card of a plugin that is on for the current jurisdiction.</summary>
public sealed record MenuLink(string Group, string Title, string Url, int Order);
public sealed record WidgetSlot(string PluginId, DashboardWidget Widget, string Title);
public sealed record LedgerLink(string Plugin, Modular.Sdk.Blocks.LedgerEntry Ledger, string Url);

/// <summary>Collects menu entries and dashboard widgets of the plugins switched on for the request's jurisdiction.</summary>
/// <remarks>An entry or card that names roles is shown only to users holding one of them (any scope), so nobody
/// is offered a page that would refuse them.</remarks>
public sealed class MenuBuilder(PluginRegistry plugins, JurisdictionDirectory directory, IJurisdictionContext jurisdiction, LinkGenerator links, IHttpContextAccessor http)
{
    public async Task<IReadOnlyList<MenuLink>> MenuAsync(CancellationToken ct = default)
    {
        var culture = CultureInfo.CurrentUICulture;
        var result = new List<MenuLink>();
        foreach (var plugin in await EnabledPluginsAsync(ct))
        {
            foreach (var entry in plugin.Contributions.MenuEntries.Where(e => MayUse(e.Roles)))
            {
                var url = links.GetPathByPage(entry.Page, handler: null,
                    values: new { area = plugin.Manifest!.Area, jurisdiction = jurisdiction.Required.Code });
                if (url is null) continue; // a page the plugin does not have: skip rather than link to a 404
                result.Add(new MenuLink((entry.Group ?? plugin.Manifest.Name).For(culture), entry.Title.For(culture), url, entry.Order));
            }
        }
        return result;
    }

    public async Task<IReadOnlyList<WidgetSlot>> WidgetsAsync(CancellationToken ct = default)
    {
        var culture = CultureInfo.CurrentUICulture;
        return (await EnabledPluginsAsync(ct))
            .SelectMany(p => p.Contributions.Widgets.Where(w => MayUse(w.Roles)).Select(w => new WidgetSlot(p.Id, w, w.Title.For(culture))))
            .OrderBy(w => w.Widget.Order).ToList();
    }

    /// <summary>The ledgers of the plugins on for the jurisdiction that the user is offered, with their download URL (format and parameters appended).</summary>
    public async Task<IReadOnlyList<LedgerLink>> LedgersAsync(CancellationToken ct = default)
    {
        var culture = CultureInfo.CurrentUICulture;
        return [.. (await EnabledPluginsAsync(ct)).SelectMany(p => p.Contributions.Ledgers.Where(l => l.Listed && MayUse(l.Roles)).Select(l =>
            new LedgerLink(p.Manifest!.Name.For(culture), l, PluginLedgers.UrlOf(jurisdiction.Required.Code, p.Id, l.Key))))];
    }

    private bool MayUse(IReadOnlyList<string> roles) =>
        roles.Count == 0 || http.HttpContext?.User is { } user && roles.Any(user.HasRole);

    private async Task<IReadOnlyList<PluginDescriptor>> EnabledPluginsAsync(CancellationToken ct)
    {
        if (jurisdiction.Current is not { } j) return [];
        var enabled = new List<PluginDescriptor>();
        foreach (var plugin in plugins.Loaded)
            if (await directory.IsEnabledAsync(j.Id, plugin.Id, ct)) enabled.Add(plugin);
        return enabled;
    }
}
