using System.Collections.Concurrent;
using Modular.Host.Database;
using Npgsql;

namespace Modular.Testing;

/// <summary>
/// A database of its own for one test, on the shared <see cref="TestPostgres"/> cluster: created
/// empty or as a copy of a template, dropped on dispose. Unique names keep parallel tests apart.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new(StringComparer.Ordinal);

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string Name { get; }
    public string ConnectionString { get; }
    public NpgsqlDataSource DataSource { get; }

    /// <summary>A new database, copied from <paramref name="templateName"/> (see <see cref="EnsureTemplateAsync"/>) or empty.</summary>
    public static async Task<TestDatabase> CreateAsync(string? templateName = null)
    {
        var template = templateName ?? "template0";
        SqlIdentifier.Require(template, nameof(templateName));
        var name = $"test_{Guid.NewGuid():N}";
        await AdminExecuteAsync($"create database {name} template {template}");
        var cluster = await TestPostgres.GetAsync();
        return new TestDatabase(name, cluster.ConnectionStringFor(name));
    }

    /// <summary>
    /// Builds template database <paramref name="name"/> once per process by running
    /// <paramref name="build"/> on a new database; concurrent callers wait for that one build. The
    /// name stands for the build: pass the same <paramref name="build"/> wherever you use it.
    /// </summary>
    public static Task<string> EnsureTemplateAsync(string name, Func<NpgsqlDataSource, Task> build)
    {
        SqlIdentifier.Require(name, nameof(name));
        return Templates.GetOrAdd(name, _ => new Lazy<Task<string>>(() => BuildTemplateAsync(name, build))).Value;
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await AdminExecuteAsync($"drop database if exists {Name} with (force)");
    }

    private static async Task<string> BuildTemplateAsync(string name, Func<NpgsqlDataSource, Task> build)
    {
        await AdminExecuteAsync($"create database {name} template template0");
        var cluster = await TestPostgres.GetAsync();
        // Disposing the data source closes its pooled connections: a database cannot be copied
        // while anyone is connected to it.
        await using (var dataSource = NpgsqlDataSource.Create(cluster.ConnectionStringFor(name)))
            await build(dataSource);
        // A connection the build leaked would still block every copy.
        await AdminExecuteAsync($"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{name}'");
        await AdminExecuteAsync($"alter database {name} with is_template true");
        return name;
    }

    private static async Task AdminExecuteAsync(string sql)
    {
        var admin = await TestPostgres.AdminAsync();
        await using var command = admin.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
