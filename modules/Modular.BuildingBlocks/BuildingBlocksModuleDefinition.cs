using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.BuildingBlocks.Api;
using Modular.Modules;
using Modular.Sdk.Core;

namespace Modular.BuildingBlocks;

/// <summary>The building blocks as the host composes them: schema <c>blocks</c>, the SDK services plugins inject, the reviewers' API.</summary>
public sealed class BuildingBlocksModuleDefinition : IModule
{
    public string Name => "building-blocks";
    public string Schema => BuildingBlocksModule.Schema;
    public Assembly MigrationsAssembly => typeof(BuildingBlocksModule).Assembly;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddBuildingBlocks();

    public void MapApi(IEndpointRouteBuilder app) => app.MapBlocksApi();

    /// <summary>The office's review desk and pledges and evaluations (<c>/Office</c>).</summary>
    public Assembly? PagesAssembly => typeof(BuildingBlocksModuleDefinition).Assembly;

    public IReadOnlyList<ModuleMenuEntry> Menu { get; } =
    [
        new(MenuSection.Office, "/Office/Reviews", "审核与推荐", "Reviews and nominations", 30) { Roles = [KnownRoles.JurisdictionAdmin] },
        new(MenuSection.Office, "/Office/Pledges", "承诺与评议", "Pledges and evaluations", 40) { Roles = [KnownRoles.JurisdictionAdmin] },
    ];
}
