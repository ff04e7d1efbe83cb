using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Modules;

/// <summary>
/// A core module as the host composes it: its tables (a schema built by its migrations), its services,
/// and its API. The host keeps one ordered list of modules and does the same with each, so adding a
/// module is one line there. (Plugins have their own contract, <c>IPluginStartup</c> in the SDK.)
/// </summary>
public interface IModule
{
    /// <summary>What logs and errors call the module, e.g. <c>organizations</c>.</summary>
    string Name { get; }

    /// <summary>The schema the module's tables live in; its migrations run there.</summary>
    string Schema { get; }

    /// <summary>The assembly whose embedded <c>Migrations/NNNN_name.sql</c> build <see cref="Schema"/>.</summary>
    Assembly MigrationsAssembly { get; }

    /// <summary>Registers the module's services, before the container is built.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's API, with its routes, policies and OpenAPI tags.</summary>
    void MapApi(IEndpointRouteBuilder app);
}
