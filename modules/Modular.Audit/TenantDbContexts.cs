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
/// in the database by binding every connection it opens (<see cref="JurisdictionSessions"/>).
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
            return context;
        });
        return services;
    }
}
