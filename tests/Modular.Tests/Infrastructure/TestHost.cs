using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Host;
using Modular.Jurisdictions;

namespace Modular.Tests.Infrastructure;

/// <summary>
/// The real host on a free loopback port, over its own fresh PostgreSQL database and a plugins
/// folder of the test's choosing: a plugin author's first test is <c>await TestHost.StartAsync(...)</c>.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly TestDatabase? _database;
    private readonly PluginFolder _plugins;

    public WebApplication App { get; }
    public HttpClient Client { get; }
    public string ConnectionString { get; }

    private TestHost(WebApplication app, TestDatabase? database, PluginFolder plugins, string connectionString)
    {
        App = app;
        _database = database;
        _plugins = plugins;
        ConnectionString = connectionString;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    /// <param name="pluginIds">Built plugins (test or real) to put in the host's plugins folder.</param>
    /// <param name="extraArgs">More command-line settings, e.g. <c>--Modular:SeedDemoData=true</c>.</param>
    public static async Task<TestHost> StartAsync(string[] pluginIds, params string[] extraArgs)
    {
        var plugins = new PluginFolder();
        foreach (var id in pluginIds) plugins.Add(id);
        var database = await TestDatabase.CreateAsync();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Modular={database.ConnectionString}",
            $"--Plugins:Directory={plugins.Path}",
            "--Logging:LogLevel:Default=Warning",
            "--Modular:RunScheduledJobs=false", // tests run passes themselves, on their own clock
            .. extraArgs,
        ];
        var app = await ModularApp.BuildAsync(args);
        await app.StartAsync();
        return new TestHost(app, database, plugins, database.ConnectionString);
    }

    /// <summary>Creates a jurisdiction with the given plugins switched on (until the admin API exists, straight in the database).</summary>
    public async Task<Jurisdiction> CreateJurisdictionAsync(string code, string name, params string[] enabledPlugins)
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<JurisdictionsDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var row = new Jurisdiction { Code = code, Name = name };
        db.Jurisdictions.Add(row);
        await db.SaveChangesAsync();
        foreach (var plugin in enabledPlugins)
            db.PluginSwitches.Add(new PluginSwitch { JurisdictionId = row.Id, PluginId = plugin, Enabled = true, UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        App.Services.GetRequiredService<JurisdictionDirectory>().Invalidate();
        return row;
    }

    /// <summary>Writes a plugin switch as an office would (on/off and settings as JSON).</summary>
    public async Task SetSwitchAsync(int jurisdictionId, string pluginId, bool enabled, string settingsJson = "{}")
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<JurisdictionsDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var row = await db.PluginSwitches.SingleOrDefaultAsync(s => s.JurisdictionId == jurisdictionId && s.PluginId == pluginId);
        if (row is null) db.PluginSwitches.Add(row = new PluginSwitch { JurisdictionId = jurisdictionId, PluginId = pluginId });
        row.Enabled = enabled;
        row.SettingsJson = settingsJson;
        row.UpdatedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
        App.Services.GetRequiredService<JurisdictionDirectory>().Invalidate(jurisdictionId);
    }

    public async Task<T> GetJsonAsync<T>(string url) => (await Client.GetFromJsonAsync<T>(url))!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        _plugins.Dispose();
    }
}
