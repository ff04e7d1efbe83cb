using System.Globalization;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Sdk.Manifest;

namespace Modular.Plugins.CountyFiveActivities.Demo;

/// <summary>The document's dates (plugin.json's date settings and their defaults), which the demo moves into the current years.</summary>
public sealed record DocumentDates(IReadOnlyDictionary<string, DateOnly> Dates)
{
    public static DocumentDates Of(PluginManifest manifest) => new(manifest.Settings.Where(s => s.Type == SettingType.Date)
        .ToDictionary(s => s.Key, s => DateOnly.ParseExact(s.Default, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
}

/// <summary>
/// The five-activity contest as XX县 runs it, moved so that it is under way this year: every date of
/// the document shifted by the same whole number of years, so that today falls in stage 3 (对标定位、
/// 晋档升级) and stages 1 and 2 — the mobilization, the five activities, 七一 — lie in the past. Then
/// the months so far are recorded through the plugin's own services, as the county office, the
/// secretary of 东关村党支部 and one of its members would have, at the times they would have
/// (<see cref="CountyDemoScript"/>).
/// </summary>
public sealed class CountyDemo(DocumentDates document) : IDemoContribution
{
    public const string Office = "xx-county-admin", Secretary = "xx-county-secretary", Member = "xx-county-member";

    /// <summary>XX县 issued the plan; XX市, its parent, has the plugin on to decide what the county reports up (上报).</summary>
    public IReadOnlyList<string> IssuedIn { get; } = [County, City];

    public const string County = "xx-county", City = "xx-city", CityOffice = "xx-city-admin";

    // The host seeds the two side by side; the city decides only what the county has reported, so it waits for the county.
    private readonly TaskCompletionSource _countySeeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyDictionary<string, string?> Settings(DateOnly today)
    {
        var years = YearsToShift(document.Dates["stage3.start"], today);
        return document.Dates.ToDictionary(d => d.Key, d => (string?)d.Value.AddYears(years).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>Whole years that bring stage 3 (a year long, 07-01 to 06-30) over today: the latest start on or before today.</summary>
    public static int YearsToShift(DateOnly stage3Start, DateOnly today)
    {
        var years = today.Year - stage3Start.Year;
        return stage3Start.AddYears(years) > today ? years - 1 : years;
    }

    public async Task SeedAsync(IDemoSeeding demo, CancellationToken cancellationToken)
    {
        if (demo.Jurisdiction.Code == City)
        {
            await _countySeeded.Task.WaitAsync(TimeSpan.FromMinutes(15), cancellationToken);
            await CountyDemoScript.CityAsync(demo, cancellationToken);
            return;
        }
        try
        {
            var cast = await CountyDemoScript.CastAsync(demo, cancellationToken);
            await demo.PlayAsync(new CountyDemoScript(demo, cast, cancellationToken).Acts(), cast.Now, cancellationToken);
        }
        finally
        {
            _countySeeded.TrySetResult();
        }
    }
}

/// <summary>Who and what the demo works with, read once as the office and the two linked accounts.</summary>
public sealed record DemoCast(
    CountyRules Rules, DateTimeOffset Now, OrganizationInfo Root, IReadOnlyList<OrganizationInfo> Organizations, IReadOnlyList<OrganizationInfo> Committees,
    IReadOnlyDictionary<long, Sector?> Sectors, IReadOnlyList<PersonInfo> Members, IReadOnlyDictionary<long, long> Secretaries,
    long SecretaryBranch, long SecretaryPerson, long MemberPerson)
{
    public static T Service<T>(IServiceProvider services) where T : notnull => services.GetRequiredService<T>();
}
