using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modular.Audit;
using Modular.BuildingBlocks;
using Modular.Host.Api;
using Modular.Host.Database;
using Modular.Host.Demo;
using Modular.Host.Health;
using Modular.Host.Plugins;
using Modular.Host.Scheduling;
using Modular.Host.Security;
using Modular.Host.Telemetry;
using Modular.Host.Web;
using Modular.Identity;
using Modular.Jurisdictions;
using Modular.Modules;
using Modular.Organizations;
using Modular.Schedules;
using Npgsql;
using Scalar.AspNetCore;

namespace Modular.Host;

/// <summary>
/// The composition root, shared by <c>Program</c> and the tests: database, core modules, plugins,
/// pages, API, health. Returns the app built, migrated and ready to start.
/// </summary>
public static class ModularApp
{
    private const string ReadyTag = "ready";

    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>The host's own tables (form submission keys), migrated after the core modules'.</summary>
    public const string HostSchema = "host";

    /// <summary>
    /// The core modules, in the order their migrations run: a module's tables may reference those of
    /// the modules before it (identity's users reference jurisdictions). Each registers its services and
    /// maps its API in the same order.
    /// </summary>
    public static IReadOnlyList<IModule> CoreModules { get; } =
    [
        new JurisdictionsModuleDefinition(),
        new IdentityModuleDefinition(),
        new OrganizationsModuleDefinition(),
        new SchedulesModuleDefinition(),
        new AuditModuleDefinition(),
        new BuildingBlocksModuleDefinition(),
    ];

    public static async Task<WebApplication> BuildAsync(string[] args, CancellationToken ct = default, Action<IServiceCollection>? configureServices = null)
    {
        // ApplicationName: MVC finds the host's own pages in the assembly of this name, which is not the entry assembly under a test runner.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args, ContentRootPath = FindContentRoot(), ApplicationName = typeof(ModularApp).Assembly.GetName().Name,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        PublicUrls.Configured(builder.Configuration); // a wrong Modular:PublicBaseUrl stops the start here, naming the setting
        builder.Services.Configure(TrustedProxies.Configured(builder.Configuration)); // so is a proxy address that is none
        HostTelemetry.AddIfConfigured(builder); // off unless Telemetry:OtlpEndpoint is set

        // Loggers for what happens before the host's own logging exists: the database and plugin loading.
        var bootLoggers = LoggerFactory.Create(logging => logging
            .AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true));

        var (connectionString, embedded) = await DatabaseSetup.ResolveConnectionStringAsync(builder.Configuration, builder.Environment.ContentRootPath, bootLoggers, ct);
        // Three pools: the owner's for migrations, the application role's for jurisdictions' work
        // (bound per connection) and for the platform's (see DatabaseRoles, JurisdictionSessions).
        var roles = DatabaseRoles.Plan(connectionString, builder.Configuration.GetConnectionString(DatabaseRoles.ApplicationConnectionName));
        var ownerDatabase = NpgsqlDataSource.Create(roles.OwnerConnection);
        builder.Services.AddSingleton(NpgsqlDataSource.Create(roles.ApplicationConnection));
        builder.Services.AddSingleton(_ => new JurisdictionDataSources(roles.ApplicationConnection)); // the container disposes what it made
        builder.Services.AddSingleton(new PlatformDatabase(NpgsqlDataSource.Create(roles.PlatformConnection)));
        builder.Services.AddSingleton(new DatabaseWall(ownerDatabase, roles));
        if (embedded is not null)
            builder.Services.AddHostedService(_ => new EmbeddedPostgresLifetime(embedded));
        builder.Services.AddSingleton(sp => new SqlMigrationRunner(ownerDatabase, sp.GetRequiredService<ILogger<SqlMigrationRunner>>()));
        builder.Services.AddSingleton(TimeProvider.System);

