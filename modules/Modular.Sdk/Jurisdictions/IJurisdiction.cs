using System.Globalization;

namespace Modular.Sdk;

/// <summary>A jurisdiction (tenant): a banner, a county, an institute, a party group.</summary>
public interface IJurisdiction
{
    int Id { get; }
    /// <summary>The short code in URLs: <c>/j/{code}/...</c>.</summary>
    string Code { get; }
    string Name { get; }
    TimeZoneInfo TimeZone { get; }
    CultureInfo Culture { get; }

    /// <summary>Today's date where the jurisdiction is.</summary>
    DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZone).DateTime);
}

/// <summary>
/// The jurisdiction of the current request (or job run), fixed once resolved, and this plugin's
/// settings for it. Inject it into pages, endpoints and services.
/// </summary>
public interface IJurisdictionContext
{
    /// <summary>Null outside a jurisdiction (e.g. the platform admin's pages).</summary>
    IJurisdiction? Current { get; }

    IJurisdiction Required => Current ?? throw new InvalidOperationException("This request has no jurisdiction.");
}
