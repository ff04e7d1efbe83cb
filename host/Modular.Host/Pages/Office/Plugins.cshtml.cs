using Microsoft.AspNetCore.Mvc;
using Modular.Host.Plugins;
using Modular.Jurisdictions;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Host.Pages.Office;

public sealed class PluginsModel(PluginCatalog catalog, PluginRegistry registry, PluginSwitchEditor editor, IJurisdictionContext jurisdiction) : FormPageModel
{
    public IReadOnlyList<PluginCatalog.PluginView> Plugins { get; private set; } = [];
    public string Code => jurisdiction.Required.Code;

    public async Task OnGetAsync(CancellationToken ct) => Plugins = await catalog.ForJurisdictionAsync(jurisdiction.Required.Id, ct);

    public async Task<IActionResult> OnPostAsync(string pluginId, bool enabled, int? version, CancellationToken ct)
    {
        if (registry.Find(pluginId) is not { Manifest: { } manifest }) return NotFound();
        var result = await editor.SaveAsync(jurisdiction.Required.Id, pluginId, manifest.Settings, enabled, settings: null, version, ct);
        if (result.Succeeded)
            Notice = enabled ? Text.Of($"已启用“{manifest.Name.ZhCn}”。", $"\"{manifest.Name.En}\" is on.") : Text.Of($"已停用“{manifest.Name.ZhCn}”，数据仍保留。", $"\"{manifest.Name.En}\" is off; its data is kept.");
        else ShowErrors(result.Errors);
        Plugins = await catalog.ForJurisdictionAsync(jurisdiction.Required.Id, ct);
        return Page();
    }
}
