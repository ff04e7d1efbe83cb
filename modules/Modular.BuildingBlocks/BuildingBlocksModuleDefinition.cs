using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.BuildingBlocks.Api;
using Modular.Modules;

namespace Modular.BuildingBlocks;

/// <summary>The building blocks as the host composes them: schema <c>blocks</c>, the SDK services plugins inject, the reviewers' API.</summary>
public sealed class BuildingBlocksModuleDefinition : IModule
{
    public string Name => "building-blocks";
    public string Schema => BuildingBlocksModule.Schema;
    public Assembly MigrationsAssembly => typeof(BuildingBlocksModule).Assembly;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddBuildingBlocks();

    public void MapApi(IEndpointRouteBuilder app) => app.MapBlocksApi();
}
