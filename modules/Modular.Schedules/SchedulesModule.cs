using Microsoft.Extensions.DependencyInjection;
using Modular.Audit;

namespace Modular.Schedules;

internal static class SchedulesModule
{
    /// <summary>The schedules services; <paramref name="runJobs"/> also starts the schedules pass (obligations current, daily run).</summary>
    public static IServiceCollection AddSchedules(this IServiceCollection services, bool runJobs)
    {
        services.AddTenantDbContext<SchedulesDbContext>();
        services.AddScoped<CurrentObligations>();
        services.AddScoped<ObligationGenerations>();
        services.AddScoped<ObligationStore>();
        services.AddScoped<Modular.Sdk.Scheduling.IObligationRecords>(sp => sp.GetRequiredService<ObligationStore>());
        services.AddScoped<Assignees>();
        services.AddScoped<CampaignService>();
        services.AddScoped<EventService>();
        services.AddScoped<Modular.Sdk.Scheduling.ICampaignEvents, CampaignEventStore>();
        services.AddScoped<CalendarService>();
        services.AddScoped<DeadlineTypeNames>();
        services.AddScoped<IObligationTypeNames>(sp => sp.GetRequiredService<DeadlineTypeNames>());
        services.AddScoped<ComplianceRollup>();
        services.AddScoped<ReminderService>();
        services.AddSingleton<ReminderJob>();
        services.AddOptions<JobOptions>().BindConfiguration("Modular:Jobs");
        services.AddSingleton<JobClaims>();
        if (runJobs) services.AddHostedService<SchedulesJobService>();
        return services;
    }
}
