using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Modular.Host;
using Modular.Host.Plugins;
using Modular.Tests.Crawl;
using Modular.Tests.Infrastructure;
using Npgsql;

namespace Modular.Tests.Architecture;

/// <summary>
/// Reads the real database after every migration of the core and of both plugins (the demo site's) and checks the two
/// things hand-written SQL and EF models can silently get wrong: that tenant tables are keyed by jurisdiction first,
/// and that every DbContext's model is the schema the migrations made.
/// </summary>
[Collection(DemoSite.Name)]
public sealed class DatabaseShapeTests(DemoSiteFixture fixture)
{
    private TestHost Host => fixture.Host;

    /// <summary>Keys that deliberately do not lead with the jurisdiction: lookups made before a jurisdiction is known.</summary>
    private static readonly Dictionary<string, string> PlatformLookups = new()
    {
        ["pk identity.users"] = "a user is found by id at sign-in, before the jurisdiction is known; platform admins have none",
        ["ix identity.users pk_users"] = "the primary key's index",
        ["ix identity.users user_name_index"] = "sign-in by user name, across jurisdictions (names are unique in the deployment)",
        ["ix identity.users email_index"] = "Identity's lookup by e-mail",
        ["pk identity.role_assignments"] = "a platform admin's role has no jurisdiction",
        ["ix identity.role_assignments pk_role_assignments"] = "the primary key's index",
        ["ix identity.role_assignments role_assignments_unique"] = "one role per user, read with the user at sign-in",
        ["fk identity.role_assignments role_assignments_user_id_fkey"] = "to the user, whose key has no jurisdiction",
        ["ix schedules.calendar_tokens calendar_tokens_hash"] = "a calendar subscription's token is looked up before its jurisdiction is known",
        ["ix blocks.nominations nominations_reported_to"] = "the jurisdiction a nomination was reported to reads it (upward reporting)",
        ["ix blocks.parent_decisions parent_decisions_for_child"] = "the reporting jurisdiction reads the parent's decisions on its nominations",
        ["ix blocks.parent_decisions parent_decisions_for_origin"] = "the jurisdiction where a forwarded nomination began reads every level's decision on it (转报)",
        ["ix blocks.documents documents_submitted_to"] = "the jurisdiction a final document was submitted to reads it (上报)",
    };

    [Fact]
    public async Task Every_tenant_tables_keys_and_indexes_lead_with_the_jurisdiction()
    {
        await using var owner = NpgsqlDataSource.Create(Host.ConnectionString);
        var found = new List<string>();
        await using (var command = owner.CreateCommand("""
            with tenant as (
              select c.oid, format('%s.%s', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where c.relkind in ('r', 'p') and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
                 and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'jurisdiction_id' and not a.attisdropped))
            select 'pk ' || t.name from tenant t left join pg_constraint k on k.conrelid = t.oid and k.contype = 'p'
             where k.oid is null or (select attname from pg_attribute where attrelid = t.oid and attnum = k.conkey[1]) <> 'jurisdiction_id'
            union all
            select 'fk ' || t.name || ' ' || k.conname from tenant t join pg_constraint k on k.conrelid = t.oid and k.contype = 'f'
             where (select attname from pg_attribute where attrelid = t.oid and attnum = k.conkey[1]) <> 'jurisdiction_id'
            union all
            select 'ix ' || t.name || ' ' || i.indexrelid::regclass::text from tenant t join pg_index i on i.indrelid = t.oid
             where i.indkey[0] = 0 or (select attname from pg_attribute where attrelid = t.oid and attnum = i.indkey[0]) <> 'jurisdiction_id'
            """))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) found.Add(StripSchemaOfIndex(reader.GetString(0)));

