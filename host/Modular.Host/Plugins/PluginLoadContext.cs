using System.Reflection;
using System.Runtime.Loader;

namespace Modular.Host.Plugins;

/// <summary>
/// One per plugin folder. Shared assemblies come from the host so types unify; the plugin's private
/// dependencies (managed, native, satellite) come from its own folder, by its deps.json, even when
/// the host carries another version of the same assembly. Not collectible: a plugin is updated by
/// restarting the host.
/// </summary>
public sealed class PluginLoadContext(string mainAssemblyPath, SharedAssemblies shared)
    : AssemblyLoadContext(name: Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (shared.IsShared(assemblyName))
            return null; // fall back to the default context: the host's copy

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
