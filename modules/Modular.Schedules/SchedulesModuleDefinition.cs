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

    /// <summary>
    /// The calendar and compliance (<c>/Schedules</c>), the office's campaigns and events (<c>/Office</c>), and the
    /// due-and-overdue card the host's workbench shows (<c>Shared/_DueAndOverdue</c>).
    /// </summary>
    public Assembly? PagesAssembly => typeof(SchedulesModuleDefinition).Assembly;

    public IReadOnlyList<ModuleMenuEntry> Menu { get; } =
    [
        new(MenuSection.Workspace, "/Schedules/Calendar", "日历", "Calendar", 30),
        new(MenuSection.Workspace, "/Schedules/Compliance", "完成情况", "Compliance", 40),
        new(MenuSection.Office, "/Office/Campaigns", "活动实例与阶段", "Campaigns and stages", 50) { Roles = [KnownRoles.JurisdictionAdmin] },
        new(MenuSection.Office, "/Office/Events", "会议与培训", "Meetings and trainings", 60) { Roles = [KnownRoles.JurisdictionAdmin] },
    ];
}
