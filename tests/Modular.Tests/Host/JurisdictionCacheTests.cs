using Microsoft.EntityFrameworkCore;
using Modular.Jurisdictions;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Host;

/// <summary>Another host instance's write is seen within the cache's time to live, not only after a restart.</summary>
public sealed class JurisdictionCacheTests
{
    [Fact]
    public async Task An_archive_or_a_switch_made_elsewhere_is_seen_once_the_cached_entry_expires()
    {
        await using var host = await TestHost.StartAsync(["test-good"]);
        var j = await host.CreateJurisdictionAsync("cached", "缓存旗", "test-good");
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var otherInstance = new JurisdictionDirectory(host.App.Services.GetRequiredService<IDbContextFactory<JurisdictionsDbContext>>(), clock);
        Assert.NotNull(await otherInstance.FindByCodeAsync("cached"));
        Assert.True(await otherInstance.IsEnabledAsync(j.Id, "test-good"));

        await host.SetSwitchAsync(j.Id, "test-good", enabled: false);
        await using (var scope = host.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JurisdictionAdmin>().SetArchivedAsync(j.Id, archived: true);

        clock.Now += JurisdictionDirectory.TimeToLive - TimeSpan.FromSeconds(1);
        Assert.NotNull(await otherInstance.FindByCodeAsync("cached")); // still within its cache's life
        clock.Now += TimeSpan.FromSeconds(2);
        Assert.Null(await otherInstance.FindByCodeAsync("cached"));
        Assert.False(await otherInstance.IsEnabledAsync(j.Id, "test-good"));
    }
}
