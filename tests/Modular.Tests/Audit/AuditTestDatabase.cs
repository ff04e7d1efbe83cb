using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Audit;
using Modular.Sdk;
using Modular.Host.Database;
using Modular.Jurisdictions;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Audit;

/// <summary>
/// A fresh database with the jurisdictions, audit and <see cref="AuditTestContext"/> schemas (copied
/// from a template built once), and the services the way the host wires them: the audit module, the
/// jurisdictions module, and the test context attached with <c>UseModularAudit</c>.
/// </summary>
internal sealed class AuditTestDatabase : IAsyncDisposable
{
    private const string Template = "tpl_audit_v1";

    private readonly TestDatabase _database;

    private AuditTestDatabase(TestDatabase database)
    {
        _database = database;
        var services = new ServiceCollection()
            .AddSingleton(database.DataSource)
            .AddSingleton(new PlatformDatabase(database.DataSource)) // the owner's: these tests are about the interceptor, not the wall
            .AddSingleton<TimeProvider>(Clock)
            .AddModularAudit()
            .AddJurisdictions();
        services.AddPooledDbContextFactory<AuditTestContext>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()).UseModularAudit(sp));
        Services = services.BuildServiceProvider(validateScopes: true);
    }

    public ServiceProvider Services { get; }
    public NpgsqlDataSource DataSource => _database.DataSource;
    public SettableClock Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
    public AuditLog Log => Services.GetRequiredService<AuditLog>();

    public static async Task<AuditTestDatabase> CreateAsync()
    {
        var template = await TestDatabase.EnsureTemplateAsync(Template, async dataSource =>
        {
            var runner = new SqlMigrationRunner(dataSource, NullLogger<SqlMigrationRunner>.Instance);
            await runner.ApplyAsync(JurisdictionsDbContext.Schema, SqlMigrations.FromAssembly(typeof(JurisdictionsDbContext).Assembly), default);
            await runner.ApplyAsync(AuditModule.Schema, SqlMigrations.FromAssembly(typeof(AuditModule).Assembly), default);
            await runner.ApplyAsync(AuditTestContext.SchemaName, [new SqlMigration("0001_test", AuditTestContext.CreateSql)], default);
        });
        return new AuditTestDatabase(await TestDatabase.CreateAsync(template));
    }

    /// <summary>A context from the pool, bound to a jurisdiction as the host binds a plugin's.</summary>
    public AuditTestContext Context(int jurisdictionId)
    {
        var context = Services.GetRequiredService<IDbContextFactory<AuditTestContext>>().CreateDbContext();
        context.CurrentJurisdictionId = jurisdictionId;
        return context;
    }

    /// <summary>Acts as a signed-in user for the rest of the calling test (the HTTP context flows with the async calls).</summary>
    public void SignIn(int userId, string userName) =>
        Services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, userId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, userName)],
                authenticationType: "test")),
        };

    /// <summary>Every entry of a jurisdiction, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> EntriesAsync(int jurisdictionId) =>
        (await Log.SearchAsync(jurisdictionId, new AuditFilter { PageSize = PageRequest.MaxSize })).Items.Reverse().ToList();

    public Task<long> CountAllEntriesAsync() => Sql.ScalarAsync<long>(DataSource, "select count(*) from audit.entries");

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
