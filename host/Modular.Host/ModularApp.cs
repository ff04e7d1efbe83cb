using Microsoft.AspNetCore.Localization;
using Modular.Host.Database;
using Modular.Host.Demo;
using Modular.Host.Health;
using Modular.Host.Plugins;
using Modular.Host.Scheduling;
using Modular.Host.Web;
using Modular.Jurisdictions;
using Npgsql;

namespace Modular.Host;

/// <summary>
/// The composition root, shared by <c>Program</c> and the tests: database, core modules, plugins,
/// pages, API, health. Returns the app built, migrated and ready to start.
/// </summary>
public static class ModularApp
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = FindContentRoot() });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        configure?.Invoke(builder);

        using var bootLoggers = LoggerFactory.Create(logging => logging
            .AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true));

        var database = await DatabaseSetup.ResolveConnectionStringAsync(builder.Configuration, builder.Environment.ContentRootPath, bootLoggers, ct);
        builder.Services.AddSingleton(NpgsqlDataSource.Create(database.ConnectionString));
        if (database.Embedded is { } embedded)
            builder.Services.AddHostedService(_ => new EmbeddedPostgresLifetime(embedded));
        builder.Services.AddSingleton<SqlMigrationRunner>();

        builder.Services.AddJurisdictions();
        builder.AddModularPlugins(bootLoggers);
        builder.Services.AddScoped<MenuBuilder>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ScheduledJobRunner>();
        if (builder.Configuration.GetValue("Modular:RunScheduledJobs", defaultValue: true))
            builder.Services.AddHostedService(sp => sp.GetRequiredService<ScheduledJobRunner>());
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<PluginsHealthCheck>("plugins");
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            string[] cultures = ["zh-CN", "en"];
            o.SetDefaultCulture("zh-CN").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            // Only an explicit choice overrides the jurisdiction's language; the browser's header does not.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        var app = builder.Build();
        await MigrateAsync(app, ct);
        if (database.Embedded is not null || app.Configuration.GetValue<bool>("Modular:SeedDemoData"))
            await DemoSeeder.SeedIfEmptyAsync(app.Services, app.Logger, ct);

        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<JurisdictionRouting>();
        app.MapHealthChecks("/healthz", new() { ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapRazorPages();
        app.MapPluginEndpoints();

        app.Lifetime.ApplicationStarted.Register(() => LogWelcome(app, database));
        return app;
    }

    private static async Task MigrateAsync(WebApplication app, CancellationToken ct)
    {
        var runner = app.Services.GetRequiredService<SqlMigrationRunner>();
        await runner.ApplyAsync(JurisdictionsDbContext.Schema, SqlMigrations.FromAssembly(typeof(JurisdictionsDbContext).Assembly), ct);
        await runner.ApplyAsync(ScheduledJobRunner.Schema, SqlMigrations.FromAssembly(typeof(ModularApp).Assembly), ct);
        await app.MigratePluginsAsync(ct);
    }

    private static void LogWelcome(WebApplication app, DatabaseSetup.Result database)
    {
        var where = database.Embedded is { } e ? $"embedded PostgreSQL, data in {e.DataDirectory}" : "the configured PostgreSQL server";
        app.Logger.LogInformation("Modular is serving {Urls}; database: {Database}; plugins from {PluginDirectory}",
            string.Join(", ", app.Urls), where, app.Services.GetRequiredService<PluginRegistry>().Directory);
    }

    /// <summary>The host project folder when run from the repository (so relative paths work from any working directory), else the app folder.</summary>
    private static string FindContentRoot()
    {
        var baseDir = AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(baseDir); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Modular.Host.csproj"))) return dir.FullName;
            var inRepository = Path.Combine(dir.FullName, "host", "Modular.Host");
            if (File.Exists(Path.Combine(inRepository, "Modular.Host.csproj"))) return inRepository;
        }
        return baseDir;
    }
}
