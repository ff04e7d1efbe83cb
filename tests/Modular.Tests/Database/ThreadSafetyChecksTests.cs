using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Modular.Audit;
using Modular.Host;
using Modular.Jurisdictions;
using Modular.Organizations;

namespace Modular.Tests.Database;

/// <summary>
/// EF Core's check that a context is not used by two tasks at once costs an AsyncLocal write around every row read (half a
/// 50,000-member page's managed CPU, see <see cref="ThreadSafetyChecks"/>): a served host has it off, the test kit's hosts
/// on, so a misuse still fails a test with EF's message.
/// </summary>
public sealed class ThreadSafetyChecksTests
{
    [Fact]
    public async Task A_served_host_reads_without_EF_s_thread_safety_checks_and_the_test_kit_s_hosts_with_them()
    {
        await using var database = await TestDatabase.CreateAsync(await TestHost.MigratedTemplateAsync([]));
        using var plugins = new PluginFolder();
        await using (var served = await ModularApp.BuildAsync([$"--ConnectionStrings:Modular={database.ConnectionString}", $"--Plugins:Directory={plugins.Path}", "--Logging:LogLevel:Default=Warning"]))
            Assert.Equal((false, false), Checks(served.Services));

        await using var tested = await TestHost.StartAsync([]);
        Assert.Equal((true, true), Checks(tested.App.Services));
    }

    // A tenant context (every plugin's kind) and a platform one.
    private static (bool Tenant, bool Platform) Checks(IServiceProvider services)
    {
        using var tenant = services.GetRequiredService<IDbContextFactory<RosterDbContext>>().CreateDbContext();
        using var platform = services.GetRequiredService<IDbContextFactory<JurisdictionsDbContext>>().CreateDbContext();
        static bool On(DbContext context) => context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled;
        return (On(tenant), On(platform));
    }
}
