namespace Modular.Plugins.CountyFiveActivities.Common;

/// <summary>The current jurisdiction's rules and its local today, for pages and endpoints (scoped).</summary>
public sealed class CountyCampaign(IPluginSettings<CountyStartup> settings, IJurisdictionContext jurisdiction, TimeProvider clock)
{
    private CountyRules? _rules;

    public IJurisdiction Jurisdiction => jurisdiction.Required;

    public async Task<CountyRules> RulesAsync(CancellationToken cancellationToken = default) =>
        _rules ??= CountyRules.From(await settings.ForCurrentJurisdictionAsync(cancellationToken));

    /// <summary>Today in the jurisdiction's time zone (the boundary of every “before” date).</summary>
    public DateOnly Today => Jurisdiction.Today(clock);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>An instant as the jurisdiction's clocks show it (pages show times this way, never the server's or UTC).</summary>
    public DateTimeOffset LocalTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Jurisdiction.TimeZone);

    /// <summary>The jurisdiction's calendar day of an instant.</summary>
    public DateOnly LocalDay(DateTimeOffset at) => Jurisdiction.DayOf(at);
}
