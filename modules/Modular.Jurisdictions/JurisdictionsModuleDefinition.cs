using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Jurisdictions.Api;
using Modular.Modules;

namespace Modular.Jurisdictions;

/// <summary>Jurisdictions as the host composes them: schema <c>jurisdictions</c>, the directory and plugin switches, the platform's jurisdiction API.</summary>
public sealed class JurisdictionsModuleDefinition : IModule
{
    public string Name => "jurisdictions";
    public string Schema => JurisdictionsDbContext.Schema;
    public Assembly MigrationsAssembly => typeof(JurisdictionsDbContext).Assembly;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddJurisdictions();

    public void MapApi(IEndpointRouteBuilder app) => app.MapJurisdictionsApi();

    /// <summary>None: the platform's jurisdiction pages are the host's (<c>/Admin</c>).</summary>
    public Assembly? PagesAssembly => null;
    public IReadOnlyList<ModuleMenuEntry> Menu => [];
}
