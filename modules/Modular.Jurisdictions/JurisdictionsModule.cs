using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Audit;
using Modular.Sdk;
using Npgsql;

namespace Modular.Jurisdictions;

internal static class JurisdictionsModule
{
    public static IServiceCollection AddJurisdictions(this IServiceCollection services)
    {
        services.AddPooledDbContextFactory<JurisdictionsDbContext>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<PlatformDatabase>().DataSource).UseModularAudit(sp).UseModularThreadSafetyChecks(sp));
        services.AddSingleton<JurisdictionDirectory>();
        services.AddScoped<JurisdictionContext>();
        services.AddScoped<IJurisdictionContext>(sp => sp.GetRequiredService<JurisdictionContext>());
        services.AddScoped<JurisdictionAdmin>();
        services.AddScoped<PluginSwitchEditor>();
        return services;
    }
}
