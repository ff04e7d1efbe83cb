using Modular.Modules;
using Modular.Sdk;

namespace Modular.Host.Plugins;

/// <summary>
/// Setup checklist, step 4: switch on the campaign modules whose plans the jurisdiction issued and set their dates and
/// numbers. A module counts as set up once its settings were saved here (until then it runs on its document's
/// defaults, whose dates are usually another year's).
/// </summary>
internal sealed class PluginsSetupStep(PluginCatalog catalog, IJurisdictionContext jurisdiction) : ISetupStep
{
    public int Order => 40;
    public string Title => Text.Of("启用活动模块并设置日期", "Switch on campaign modules and set their dates");
    public string Description => Text.Of("只启用本辖区印发或采用的实施方案，再在各模块的“设置”里填写本辖区的日期和数字。",
        "Switch on only the plans your jurisdiction issued or adopted, then enter your own dates and numbers in each module's settings.");
    public string PageUrl(string jurisdictionCode) => $"/j/{jurisdictionCode}/office/plugins";

    public async Task<SetupProgress> ProgressAsync(CancellationToken cancellationToken = default)
    {
        var on = (await catalog.ForJurisdictionAsync(jurisdiction.Required.Id, cancellationToken)).Where(p => p.Enabled).ToList();
        if (on.Count == 0) return new(0, 1, Text.Of("尚未启用任何活动模块。", "No campaign module is on yet."));
        var set = on.Count(p => p.Settings.Count == 0 || p.Settings.Any(s => !s.IsDefault));
        return new(set, on.Count, Text.Of($"已启用 {on.Count} 个模块，其中 {set} 个已设置。", $"{on.Count} modules on, {set} of them set."));
    }
}
