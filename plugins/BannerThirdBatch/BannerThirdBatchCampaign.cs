namespace Modular.Plugins.BannerThirdBatch;

/// <summary>
/// The current jurisdiction's reading of the document (<see cref="ThirdBatchRules"/>) and its local today, for the services,
/// the obligations and the pages (scoped: read once per request).
/// </summary>
public sealed class BannerThirdBatchCampaign(IPluginSettings<BannerThirdBatchStartup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
    : PluginCampaign<BannerThirdBatchStartup, ThirdBatchRules>(settings, jurisdiction, clock)
{
    protected override ThirdBatchRules Read(PluginSettingValues values) => ThirdBatchRules.From(values);
}