        var unexplained = found.Where(f => !PlatformLookups.ContainsKey(f)).ToList();
        Assert.True(unexplained.Count == 0, "not led by jurisdiction_id: " + string.Join("; ", unexplained));
        Assert.Empty(PlatformLookups.Keys.Except(found)); // the list of exceptions stays true
    }

    // regclass prints "schema.index" for an index outside the search path; the exceptions name the index alone.
    private static string StripSchemaOfIndex(string entry) =>
        entry.StartsWith("ix ", StringComparison.Ordinal) && entry.Split(' ') is [_, var table, var index] && index.Contains('.')
            ? $"ix {table} {index[(index.IndexOf('.') + 1)..]}" : entry;

    [Fact]
    public async Task The_model_of_every_registered_DbContext_is_the_schema_the_migrations_made()
    {
        var columns = await ReadColumnsAsync();
        var contexts = RegisteredContextTypes().ToList();
        Assert.Contains(contexts, t => t.Name == "SixOnesDbContext");
        Assert.Contains(contexts, t => t.Name == "CountyDbContext");
        Assert.Contains(contexts, t => t.Name == "RosterDbContext");

        var drift = new List<string>();
        using var scope = Host.App.Services.CreateScope();
        foreach (var type in contexts)
        {
            using var context = CreateContext(scope.ServiceProvider, type);
            var model = context.GetService<IDesignTimeModel>().Model;
            foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null))
            {
                var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema() ?? "public");
                var table = $"{store.Schema}.{store.Name}";
                if (!columns.ContainsKey(table))
                {
                    drift.Add($"{type.Name}: {entity.DisplayName()} maps table {table}, which no migration creates");
                    continue;
                }
                foreach (var property in entity.GetProperties())
                {
                    if (property.GetColumnName(store) is not { } column) continue;
                    if (!columns[table].TryGetValue(column, out var actual))
                    {
                        drift.Add($"{type.Name}: {entity.DisplayName()}.{property.Name} maps column {table}.{column}, which does not exist");
                        continue;
                    }
                    if (actual.System) continue; // xmin and friends: PostgreSQL's own
                    var expectedType = property.GetColumnType(store);
                    if (!SameType(expectedType, actual.Type))
                        drift.Add($"{type.Name}: {table}.{column} is {actual.Type} in SQL, {expectedType} in the model");
                    if (property.IsColumnNullable(store) != actual.Nullable)
                        drift.Add($"{type.Name}: {table}.{column} is {(actual.Nullable ? "nullable" : "not null")} in SQL, {(property.IsColumnNullable(store) ? "nullable" : "required")} in the model");
                }
            }
        }
        Assert.True(drift.Count == 0, string.Join("\n", drift));
    }

    private static bool SameType(string model, string sql) =>
        string.Equals(Normalize(model), Normalize(sql), StringComparison.OrdinalIgnoreCase);

    // The model names some types by their short aliases.
    private static string Normalize(string type) => type.Trim() switch
    {
        "timestamptz" => "timestamp with time zone",
        "timestamp" => "timestamp without time zone",
        "varchar" => "character varying",
        "int" or "int4" => "integer",
        "int8" => "bigint",
        "int2" => "smallint",
        "bool" => "boolean",
        var other => other.Replace("varchar(", "character varying("),
    };

    /// <summary>Every non-abstract DbContext in the host's, the core modules' and the loaded plugins' assemblies that the container can hand out.</summary>
    private IEnumerable<Type> RegisteredContextTypes()
    {
        var assemblies = ModularApp.CoreModules.Select(m => m.GetType().Assembly)
            .Append(typeof(ModularApp).Assembly)
            .Concat(Host.App.Services.GetRequiredService<PluginRegistry>().Loaded.Select(p => p.Assembly!))
            .Distinct();
        var registered = Host.App.Services.GetRequiredService<IServiceProviderIsService>();
        return assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(DbContext).IsAssignableFrom(t))
            .Where(t => registered.IsService(t) || registered.IsService(typeof(IDbContextFactory<>).MakeGenericType(t)));
    }

    private static DbContext CreateContext(IServiceProvider services, Type type)
    {
        var factory = services.GetService(typeof(IDbContextFactory<>).MakeGenericType(type));
        if (factory is not null)
            return (DbContext)factory.GetType().GetMethod(nameof(IDbContextFactory<DbContext>.CreateDbContext), Type.EmptyTypes)!.Invoke(factory, null)!;
        return (DbContext)services.GetRequiredService(type);
    }

    private sealed record Column(string Type, bool Nullable, bool System);

    private async Task<Dictionary<string, Dictionary<string, Column>>> ReadColumnsAsync()
    {
        await using var owner = NpgsqlDataSource.Create(Host.ConnectionString);
        await using var command = owner.CreateCommand("""
            select n.nspname || '.' || c.relname, a.attname, format_type(a.atttypid, a.atttypmod), not a.attnotnull, a.attnum < 0
              from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
             where c.relkind in ('r', 'p', 'v') and not a.attisdropped and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
            """);
        var tables = new Dictionary<string, Dictionary<string, Column>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var columns)) tables[table] = columns = [];
            columns[reader.GetString(1)] = new Column(reader.GetString(2), reader.GetBoolean(3), reader.GetBoolean(4));
        }
        return tables;
    }
}
