using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Database;
using Modular.Host.Plugins;
using Modular.Identity;
using Modular.Jurisdictions;

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

    private static readonly DemoJurisdiction[] Jurisdictions =
    [
        new("alxa-league", "阿拉善盟", null),
        new("alxa-right", "阿拉善右旗", "alxa-league"),
        new("xx-county", "XX县", null),
        new("ciomp-grating", "长春光机所光栅室党支部", null),
        new("county-gov", "县政府党组", null),
    ];

    public const string PlatformAdminUserName = "admin";

    /// <summary>Which demo jurisdiction issued which campaign (RULES.md's table).</summary>
    private static readonly Dictionary<string, string> CampaignHomes = new()
    {
        ["banner-six-ones"] = "alxa-right",
        ["county-five-activities"] = "xx-county",
    };

    public static async Task SeedIfEmptyAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        var factory = services.GetRequiredService<IDbContextFactory<JurisdictionsDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (await db.Jurisdictions.AnyAsync(ct)) return;
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + "9"; // the policy wants a digit
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
        // Each campaign is switched on where its document was issued; any other plugin in the banner.
        foreach (var plugin in plugins.Loaded)
            await switches.SaveAsync(ids[CampaignHomes.GetValueOrDefault(plugin.Id, "alxa-right")], plugin.Id, plugin.Manifest!.Settings,
                enabled: true, settings: null, expectedVersion: null, ct);

        // Their organizations and members, so the pages show real-looking work at once.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var seeded = new List<DemoRoster.Result>();
        foreach (var jurisdiction in created)
        {
            seeded.Add(await DemoRoster.SeedAsync(services, jurisdiction.ToResolved(), ct));
            await DemoAccounts.SeedAsync(services, jurisdiction, password, ct);
        }
        logger.LogInformation("First run: demo rosters with {Organizations} organizations and {Members} members in {Elapsed:F0} ms",
            seeded.Sum(r => r.Organizations), seeded.Sum(r => r.Members), System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        WriteCredentials(services, $"platform admin \"{PlatformAdminUserName}\", jurisdiction admins \"<code>-admin\" (e.g. alxa-right-admin), a branch secretary \"<code>-secretary\" and a member \"<code>-member\"; password {password}");
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
