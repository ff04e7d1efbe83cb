using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Audit;
using Modular.BuildingBlocks;
using Modular.Host.Database;
using Modular.Jurisdictions;
using Modular.Schedules;
using Modular.Sdk.Core;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Blocks;

/// <summary>
/// A fresh database with the jurisdictions, audit and blocks schemas, and the services wired the way
/// the host wires them, plus a small in-memory organization tree (the real directory is built in
/// another branch). <see cref="Scope"/> gives a unit of work bound to one jurisdiction.
/// </summary>
public sealed class BlocksTestDatabase : IAsyncDisposable
{
    private const string Template = "tpl_blocks_v6";
    private readonly TestDatabase _database;
    private readonly Npgsql.NpgsqlDataSource _application;
    private readonly Npgsql.NpgsqlDataSource _platform;
    private readonly JurisdictionDataSources _jurisdictions;

    public ServiceProvider Services { get; }
    public TestOrganizations Organizations { get; } = new();
    public TestPeople People { get; } = new();
    /// <summary>Who acts, for the blocks that check the caller (the office unless a test says otherwise).</summary>
    public TestCurrentUser User { get; }
    public SettableClock Clock { get; } = new(new DateTimeOffset(2011, 6, 1, 2, 0, 0, TimeSpan.Zero));

    private BlocksTestDatabase(TestDatabase database)
    {
        _database = database;
        // Served as the host serves: the application role, behind the database's wall.
        var roles = DatabaseRoles.Plan(database.ConnectionString, null);
        _application = Npgsql.NpgsqlDataSource.Create(roles.ApplicationConnection);
        _platform = Npgsql.NpgsqlDataSource.Create(roles.PlatformConnection);
        _jurisdictions = new JurisdictionDataSources(roles.ApplicationConnection);   // each jurisdiction's bound pool, as the host's request scopes
        var services = new ServiceCollection()
            .AddSingleton(_application)
            .AddSingleton(_jurisdictions)
            .AddSingleton(new PlatformDatabase(_platform))
            .AddSingleton<TimeProvider>(Clock)
            .AddModularAudit()
            .AddJurisdictions()
            .AddBuildingBlocks()
            .AddSchedules(runJobs: false);
        services.AddSingleton<IOrganizationDirectory>(Organizations);
        services.AddSingleton<IRoster>(People);
        User = new TestCurrentUser(Organizations);
        services.AddSingleton<ICurrentUser>(User);
        Services = services.BuildServiceProvider(validateScopes: true);
    }

    public static async Task<BlocksTestDatabase> CreateAsync()
    {
        var template = await TestDatabase.EnsureTemplateAsync(Template, async dataSource =>
        {
            var runner = new SqlMigrationRunner(dataSource, NullLogger<SqlMigrationRunner>.Instance);
            await runner.ApplyAsync(JurisdictionsDbContext.Schema, SqlMigrations.FromAssembly(typeof(JurisdictionsDbContext).Assembly), default);
            await runner.ApplyAsync(AuditModule.Schema, SqlMigrations.FromAssembly(typeof(AuditModule).Assembly), default);
            await runner.ApplyAsync(BuildingBlocksModule.Schema, SqlMigrations.FromAssembly(typeof(BuildingBlocksModule).Assembly), default);
            // Schedules migrates after identity, as in the host (its 0005 moves the account links there).
            await runner.ApplyAsync(Modular.Identity.ModularIdentityDbContext.Schema, SqlMigrations.FromAssembly(typeof(Modular.Identity.ModularIdentityDbContext).Assembly), default);
            await runner.ApplyAsync(SchedulesDbContext.SchemaName, SqlMigrations.FromAssembly(typeof(SchedulesDbContext).Assembly), default);
            var wall = new DatabaseWall(dataSource, DatabaseRoles.Plan(dataSource.ConnectionString, null));
            await wall.PrepareRoleAsync(default);
            await wall.BuildAsync(default);
        });
        return new BlocksTestDatabase(await TestDatabase.CreateAsync(template));
    }

    public Npgsql.NpgsqlDataSource DataSource => _database.DataSource;

    /// <summary>A raw connection as the host serves a request of <paramref name="jurisdictionId"/>: the application role, bound, behind the wall and its policies.</summary>
    public Task<Npgsql.NpgsqlConnection> OpenAsServedAsync(int jurisdictionId) => _application.OpenForJurisdictionAsync(jurisdictionId);
    public string ConnectionString => _database.ConnectionString;

