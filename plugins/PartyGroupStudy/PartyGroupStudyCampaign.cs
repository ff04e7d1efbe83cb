namespace Modular.Plugins.PartyGroupStudy;

/// <summary>
/// The current jurisdiction's reading of the plan (<see cref="PartyGroupRules"/>) and its local today, for the services,
/// the obligations and the pages (scoped: read once per request).
/// </summary>
public sealed class PartyGroupStudyCampaign(IPluginSettings<PartyGroupStudyStartup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
    : PluginCampaign<PartyGroupStudyStartup, PartyGroupRules>(settings, jurisdiction, clock)
{
    protected override PartyGroupRules Read(PluginSettingValues values) => PartyGroupRules.From(values);
}