        // Before the host's own: where the host puts plugins in front of a module's service (obligation
        // type names), the later registration is the one resolved.
        foreach (var module in CoreModules)
            module.AddServices(builder.Services, builder.Configuration);
        builder.Services.AddAntiforgery(o => o.HeaderName = ApiAntiforgery.HeaderName);
        // The folder conventions hold for the modules' pages too: they apply by a page's path under Pages/, whichever assembly serves it.
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", Policies.PlatformAdmin);
            o.Conventions.AuthorizeFolder("/Office", Policies.JurisdictionAdmin);
            o.Conventions.AuthorizeFolder("/Oversight", Policies.AuditReader);
            o.Conventions.AuthorizeFolder("/Workspace");
        }).AddMvcOptions(o => o.Filters.Add(new Web.PickerNames()))
            .ConfigureApplicationPartManager(parts => AddModulePages(parts, CoreModules));
        builder.AddModularPlugins(bootLoggers);
        // After every AddRazorPages (the plugins' too): each one puts back what these take away.
        PagesDescribedOnFirstUse.Add(builder.Services);
        // Pages and view components only: looking for controllers would load every type of every module and plugin at start.
        builder.Services.AddMvcCore().ConfigureApplicationPartManager(parts =>
            parts.FeatureProviders.Remove(parts.FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>().Single()));
        builder.Services.Replace(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Mvc.Routing.IUrlHelperFactory>(
            new JurisdictionUrlHelperFactory(new Microsoft.AspNetCore.Mvc.Routing.UrlHelperFactory())));
        builder.Services.AddSingleton<IPublicUrls, PublicUrls>();
        builder.Services.AddScoped<MenuBuilder>();
        builder.Services.AddScoped<PluginCatalog>();
        builder.Services.AddScoped<Modular.Modules.ISetupStep, PluginsSetupStep>();
        builder.Services.AddSingleton<ScheduledJobRunner>();
        if (builder.Configuration.GetValue("Modular:RunScheduledJobs", defaultValue: true))
            builder.Services.AddHostedService(sp => sp.GetRequiredService<ScheduledJobRunner>());
        builder.Services.AddScoped<PluginObligationSync>();
        builder.Services.AddScoped<PluginEvents>();
        builder.Services.AddScoped<Modular.Sdk.Core.IIntegrationEvents, Events.IntegrationEventDispatcher>();
        builder.Services.AddScoped<IObligationSource>(sp => sp.GetRequiredService<PluginObligationSync>());
        builder.Services.AddScoped<IObligationTypeNames, PluginObligationTypeNames>();
        // /healthz for admins and monitors; /healthz/live (the process answers: no checks) and /healthz/ready (the database
        // answers, every migration is recorded, the plugins loaded) for load balancers and systemd/nginx checks.
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag])
            .AddCheck<PluginsHealthCheck>("plugins", tags: [ReadyTag]);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Modular API";
            doc.Info.Description = "Sign in at POST /api/auth/login, then send Authorization: Bearer <accessToken>.";
            return Task.CompletedTask;
        }));
        builder.Services.AddProblemDetails();
        // Scripts read and write enums by name ("insert", "Integer"), not by number.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // Chinese text goes into pages as it is, not as &#x...; entities.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            string[] cultures = ["zh-CN", "en"];
            o.SetDefaultCulture("zh-CN").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            // Only an explicit choice overrides the jurisdiction's language; the browser's header does not.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        configureServices?.Invoke(builder.Services); // tests: stand-ins for contracts other modules provide
        ReplayableClock.Decorate(builder.Services);
        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(bootLoggers.Dispose);
        app.Lifetime.ApplicationStopped.Register(ownerDatabase.Dispose);
        await MigrateAsync(app, ct);
        if (embedded is not null || app.Configuration.GetValue<bool>("Modular:SeedDemoData"))
            await DemoSeeder.SeedIfEmptyAsync(app.Services, app.Logger, ct);

        app.UseForwardedHeaders(); // first: behind nginx every later step sees the client's scheme and address
        app.UseExceptionHandler("/Error");
        // People get a page for 404 and friends; scripts get RFC 7807 problem details.
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseStaticFiles();
        app.UseRequestLocalization(); // before the guards, so their answers are in the user's language
        app.UseMiddleware<DatabaseOutage>(); // a database away or full is a 503 that says so, from here inwards
        app.UseMiddleware<RequestSizeGuard>();
        app.UseMiddleware<ConstraintViolations>(); // before routing: a page's form is shown again by running the pipeline as a GET
        app.UseMiddleware<InputGuard>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<SessionValidation>();
        app.UseMiddleware<PasswordChangeGate>(); // an account with a password someone else chose does nothing else first
        app.UseMiddleware<JurisdictionRouting>();
        app.UseMiddleware<ApiAntiforgery>(); // cookie-signed API writes carry the page's token; after the 404s of JurisdictionRouting
        app.UseMiddleware<OneTimeForms>(); // a page form posted twice creates once; needs the user and the jurisdiction
        app.UseAuthorization();
        app.MapHealthChecks("/healthz", new() { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/healthz/live", new() { Predicate = _ => false }).AllowAnonymous();
        // A plugin that failed to load degrades the host (200, "Degraded"): the rest still serves; no database or a missing
        // migration is 503.
        app.MapHealthChecks("/healthz/ready", new() { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // The API reference for script writers, from that document. Its script is served from the package and it uses the
        // browser's own fonts: an intranet deployment loads nothing from the internet.
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Modular API").WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts().DisableTelemetry()).AllowAnonymous();
        app.MapRazorPages();
        foreach (var module in CoreModules)
            module.MapApi(app);
        app.MapPluginAdminApi();
        // The plugins' API is built on a second core while this one reads the key ring and builds the pipeline.
        ParallelStart.Run(app.Logger, app.MapPluginEndpoints().Build);

        app.Lifetime.ApplicationStarted.Register(() => LogWelcome(app, embedded));
        return app;
    }

    /// <summary>
    /// Serves each module's pages from the assembly it names: the host's build generates no application-part list
    /// of its references (GenerateMvcApplicationPartsAssemblyAttributes is off), so the module list is the one
    /// place that says which assemblies' pages are served, as the plugin loader does for plugins.
    /// </summary>
    internal static void AddModulePages(ApplicationPartManager parts, IEnumerable<IModule> modules)
    {
        foreach (var assembly in modules.Select(m => m.PagesAssembly).OfType<System.Reflection.Assembly>().Distinct())
        {
            if (parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly)) continue;
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                parts.ApplicationParts.Add(part);
        }
    }

    private static async Task MigrateAsync(WebApplication app, CancellationToken ct)
    {
        var wall = app.Services.GetRequiredService<DatabaseWall>();
        await wall.PrepareRoleAsync(ct);
        var runner = app.Services.GetRequiredService<SqlMigrationRunner>();
        foreach (var module in CoreModules)
            await runner.ApplyAsync(module.Schema, SqlMigrations.FromAssembly(module.MigrationsAssembly), ct);
        // The host's own tables (plugin job runs, one-time form keys) reference no module's.
        await runner.ApplyAsync(HostSchema, SqlMigrations.FromAssembly(typeof(ModularApp).Assembly), ct);
        await app.MigratePluginsAsync(ct);
        await wall.BuildAsync(ct);
    }

    private static void LogWelcome(WebApplication app, EmbeddedPostgres? embedded)
    {
        var where = embedded is not null ? $"embedded PostgreSQL, data in {embedded.DataDirectory}" : "the configured PostgreSQL server";
        app.Logger.LogInformation("Modular is serving {Urls}; database: {Database}; plugins from {PluginDirectory}",
            string.Join(", ", app.Urls), where, app.Services.GetRequiredService<PluginRegistry>().Directory);
        if (DemoSeeder.Credentials(app.Services) is { } credentials)
            app.Logger.LogInformation("Sign in at {Url}/account/login — {Credentials}", app.Urls.FirstOrDefault(), credentials);
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
