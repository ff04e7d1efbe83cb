using Microsoft.EntityFrameworkCore;
using Modular.Host.Plugins;
using Modular.Jurisdictions;

namespace Modular.Host.Demo;

/// <summary>
/// The first embedded run creates the jurisdictions of RULES.md, so a new user sees real-looking
/// work at once. Never runs against an external database unless <c>Modular:SeedDemoData</c> is set.
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

    public static async Task SeedIfEmptyAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        var factory = services.GetRequiredService<IDbContextFactory<JurisdictionsDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Jurisdictions.AnyAsync(ct)) return;

        var byCode = new Dictionary<string, Jurisdiction>();
        foreach (var demo in Jurisdictions)
        {
            var row = new Jurisdiction { Code = demo.Code, Name = demo.Name, ParentId = demo.Parent is null ? null : byCode[demo.Parent].Id };
            db.Jurisdictions.Add(row);
            await db.SaveChangesAsync(ct); // parents first: children need their ids
            byCode[demo.Code] = row;
        }
        // Until the per-jurisdiction switches page exists for each office, the demo banner has every plugin on.
        foreach (var plugin in services.GetRequiredService<PluginRegistry>().Loaded)
            db.PluginSwitches.Add(new PluginSwitch { JurisdictionId = byCode["alxa-right"].Id, PluginId = plugin.Id, Enabled = true, UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(ct);
        services.GetRequiredService<JurisdictionDirectory>().Invalidate();
        logger.LogInformation("First run: created demo jurisdictions {Codes}", string.Join(", ", byCode.Keys));
    }
}
