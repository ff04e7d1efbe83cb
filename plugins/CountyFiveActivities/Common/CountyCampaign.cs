namespace Modular.Plugins.CountyFiveActivities.Common;

/// <summary>The current jurisdiction's county contest rules and its local today, for pages and endpoints (scoped).</summary>
public sealed class CountyCampaign(IPluginSettings<CountyStartup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
    : PluginCampaign<CountyStartup, CountyRules>(settings, jurisdiction, clock)
{
    protected override CountyRules Read(PluginSettingValues values) => CountyRules.From(values);
}
