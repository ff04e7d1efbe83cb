using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modular.Sdk;
using Modular.Sdk.Core;
using Npgsql;

namespace Modular.Schedules;

public static class SchedulesModule
{
    /// <summary>The schedules services; <paramref name="runJobs"/> also starts the daily reminder job.</summary>
    public static IServiceCollection AddSchedules(this IServiceCollection services, bool runJobs)
    {
        // As the host registers a plugin's context: pooled, no tracking by default, bound to the request's jurisdiction.
        services.AddPooledDbContextFactory<SchedulesDbContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddScoped(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<SchedulesDbContext>>().CreateDbContext();
            context.CurrentJurisdictionId = sp.GetRequiredService<IJurisdictionContext>().Current?.Id ?? 0;
            return context;
        });
        services.AddScoped<ObligationStore>();
        services.AddScoped<Assignees>();
        services.AddScoped<CampaignService>();
        services.AddScoped<EventService>();
        services.AddScoped<CalendarService>();
        services.AddScoped<ComplianceRollup>();
        services.AddScoped<ReminderService>();
        services.AddSingleton<ReminderJob>();
        // Until the organizations and people module registers the real ones: empty views, so pages work.
        services.TryAddScoped<IOrganizationDirectory, NoOrganizations>();
        services.TryAddScoped<IRoster, NoRoster>();
        if (runJobs) services.AddHostedService<SchedulesJobService>();
        return services;
    }
}

internal sealed class NoOrganizations : IOrganizationDirectory
{
    public Task<IReadOnlyList<OrganizationInfo>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<OrganizationInfo>>([]);
    public Task<OrganizationInfo?> FindAsync(long id, CancellationToken cancellationToken = default) => Task.FromResult<OrganizationInfo?>(null);
    public Task<IReadOnlyList<OrganizationInfo>> SubtreeAsync(long rootId, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<OrganizationInfo>>([]);
    public Task<IReadOnlyList<OfficerInfo>> OfficersAsync(long organizationId, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<OfficerInfo>>([]);
}

internal sealed class NoRoster : IRoster
{
    public Task<IReadOnlyList<PersonInfo>> MembersAsync(RosterQuery query, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<PersonInfo>>([]);
    public Task<PersonInfo?> FindAsync(long personId, CancellationToken cancellationToken = default) => Task.FromResult<PersonInfo?>(null);
}
