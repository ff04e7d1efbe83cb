using Modular.Plugins.MyCampaign.Volunteering;

namespace Modular.Plugins.MyCampaign;

/// <summary>
/// The current jurisdiction's reading of the document (its settings: the document's numbers unless its office changed
/// one) and its local today, for the services, the obligations and the pages (scoped: read once per request).
/// </summary>
public sealed class MyCampaignCampaign(IPluginSettings<MyCampaignStartup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
{
    private VolunteeringRule? _volunteering;

    public IJurisdiction Jurisdiction => jurisdiction.Required;

    /// <summary>The volunteer-service item's numbers for this jurisdiction.</summary>
    public async Task<VolunteeringRule> VolunteeringAsync(CancellationToken cancellationToken = default) =>
        _volunteering ??= VolunteeringRule.From(await settings.ForCurrentJurisdictionAsync(cancellationToken));

    /// <summary>Today in the jurisdiction's time zone, never the server's.</summary>
    public DateOnly Today => Jurisdiction.Today(clock);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>An instant as the jurisdiction's clocks showed it (what pages show).</summary>
    public DateTime WallClock(DateTimeOffset at) => Jurisdiction.WallClock(at);
}
