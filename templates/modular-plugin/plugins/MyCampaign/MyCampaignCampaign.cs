using Modular.Plugins.MyCampaign.Volunteering;

namespace Modular.Plugins.MyCampaign;

/// <summary>
/// The current jurisdiction's reading of the document (its settings: the document's numbers unless its office changed
/// one) and its local today, for the services, the obligations and the pages (scoped: read once per request).
/// The SDK's <see cref="PluginCampaign{TStartup, TRules}"/> does the work: <c>RulesAsync</c>, <c>Today</c>, <c>WallClock</c>.
/// </summary>
public sealed class MyCampaignCampaign(IPluginSettings<MyCampaignStartup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
    : PluginCampaign<MyCampaignStartup, VolunteeringRule>(settings, jurisdiction, clock)
{
    /// <summary>The volunteer-service item's numbers for this jurisdiction (a plugin with more items reads one rules record for all).</summary>
    protected override VolunteeringRule Read(PluginSettingValues values) => VolunteeringRule.From(values);
}
