namespace Modular.Plugins.BannerSixOnes.Common;

/// <summary>The current jurisdiction's six-ones rules and its local today, for pages, endpoints and items (scoped).</summary>
public sealed class SixOnesCampaign(IPluginSettings<SixOnesStartup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
    : PluginCampaign<SixOnesStartup, SixOnesRules>(settings, jurisdiction, clock)
{
    protected override SixOnesRules Read(PluginSettingValues values) => SixOnesRules.From(values);
}
