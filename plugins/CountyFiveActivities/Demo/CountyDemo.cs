using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Sdk.Core;
using Modular.Sdk.Demo;
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

    // A fresh scope (and so fresh DbContexts) now and then: what a scope tracks grows with every record saved.
    private const int ActsPerScope = 40;

    public IReadOnlyList<string> IssuedIn { get; } = ["xx-county"];

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
        var cast = await CountyDemoScript.CastAsync(demo, cancellationToken);
        var acts = new CountyDemoScript(demo, cast, cancellationToken).Acts();
        // In the order they happened; one signed-in scope per run of the same person's acts.
        var ordered = acts.OrderBy(a => a.At).ToList();
        for (var i = 0; i < ordered.Count;)
        {
            var actor = ordered[i].Actor;
            var run = ordered.Skip(i).TakeWhile(a => a.Actor == actor).Take(ActsPerScope).ToList();
            i += run.Count;
            await demo.AsAsync(actor, async services =>
            {
                foreach (var act in run)
                    await demo.AtAsync(act.At, async () =>
                    {
                        var outcome = await act.Do(services);
                        if (!outcome.Succeeded)
                            throw new InvalidOperationException($"County demo: \"{act.What}\" by {actor} at {act.At:u} was refused ({outcome.Status}): {outcome.Message}");
                    });
            });
        }
    }
}

/// <summary>One thing done in the demo: when, by which demo account, what, and the service call (with its real checks).</summary>
public sealed record DemoAct(DateTimeOffset At, string Actor, string What, Func<IServiceProvider, Task<Outcome>> Do);

/// <summary>Who and what the demo works with, read once as the office and the two linked accounts.</summary>
public sealed record DemoCast(
    CountyRules Rules, DateTimeOffset Now, OrganizationInfo Root, IReadOnlyList<OrganizationInfo> Organizations, IReadOnlyList<OrganizationInfo> Committees,
    IReadOnlyDictionary<long, Sector?> Sectors, IReadOnlyList<PersonInfo> Members, IReadOnlyDictionary<long, long> Secretaries,
    long SecretaryBranch, long SecretaryPerson, long MemberPerson)
{
    public static T Service<T>(IServiceProvider services) where T : notnull => services.GetRequiredService<T>();
}
