using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules;
using Modular.Schedules.Api;
using Modular.Sdk.Core;

namespace Modular.Schedules;

/// <summary>
/// Schedules as the host composes them: schema <c>schedules</c>; the services, with the schedules pass unless
/// <c>Modular:RunScheduledJobs</c> is false; who the caller is on the roster (<see cref="ICurrentUser"/>, from the
/// account link kept here) and whose schedules they may read; the API and the anonymous calendar feed.
/// The host adds what comes from plugins (<see cref="IObligationSource"/>, the plugins' obligation type names).
/// </summary>
public sealed class SchedulesModuleDefinition : IModule
{
    public string Name => "schedules";
    public string Schema => SchedulesDbContext.SchemaName;
    public Assembly MigrationsAssembly => typeof(SchedulesDbContext).Assembly;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSchedules(runJobs: configuration.GetValue("Modular:RunScheduledJobs", defaultValue: true));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<ScheduleAccess>();
        services.AddScoped<ObligationLedger>();
    }

    public void MapApi(IEndpointRouteBuilder app) => app.MapSchedulesApi();
}
