using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Modular.Host.Database;
using Modular.Host.Plugins;
using Modular.Identity;
using Npgsql;

namespace Modular.Host.Health;

/// <summary>The database answers a query within a few seconds.</summary>
public sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("select current_setting('server_version')");
            command.CommandTimeout = 3; // a load balancer asks often: answer fast rather than hang with the database
            var version = (string?)await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PostgreSQL {version}");
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL does not answer: {ex.Message}");
        }
    }
}

/// <summary>Every migration of the core modules, the host and the loaded plugins that this instance applied is still recorded.</summary>
public sealed class MigrationsHealthCheck(SqlMigrationRunner migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var missing = await migrations.MissingAsync(cancellationToken);
            return missing.Count == 0
                ? HealthCheckResult.Healthy("all migrations applied")
                : HealthCheckResult.Unhealthy($"{missing.Count} migration(s) not recorded, e.g. {string.Join(", ", missing.Take(3))}");
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"migrations cannot be read: {ex.Message}");
        }
    }
}

/// <summary>Every discovered plugin loaded; a failed or refused one degrades the host without stopping it.</summary>
public sealed class PluginsHealthCheck(PluginRegistry registry) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var broken = registry.All.Where(p => !p.IsLoaded).Select(p => p.Id).ToList();
        return Task.FromResult(broken.Count == 0
            ? HealthCheckResult.Healthy($"{registry.All.Count} plugin(s) loaded")
            : HealthCheckResult.Degraded($"not loaded: {string.Join(", ", broken)}"));
    }
}

/// <summary>Writes <c>/healthz</c>: overall status, the database, and one entry per discovered plugin.</summary>
public static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        var registry = http.RequestServices.GetRequiredService<PluginRegistry>();
        var database = report.Entries.GetValueOrDefault("database");
        // Anyone (a load balancer, a monitor) learns whether it is up; the server version, the plugin
        // folder and why a plugin failed are for platform admins only.
        var details = http.User.IsPlatformAdmin();
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            database = new { status = database.Status.ToString().ToLowerInvariant(), description = details ? database.Description : null },
            pluginDirectory = details ? registry.Directory : null,
            plugins = registry.All.Select(p => new
            {
                id = p.Id,
                version = details ? p.Manifest?.Version : null,
                state = p.State.ToString().ToLowerInvariant(),
                reason = details ? p.Reason : null,
            }),
        };
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
