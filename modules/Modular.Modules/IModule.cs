using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Modules;

/// <summary>
/// A core module as the host composes it: its tables (a schema built by its migrations), its services,
/// its API, its pages and their menu entries. The host keeps one ordered list of modules and does the
/// same with each, so adding a module is one line there. (Plugins have their own contract,
/// <c>IPluginStartup</c> in the SDK.)
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

    /// <summary>
    /// The assembly whose compiled Razor pages (<c>Pages/…</c>, a Razor class library) the host serves beside
    /// its own, or null for a module without pages. A page keeps the route of its <c>@page</c> line, and the
    /// host's folder conventions (<c>/Office</c> for the jurisdiction's office, <c>/Oversight</c>, …) apply by
    /// its path under <c>Pages/</c>; the layout and the shared partials are the host's.
    /// </summary>
    Assembly? PagesAssembly { get; }

    /// <summary>The links to the module's pages in the host's menu, in the section each belongs to.</summary>
    IReadOnlyList<ModuleMenuEntry> Menu { get; }
}
