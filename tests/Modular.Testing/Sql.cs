using Npgsql;

namespace Modular.Testing;

/// <summary>One-line queries for assertions.</summary>
public static class Sql
{
    public static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Unpooled, so tests that stop and restart a server never get a dead pooled connection.</summary>
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var dataSource = Unpooled(connectionString);
        return await ScalarAsync<T>(dataSource, sql);
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var dataSource = Unpooled(connectionString);
        await ExecuteAsync(dataSource, sql);
    }

    private static NpgsqlDataSource Unpooled(string connectionString) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false });
}
