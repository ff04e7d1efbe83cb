using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Modular.Audit;

public static class AuditModule
{
    /// <summary>The schema of <c>audit.entries</c>; the host applies this assembly's migrations to it.</summary>
    public const string Schema = "audit";

    /// <summary>The interceptor, who is acting (the request's user), and <see cref="AuditLog"/>. Needs a <see cref="PlatformDatabase"/>: the log serves every jurisdiction.</summary>
    public static IServiceCollection AddModularAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditActor, HttpContextAuditActor>();
        services.TryAddSingleton<AuditInterceptor>();
        services.AddPooledDbContextFactory<AuditDbContext>((sp, options) => options.UseNpgsql(sp.GetRequiredService<PlatformDatabase>().DataSource).UseModularThreadSafetyChecks(sp));
        services.TryAddSingleton(sp => new AuditLog(sp.GetRequiredService<IDbContextFactory<AuditDbContext>>()));
        services.TryAddScoped<Modular.Sdk.Core.IPersonalDataDownloads, PersonalDataDownloadLog>();
        services.TryAddSingleton<AuditVocabulary>();
        services.TryAddScoped<AuditEntryDescriber>();
        return services;
    }

    /// <summary>
    /// Audits what this context saves: every insert, update and delete of a row that belongs to a
    /// jurisdiction is recorded in the same transaction. Call where the context's options are built:
    /// <c>options.UseNpgsql(dataSource).UseModularAudit(sp)</c>.
    /// </summary>
    public static DbContextOptionsBuilder UseModularAudit(this DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(services.GetRequiredService<AuditInterceptor>());

    public static DbContextOptionsBuilder<TContext> UseModularAudit<TContext>(this DbContextOptionsBuilder<TContext> options, IServiceProvider services)
        where TContext : DbContext =>
        options.AddInterceptors(services.GetRequiredService<AuditInterceptor>());
}
