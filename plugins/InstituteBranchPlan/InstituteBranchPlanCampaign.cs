namespace Modular.Plugins.InstituteBranchPlan;

/// <summary>
/// The current jurisdiction's reading of the plan (<see cref="InstituteRules"/>) and its local today, for the services,
/// the obligations and the pages (scoped: read once per request).
/// </summary>
public sealed class InstituteBranchPlanCampaign(IPluginSettings<InstituteBranchPlanStartup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
    : PluginCampaign<InstituteBranchPlanStartup, InstituteRules>(settings, jurisdiction, clock)
{
    protected override InstituteRules Read(PluginSettingValues values) => InstituteRules.From(values);
}
