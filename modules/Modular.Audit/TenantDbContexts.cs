using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Sdk;
using Modular.Sdk.Data;
using Npgsql;

namespace Modular.Audit;

/// <summary>
/// The one way every jurisdiction-scoped DbContext is registered, core module or plugin: pooled, on
/// the host's data source, no tracking by default, audited, and handed out already bound to the
/// request's (or job's) jurisdiction so that nobody can query it unfiltered: by its query filters, and
/// in the database by its connections, which come from the jurisdiction's own pool
/// (<see cref="JurisdictionDataSources"/>, <see cref="JurisdictionSessions"/>).
/// </summary>
public static class TenantDbContexts
{
    /// <param name="schema">A plugin's schema from its manifest; core modules' contexts name their own.</param>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services, string? schema = null) where TContext : PluginDbContext
    {
        services.AddPooledDbContextFactory<TContext>((sp, options) =>
        {
            options
                .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.MigrationsAssembly(typeof(TContext).Assembly.GetName().Name))
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                .UseModularAudit(sp)
                .UseModularThreadSafetyChecks(sp)
                .AddInterceptors(JurisdictionSessionInterceptor.Instance);
            if (schema is not null) options.UsePluginSchema(schema);
        });
        services.AddScoped(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.CurrentJurisdictionId = sp.GetRequiredService<IJurisdictionContext>().Current?.Id ?? 0;
            // Each rent names its connection, never the last renter's: its jurisdiction's pool (bound
            // from the start, no round trip per query) where the host keeps them, else the shared pool,
            // whose connections the interceptor binds (or leaves unbound: they show nothing).
            context.Database.SetDbConnection(context.CurrentJurisdictionId > 0 && sp.GetService<JurisdictionDataSources>() is { } pools
                ? pools.CreateConnection(context.CurrentJurisdictionId)
                : sp.GetRequiredService<NpgsqlDataSource>().CreateConnection(), contextOwnsConnection: true);
            return context;
        });
        return services;
    }
}
