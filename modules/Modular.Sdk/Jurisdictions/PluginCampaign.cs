using Modular.Sdk.Settings;

namespace Modular.Sdk;

/// <summary>
/// A plugin's campaign as the current jurisdiction runs it: its reading of the document (the plugin's settings, the
/// document's numbers unless the office changed one, read once per request) and the jurisdiction's clock, so "today",
/// "late" and "this year" are the jurisdiction's, never the server's. Register the plugin's subclass as scoped and
/// inject it into services, obligations and pages.
/// </summary>
/// <typeparam name="TStartup">The plugin's startup class (the marker its settings are registered under).</typeparam>
/// <typeparam name="TRules">The plugin's rules record, built from the settings by <see cref="Read"/>.</typeparam>
public abstract class PluginCampaign<TStartup, TRules>(IPluginSettings<TStartup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
    where TRules : class
{
    private TRules? _rules;

    /// <summary>The jurisdiction of the request or job; throws outside one.</summary>
    public IJurisdiction Jurisdiction => jurisdiction.Required;

    /// <summary>The jurisdiction's rules for this campaign (cached for the request).</summary>
    public async Task<TRules> RulesAsync(CancellationToken cancellationToken = default) =>
        _rules ??= Read(await settings.ForCurrentJurisdictionAsync(cancellationToken));

    /// <summary>The plugin's rules from its settings' values.</summary>
    protected abstract TRules Read(PluginSettingValues values);

    /// <summary>Today in the jurisdiction's time zone (the boundary of every "by" date).</summary>
    public DateOnly Today => Jurisdiction.Today(clock);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The jurisdiction's calendar day of an instant.</summary>
    public DateOnly LocalDay(DateTimeOffset at) => Jurisdiction.DayOf(at);

    /// <summary>What the jurisdiction's clocks showed at an instant (pages and ledgers show times this way).</summary>
    public DateTime WallClock(DateTimeOffset at) => Jurisdiction.WallClock(at);
}
