using System.Reflection;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host;
using Modular.Host.Database;
using Modular.Host.Scheduling;
using Npgsql;

namespace Modular.Testing;

/// <summary>
/// A database of its own migrated as the host migrates it — every core module, then the host's own tables — with one
/// plugin's migrations applied up to, not including, <c>stopBefore</c>: a test puts old-shape rows in with plain SQL,
/// then <see cref="ApplyRestAsync"/> runs the migration under test (and any after it) and the test reads what it made.
/// The core modules are migrated once per process into a template; each database is a copy of it.
/// </summary>
public sealed class MigrationTestDatabase : IAsyncDisposable
{
    private const string Template = "tpl_core_modules_v1";
    private readonly TestDatabase _database;
    private readonly string _schema;
    private readonly IReadOnlyList<SqlMigration> _migrations;

    private MigrationTestDatabase(TestDatabase database, string schema, IReadOnlyList<SqlMigration> migrations) =>
        (_database, _schema, _migrations) = (database, schema, migrations);

    public NpgsqlDataSource DataSource => _database.DataSource;

    /// <summary>
    /// The plugin's schema (plugin.json's <c>"schema"</c>) migrated by its assembly's embedded migrations whose id sorts
    /// before <paramref name="stopBefore"/> (e.g. <c>"0005"</c> stops before <c>0005_…</c>).
    /// </summary>
    public static async Task<MigrationTestDatabase> StoppedBeforeAsync(Assembly pluginAssembly, string schema, string stopBefore)
    {
        var migrations = SqlMigrations.FromAssembly(pluginAssembly);
        if (!migrations.Any(m => m.Id.StartsWith(stopBefore, StringComparison.Ordinal)))
            throw new ArgumentException($"{pluginAssembly.GetName().Name} has no migration {stopBefore}.", nameof(stopBefore));
        var template = await TestDatabase.EnsureTemplateAsync(Template, async dataSource =>
        {
            var runner = Runner(dataSource);
            foreach (var module in ModularApp.CoreModules)
                await runner.ApplyAsync(module.Schema, SqlMigrations.FromAssembly(module.MigrationsAssembly), default);
            await runner.ApplyAsync(ModularApp.HostSchema, SqlMigrations.FromAssembly(typeof(ModularApp).Assembly), default);
        });
        var database = new MigrationTestDatabase(await TestDatabase.CreateAsync(template), schema, migrations);
        await Runner(database.DataSource).ApplyAsync(schema, [.. migrations.Where(m => string.CompareOrdinal(m.Id, stopBefore) < 0)], default);
        return database;
    }

    /// <summary>Applies the plugin's remaining migrations, as the host would at its next start.</summary>
    public Task ApplyRestAsync() => Runner(DataSource).ApplyAsync(_schema, _migrations, default);

    /// <summary>Runs plain SQL (the plugin's schema first on the search path).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand($"set search_path to \"{_schema}\", public; {sql}");
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Each row of a query as one text (its columns joined by a space, null as "-"), in the query's order.</summary>
    public async Task<IReadOnlyList<string>> RowsAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "-" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static SqlMigrationRunner Runner(NpgsqlDataSource dataSource) => new(dataSource, NullLogger<SqlMigrationRunner>.Instance);
}
