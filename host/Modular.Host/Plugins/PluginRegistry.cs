using System.Reflection;

namespace Modular.Host.Plugins;

/// <summary>Every discovered plugin and its state, for the health check, the admin pages and the route guard.</summary>
public sealed class PluginRegistry(string directory, IReadOnlyList<PluginDescriptor> plugins)
{
    public string Directory { get; } = directory;
    public IReadOnlyList<PluginDescriptor> All { get; } = plugins;
    public IEnumerable<PluginDescriptor> Loaded => All.Where(p => p.IsLoaded);

    public PluginDescriptor? Find(string id) => All.FirstOrDefault(p => p.Id == id && p.Manifest is not null);

    public PluginDescriptor? FindByAssembly(Assembly assembly) => All.FirstOrDefault(p => p.Assembly == assembly);
}
