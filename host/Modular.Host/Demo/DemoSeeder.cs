using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Database;
using Modular.Host.Plugins;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Demo;

namespace Modular.Host.Demo;

/// <summary>
/// The first embedded run creates the jurisdictions of RULES.md with an admin each and a platform
/// admin, and their organization trees and members (<see cref="DemoRoster"/>), so a new user can
/// sign in and see real-looking work at once. The generated password is
/// kept in <c>.data/demo-accounts.txt</c> (readable by its owner only) and printed at each start.
/// Never runs against an external database unless <c>Modular:SeedDemoData</c> is set.
/// </summary>
public static class DemoSeeder
{
    private sealed record DemoJurisdiction(string Code, string Name, string? Parent);

    // Parents first. The region, the city and the institute are the levels the league, the county and the lab's branch report up to;
    // the county (its leading group) is where the county government's party group submits its study reports.
    private static readonly DemoJurisdiction[] Jurisdictions =
    [
        new("nei-mongol", "内蒙古自治区", null),
        new("alxa-league", "阿拉善盟", "nei-mongol"),
        new("alxa-right", "阿拉善右旗", "alxa-league"),
        new("xx-city", "XX市", null),
        new("xx-county", "XX县", "xx-city"),
        new("ciomp", "长春光机所党委", null),
        new("ciomp-grating", "长春光机所光栅室党支部", "ciomp"),
        new("county-gov", "县政府党组", "xx-county"),
    ];

    public const string PlatformAdminUserName = "admin";

    public static async Task SeedIfEmptyAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        if (await services.GetRequiredService<JurisdictionDirectory>().AnyAsync(ct)) return;

        // Generated unless the deployment chose one (Modular:DemoPassword, e.g. for a training room).
        var password = services.GetRequiredService<IConfiguration>()["Modular:DemoPassword"] is { Length: > 0 } chosen
            ? chosen
            : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + "9"; // the policy wants a digit
        await using var scope = services.CreateAsyncScope();
        var jurisdictions = scope.ServiceProvider.GetRequiredService<JurisdictionAdmin>();
        var users = scope.ServiceProvider.GetRequiredService<UserAdmin>();
        var switches = scope.ServiceProvider.GetRequiredService<PluginSwitchEditor>();
        var plugins = services.GetRequiredService<PluginRegistry>();

        await users.CreateAsync(null, new UserAdmin.NewUser(PlatformAdminUserName, "平台管理员", password, Roles.PlatformAdmin), ct);
        var ids = new Dictionary<string, int>();
        var created = new List<Jurisdiction>();
        foreach (var demo in Jurisdictions)
        {
            var (jurisdiction, errors) = await jurisdictions.CreateAsync(new(demo.Code, demo.Name, demo.Parent is null ? null : ids[demo.Parent], null, null), ct);
            if (jurisdiction is null) throw new InvalidOperationException($"Demo jurisdiction {demo.Code}: {string.Join("; ", errors.SelectMany(e => e.Value))}");
            ids[demo.Code] = jurisdiction.Id;
            created.Add(jurisdiction);
            await users.CreateAsync(jurisdiction.Id, new UserAdmin.NewUser($"{demo.Code}-admin", $"{demo.Name}管理员", password, Roles.JurisdictionAdmin), ct);
        }
        // Their organizations and members, so the pages show real-looking work at once.
        var rostersStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        var seeded = new List<DemoRoster.Result>();
        foreach (var jurisdiction in created)
        {
            seeded.Add(await DemoRoster.SeedAsync(services, jurisdiction.ToResolved(), ct));
            await DemoAccounts.SeedAsync(services, jurisdiction, password, ct);
        }
        logger.LogInformation("First run: demo rosters with {Organizations} organizations and {Members} members in {Elapsed:F0} ms",
            seeded.Sum(r => r.Organizations), seeded.Sum(r => r.Members), System.Diagnostics.Stopwatch.GetElapsedTime(rostersStarted).TotalMilliseconds);

        // Each campaign is switched on where its document was issued, runs in the current year, and
        // records its months of activity so far through its own services. The plugins' demos touch
        // different tables and each acts in scopes of its own, so they record side by side.
        var demos = new List<Task>();
        foreach (var plugin in plugins.Loaded.Where(p => p.IsLoaded && p.Contributions.Demo is not null))
        {
            var demo = (IDemoContribution)scope.ServiceProvider.GetRequiredService(plugin.Contributions.Demo!);
            foreach (var jurisdiction in created.Where(j => demo.IssuedIn.Contains(j.Code)))
            {
                var resolved = jurisdiction.ToResolved();
                var settings = demo.Settings(resolved.Today(services.GetRequiredService<TimeProvider>())).ToDictionary();
                var switched = await switches.SaveAsync(jurisdiction.Id, plugin.Id, plugin.Manifest!.Settings, enabled: true, settings, expectedVersion: null, ct);
                if (!switched.Succeeded)
                    throw new InvalidOperationException($"Demo settings of {plugin.Id}: {string.Join("; ", switched.Errors.SelectMany(e => e.Value))}");
                demos.Add(Task.Run(async () =>
                {
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    using (System.Runtime.Loader.AssemblyLoadContext.EnterContextualReflection(plugin.Assembly))
                        await demo.SeedAsync(new DemoSeeding(services, resolved), ct);
                    logger.LogInformation("First run: demo of {PluginId} in {Code} in {Elapsed:F0} ms", plugin.Id, jurisdiction.Code,
                        System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }, ct));
            }
        }
        await Task.WhenAll(demos);

        WriteCredentials(services, $"platform admin \"{PlatformAdminUserName}\", jurisdiction admins \"<code>-admin\" (e.g. alxa-right-admin), a branch secretary \"<code>-secretary\", a member \"<code>-member\" and an auditor \"<code>-auditor\"; password {password}");
        logger.LogInformation("First run: created demo jurisdictions {Codes}", string.Join(", ", ids.Keys));
    }

    /// <summary>The demo accounts line, if this data directory has one.</summary>
    public static string? Credentials(IServiceProvider services) =>
        File.Exists(CredentialsPath(services)) ? File.ReadAllText(CredentialsPath(services)).Trim() : null;

    private static void WriteCredentials(IServiceProvider services, string line)
    {
        var path = CredentialsPath(services);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, line + Environment.NewLine);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static string CredentialsPath(IServiceProvider services)
    {
        var postgresDir = DatabaseSetup.EmbeddedDataDirectory(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        return Path.Combine(Path.GetDirectoryName(postgresDir)!, "demo-accounts.txt");
    }
}
