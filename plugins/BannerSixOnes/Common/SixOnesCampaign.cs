namespace Modular.Plugins.BannerSixOnes.Common;

/// <summary>The current jurisdiction's rules and its local today, for pages, endpoints and items (scoped).</summary>
public sealed class SixOnesCampaign(IPluginSettings<SixOnesStartup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
{
    private SixOnesRules? _rules;

    public IJurisdiction Jurisdiction => jurisdiction.Required;

    public async Task<SixOnesRules> RulesAsync(CancellationToken cancellationToken = default) =>
        _rules ??= SixOnesRules.From(await settings.ForCurrentJurisdictionAsync(cancellationToken));

    /// <summary>Today in the jurisdiction's time zone (the boundary of every "by" date).</summary>
    public DateOnly Today => Jurisdiction.Today(clock);

    public DateTimeOffset Now => clock.GetUtcNow();
}
