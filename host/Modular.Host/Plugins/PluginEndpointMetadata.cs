namespace Modular.Host.Plugins;

/// <summary>Marks a page or API endpoint as belonging to a plugin, so the guard can answer 404 where it is off.</summary>
public sealed record PluginEndpointMetadata(string PluginId);
