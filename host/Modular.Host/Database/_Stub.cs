// TEMPORARY until the database pieces are merged.
using System.Reflection;
using Npgsql;
namespace Modular.Host.Database;
public sealed class EmbeddedPostgres : IAsyncDisposable { public string DataDirectory => ""; public Task StopAsync() => Task.CompletedTask; public ValueTask DisposeAsync() => default; }
public sealed class EmbeddedPostgresException(string m) : Exception(m);
public sealed record SqlMigration(string Id, string Sql);
public static class SqlMigrations { public static IReadOnlyList<SqlMigration> FromAssembly(Assembly a) => []; }
public sealed class SqlMigrationRunner(NpgsqlDataSource d, ILogger<SqlMigrationRunner> l) { public object X => (d, l); public Task<int> ApplyAsync(string s, IReadOnlyList<SqlMigration> m, CancellationToken ct) => Task.FromResult(0); }
public static class DatabaseSetup { public sealed record Result(string ConnectionString, EmbeddedPostgres? Embedded);
 public static Task<Result> ResolveConnectionStringAsync(IConfiguration c, string root, ILoggerFactory lf, CancellationToken ct) => Task.FromResult(new Result("", null)); }
