using System.Globalization;
using Modular.Host.Plugins;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Modules;
using Modular.Sdk;
using Modular.Sdk.Core;
using Modular.Sdk.Navigation;

namespace Modular.Host.Web;

/// <summary>A menu link (a core page's, or a page of a plugin that is on for the current jurisdiction) or a dashboard card of such a plugin.</summary>
public sealed record MenuLink(string Group, string Title, string Url, int Order);
public sealed record WidgetSlot(string PluginId, DashboardWidget Widget, string Title);
public sealed record LedgerLink(string Plugin, Modular.Sdk.Blocks.LedgerEntry Ledger, string Url);

/// <summary>
/// Collects the menu of the request's jurisdiction: the core pages' links, which each core module declares
/// (<see cref="IModule.Menu"/>) beside the host's own, and the menu entries and dashboard widgets of the
/// plugins switched on for it.
/// </summary>
/// <remarks>An entry or card that names roles is shown only to users holding one of them (any scope), so nobody
/// is offered a page that would refuse them.</remarks>
public sealed class MenuBuilder(PluginRegistry plugins, JurisdictionDirectory directory, IJurisdictionContext jurisdiction, LinkGenerator links, IHttpContextAccessor http)
{
    /// <summary>The host's own pages in the menu: the workbench, the ledgers and the office's plugin switches.</summary>
    internal static readonly IReadOnlyList<ModuleMenuEntry> HostEntries =
    [
        new(MenuSection.Workspace, "/Workspace/Dashboard", "工作台", "Dashboard", 0),
        new(MenuSection.Workspace, "/Workspace/Ledgers", "台账下载", "Ledgers", 90) { Roles = KnownRoles.Overseers },
        new(MenuSection.Office, "/Office/Setup", "开通向导", "Setup checklist", 5) { Roles = [KnownRoles.JurisdictionAdmin] },
        new(MenuSection.Office, "/Office/Plugins", "活动模块", "Campaign modules", 10) { Roles = [KnownRoles.JurisdictionAdmin] },
    ];

    /// <summary>Every core entry: the host's and those of the modules, in the order of the module list.</summary>
    internal static IReadOnlyList<ModuleMenuEntry> CoreEntries { get; } = [.. HostEntries, .. ModularApp.CoreModules.SelectMany(m => m.Menu)];

    /// <summary>The core pages of one section the user may open, in order, with their URLs in the current jurisdiction.</summary>
    public IReadOnlyList<MenuLink> Core(MenuSection section)
    {
        if (jurisdiction.Current is not { } j) return [];
        var culture = CultureInfo.CurrentUICulture;
        var result = new List<MenuLink>();
        foreach (var entry in CoreEntries.Where(e => e.Section == section && MayUse(e.Roles)).OrderBy(e => e.Order))
        {
            var url = links.GetPathByPage(entry.Page, handler: null, values: new { jurisdiction = j.Code });
            if (url is null) continue; // a page no assembly serves (CoreModuleTests checks there is none): no link to a 404
            result.Add(new MenuLink(section.ToString(), new LocalizedText(entry.TitleZhCn, entry.TitleEn).For(culture), url, entry.Order));
        }
        return result;
    }

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
