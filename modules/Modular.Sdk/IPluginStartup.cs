using Microsoft.AspNetCore.Routing;

namespace Modular.Sdk;

/// <summary>
/// A plugin's entry point. The host finds the one public class implementing this in the assembly
/// named by the manifest, creates it with its parameterless constructor, and calls it in dependency
/// order (then by <see cref="Order"/>): services first, before the container is built; endpoints after.
/// </summary>
public interface IPluginStartup
{
    /// <summary>Among plugins with no dependency between them, lower runs first.</summary>
    int Order => 0;

    /// <summary>Registers services and everything the host collects (DbContext, menu, widgets, jobs, obligations).</summary>
    void ConfigureServices(IPluginBuilder plugin);

    /// <summary>
    /// Maps the plugin's API. <paramref name="api"/> is already prefixed with
    /// <c>/api/j/{jurisdiction}/{plugin-id}</c> and guarded: it answers 404 where the plugin is off.
    /// </summary>
    void MapEndpoints(IEndpointRouteBuilder api) { }
}