    public async Task<int> AddJurisdictionAsync(string code, int? parentId = null)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<JurisdictionsDbContext>>().CreateDbContextAsync();
        var row = new Jurisdiction { Code = code, Name = code, ParentId = parentId };
        db.Jurisdictions.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    /// <summary>A unit of work for one jurisdiction, as a request of that jurisdiction gets.</summary>
    public AsyncServiceScope Scope(int jurisdictionId)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<JurisdictionContext>()
            .Set(new ResolvedJurisdiction(jurisdictionId, $"j{jurisdictionId}", $"j{jurisdictionId}", TimeZoneInfo.Utc, CultureInfo.GetCultureInfo("zh-CN")));
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _jurisdictions.DisposeAsync();
        await _application.DisposeAsync();
        await _platform.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>An organization tree in memory, for the nominations (ids are unique across jurisdictions in tests).</summary>
public sealed class TestOrganizations : IOrganizationDirectory
{
    private readonly Dictionary<long, OrganizationInfo> _all = [];

    public OrganizationInfo Add(long id, long? parentId, string name, OrganizationKind kind = OrganizationKind.Branch)
    {
        var depth = parentId is { } p ? _all[p].Depth + 1 : 0;
        return _all[id] = new OrganizationInfo(id, parentId, name, kind, null, depth);
    }

    public Task<IReadOnlyList<OrganizationInfo>> ListAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<OrganizationInfo>>([.. _all.Values]);
    public Task<OrganizationInfo?> FindAsync(long id, CancellationToken ct = default) => Task.FromResult(_all.GetValueOrDefault(id));
    public Task<IReadOnlyList<OrganizationInfo>> SubtreeAsync(long rootId, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<OrganizationInfo>>([.. _all.Values.Where(o => IsUnder(o, rootId))]);

    private bool IsUnder(OrganizationInfo organization, long rootId)
    {
        for (OrganizationInfo? at = organization; at is not null; at = at.ParentId is { } parent ? _all.GetValueOrDefault(parent) : null)
            if (at.Id == rootId) return true;
        return false;
    }
    public Task<IReadOnlyList<OfficerInfo>> OfficersAsync(long organizationId, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<OfficerInfo>>([]);
}

/// <summary>The roster in memory: the people a test names as authors, owners and nominees (ids are unique across jurisdictions in tests).</summary>
public sealed class TestPeople : IRoster
{
    private readonly Dictionary<long, PersonInfo> _all = [];

    public void Add(params long[] ids)
    {
        foreach (var id in ids) _all[id] = new PersonInfo(id, $"#{id}", 0, MemberCategory.Full, IsLeadingCadre: false, IsOutgoing: false);
    }

    public void AddIn(long organizationId, params long[] ids)
    {
        foreach (var id in ids) _all[id] = new PersonInfo(id, $"#{id}", organizationId, MemberCategory.Full, IsLeadingCadre: false, IsOutgoing: false);
    }

    public Task<IReadOnlyList<PersonInfo>> MembersAsync(RosterQuery query, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<PersonInfo>>([.. _all.Values]);
    public Task<PersonInfo?> FindAsync(long personId, CancellationToken ct = default) => Task.FromResult(_all.GetValueOrDefault(personId));
}

/// <summary>The caller, settable by a test: the office by default; else an officer of some organizations (and those below) and/or a roster person.</summary>
public sealed class TestCurrentUser(TestOrganizations organizations) : ICurrentUser
{
    public bool IsOffice { get; set; } = true;
    public long? Person { get; set; }
    public List<long> Officer { get; } = [];

    public bool IsSignedIn => true;
    public int? UserId => 1;
    public string? DisplayName => "test";
    public bool IsJurisdictionAdmin => IsOffice;
    public bool IsAuditor => false;
    public IReadOnlyList<long> OfficerOf => Officer;
    public IReadOnlyList<long> InspectorOf => [];
    public Task<long?> PersonIdAsync(CancellationToken ct = default) => Task.FromResult(Person);

    public async Task<bool> ManagesOrganizationAsync(long organizationId, CancellationToken ct = default)
    {
        if (IsOffice) return true;
        foreach (var root in Officer)
            if ((await organizations.SubtreeAsync(root, ct)).Any(o => o.Id == organizationId)) return true;
        return false;
    }

    public Task<bool> MayActForPersonAsync(long personId, CancellationToken ct = default) => Task.FromResult(IsOffice || Person == personId);
    public Task<bool> MaySeeOrganizationAsync(long organizationId, CancellationToken ct = default) => ManagesOrganizationAsync(organizationId, ct);
    public Task<bool> MayReadPersonAsync(long personId, CancellationToken ct = default) => Task.FromResult(IsOffice || Person == personId);
}
