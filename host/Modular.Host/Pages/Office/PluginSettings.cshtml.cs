using Microsoft.AspNetCore.Mvc;
using Modular.Host.Plugins;
using Modular.Jurisdictions;
using Modular.Modules.Web;
using Modular.Sdk;

namespace Modular.Host.Pages.Office;

public sealed class PluginSettingsModel(PluginCatalog catalog, PluginRegistry registry, PluginSwitchEditor editor, IJurisdictionContext jurisdiction) : FormPageModel
{
    public PluginCatalog.PluginView Plugin { get; private set; } = null!;
    public Dictionary<string, string?>? Posted { get; private set; }
    public string Code => jurisdiction.Required.Code;

    public async Task<IActionResult> OnGetAsync(string pluginId, CancellationToken ct) => await LoadAsync(pluginId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string pluginId, Dictionary<string, string?> settings, int? version, CancellationToken ct)
    {
        if (!await LoadAsync(pluginId, ct)) return NotFound();
        var manifest = registry.Find(pluginId)!.Manifest!;
        var result = await editor.SaveAsync(jurisdiction.Required.Id, pluginId, manifest.Settings, Plugin.Enabled, settings, version, ct);
        if (result.Succeeded)
        {
            Notice = Text.Of("设置已保存，期限和要求已按新值计算。", "Settings saved; deadlines and requirements now use them.");
            await LoadAsync(pluginId, ct);
        }
        else
        {
            ShowErrors(result.Errors);
            Posted = settings; // show what was typed, with the reasons beside it
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string pluginId, CancellationToken ct)
    {
        var found = (await catalog.ForJurisdictionAsync(jurisdiction.Required.Id, ct)).FirstOrDefault(p => p.Id == pluginId);
        if (found is null) return false;
        Plugin = found;
        return true;
    }
}
