namespace Modular.Sdk.Demo;

/// <summary>
/// A plugin's part of the demo a first run shows: where its campaign was issued, the settings that run
/// it in the current year, and months of activity recorded through the plugin's own services — so a
/// newcomer's first sign-in shows a believable mix of done, late and missing work and every chart has
/// data. Register it with <see cref="IPluginBuilder.AddDemoData{TDemo}"/>; the host calls it once, when
/// it creates the demo jurisdictions (never on a real deployment's data).
/// </summary>
public interface IDemoContribution
{
    /// <summary>
    /// The demo jurisdictions (by code, RULES.md's table: <c>alxa-right</c>, <c>xx-county</c>,
    /// <c>ciomp-grating</c>, <c>county-gov</c>, <c>alxa-league</c>) whose office issued this campaign.
    /// The host switches the plugin on there, and only there.
    /// </summary>
    IReadOnlyList<string> IssuedIn { get; }

    /// <summary>
    /// The setting values that run the campaign around <paramref name="today"/> (the document's dates
    /// moved into the current year); settings left out keep the document's values.
    /// </summary>
    IReadOnlyDictionary<string, string?> Settings(DateOnly today);

    /// <summary>Records the campaign's activity so far, as its offices and members would have, through the plugin's services.</summary>
    Task SeedAsync(IDemoSeeding demo, CancellationToken cancellationToken);
}

/// <summary>
/// What the host gives a plugin's demo: the jurisdiction (already switched on with the demo settings)
/// and ways to act in it as its people would, at the times they would have.
/// </summary>
public interface IDemoSeeding
{
    IJurisdiction Jurisdiction { get; }

    /// <summary>The jurisdiction's today when the demo is created.</summary>
    DateOnly Today { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in a fresh scope of the jurisdiction, signed in as the given demo
    /// account (<c>{code}-admin</c> the office, <c>{code}-secretary</c>, <c>{code}-member</c>, ...),
    /// so the plugin's services check permissions exactly as for that person's request.
    /// </summary>
    Task AsAsync(string userName, Func<IServiceProvider, Task> work);

    /// <summary>
    /// Runs <paramref name="work"/> with the clock (the host's <see cref="TimeProvider"/>) set back to
    /// <paramref name="instant"/>, so time windows and "recorded at" are those of the day the work was
    /// done. Instants after now are refused. Nest it inside or outside <see cref="AsAsync"/>.
    /// </summary>
    Task AtAsync(DateTimeOffset instant, Func<Task> work);

    /// <summary>The instant of a local day and time in the jurisdiction's time zone (e.g. a note written at 21:00).</summary>
    DateTimeOffset LocalInstant(DateOnly day, TimeOnly time) =>
        new(day.ToDateTime(time), Jurisdiction.TimeZone.GetUtcOffset(day.ToDateTime(time)));
}
