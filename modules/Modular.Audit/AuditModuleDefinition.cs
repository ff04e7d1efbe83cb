using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Audit.Api;
using Modular.Modules;
using Modular.Sdk.Core;

namespace Modular.Audit;

/// <summary>The audit log as the host composes it: schema <c>audit</c>, the interceptor and log, <c>GET /api/j/{jurisdiction}/audit</c>.</summary>
public sealed class AuditModuleDefinition : IModule
{
    public string Name => "audit";
    public string Schema => AuditModule.Schema;
    public Assembly MigrationsAssembly => typeof(AuditModule).Assembly;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddModularAudit();

    public void MapApi(IEndpointRouteBuilder app) => app.MapAuditApi();

    /// <summary>The audit log (<c>/Oversight/Audit</c>).</summary>
    public Assembly? PagesAssembly => typeof(AuditModuleDefinition).Assembly;

    public IReadOnlyList<ModuleMenuEntry> Menu { get; } =
    [
        new(MenuSection.Oversight, "/Oversight/Audit", "操作日志", "Audit log", 10) { Roles = KnownRoles.ReadAll },
    ];
}
