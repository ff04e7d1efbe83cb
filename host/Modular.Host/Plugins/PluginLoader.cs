using System.Reflection;
using System.Runtime.Loader;
using Modular.Sdk;
using Modular.Sdk.Manifest;
using ContextLoader = McMaster.NETCore.Plugins.PluginLoader;

namespace Modular.Host.Plugins;

/// <summary>
/// Finds plugins in a directory (one subfolder each), checks them without running their code, loads
/// each into its own load context and creates its startup. A plugin that cannot be loaded is reported on
/// its descriptor and never stops the others or the host.
/// </summary>
/// <remarks>
/// The load context is McMaster.NETCore.Plugins': the shared assemblies (the SDK, ASP.NET Core, EF Core,
/// Npgsql… see <see cref="SharedAssemblies"/>) come from the host so types unify, everything else from the
/// plugin's folder by its deps.json. McMaster quietly falls back to a plugin's own copy when the host cannot
/// give a shared assembly; our checks before loading make that impossible: a plugin that carries a copy of a
/// shared assembly, or references one the host lacks, is refused without running any of its code.
/// </remarks>
/// <param name="reservedSchemas">The core modules' schemas (and the host's): no plugin may keep its tables there.</param>
public sealed class PluginLoader(SharedAssemblies shared, ILogger<PluginLoader> logger, IReadOnlyCollection<string>? reservedSchemas = null)
{

    /// <summary>All subfolders of <paramref name="directory"/>, the loaded ones in dependency order first.</summary>
    public IReadOnlyList<PluginDescriptor> LoadAll(string directory)
    {
        if (!Directory.Exists(directory))
        {
            logger.LogWarning("Plugin directory {Directory} does not exist; no plugins loaded", directory);
            return [];
        }

        var plugins = Directory.GetDirectories(directory).Order(StringComparer.Ordinal)
            .Select(ReadManifest).ToList();
        RefuseDuplicateIds(plugins);
        RefuseTakenSchemas(plugins);
        foreach (var plugin in plugins.Where(p => p.IsLoaded))
            Load(plugin);
        var ordered = OrderByDependencies(plugins);
        foreach (var plugin in ordered)
            Report(plugin);
        return ordered;
    }

    private PluginDescriptor ReadManifest(string folder)
    {
        var plugin = new PluginDescriptor(folder);
        var manifestPath = Path.Combine(folder, PluginManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            plugin.Fail($"no {PluginManifest.FileName} in {folder}.");
            return plugin;
        }
        try
        {
            plugin.Manifest = PluginManifest.Load(manifestPath);
        }
        catch (Exception ex) when (ex is PluginManifestException or IOException)
        {
            plugin.Fail(ex.Message);
            return plugin;
        }
        if (!ModularSdk.IsCompatible(plugin.Manifest.ParsedSdkVersion))
            plugin.Refuse($"declares SDK {plugin.Manifest.SdkVersion}, but this host runs SDK {ModularSdk.Version.ToString(3)}: rebuild the plugin against SDK {ModularSdk.Version.Major}.x.");
        return plugin;
    }

    private static void RefuseDuplicateIds(List<PluginDescriptor> plugins)
    {
        foreach (var group in plugins.Where(p => p.Manifest is not null).GroupBy(p => p.Id).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                duplicate.Refuse($"id \"{group.Key}\" is already used by the plugin in {group.First().Folder}.");
    }

    /// <summary>A schema is one plugin's: not a core module's, not another plugin's (the first folder keeps it).</summary>
    private void RefuseTakenSchemas(List<PluginDescriptor> plugins)
    {
        foreach (var plugin in plugins.Where(p => p.Manifest?.Schema is { } schema && (reservedSchemas ?? []).Contains(schema)))
            plugin.Refuse($"schema \"{plugin.Manifest!.Schema}\" belongs to the host's core; choose another in plugin.json.");
        foreach (var group in plugins.Where(p => p.IsLoaded && p.Manifest?.Schema is not null).GroupBy(p => p.Manifest!.Schema).Where(g => g.Count() > 1))
            foreach (var taken in group.Skip(1))
                taken.Refuse($"schema \"{group.Key}\" is already used by plugin \"{group.First().Id}\" in {group.First().Folder}.");
    }

    /// <summary>
    /// Dependencies before dependants, then by the startups' Order and folder name. A plugin whose
    /// dependency is absent or not loaded fails, and so does every plugin on a dependency cycle.
    /// </summary>
    private static List<PluginDescriptor> OrderByDependencies(List<PluginDescriptor> plugins)
    {
        var byId = plugins.Where(p => p.Manifest is not null).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.FirstOrDefault(p => p.IsLoaded) ?? g.First());
        var ordered = new List<PluginDescriptor>();
        var visiting = new List<string>();
        var done = new HashSet<string>();

        void Visit(PluginDescriptor plugin)
        {
            if (done.Contains(plugin.Id)) return;
            if (visiting.Contains(plugin.Id))
            {
                var cycle = visiting.SkipWhile(id => id != plugin.Id).Append(plugin.Id).ToList();
                foreach (var id in cycle) byId[id].Fail($"dependency cycle: {string.Join(" → ", cycle)}.");
                return;
            }
            visiting.Add(plugin.Id);
            foreach (var dependencyId in plugin.Manifest!.Dependencies)
            {
                if (!byId.TryGetValue(dependencyId, out var dependency))
                {
                    plugin.Fail($"depends on plugin \"{dependencyId}\", which is not installed.");
                    continue;
                }
                Visit(dependency);
                if (!dependency.IsLoaded)
                    plugin.Fail($"depends on plugin \"{dependencyId}\", which is {dependency.State.ToString().ToLowerInvariant()}.");
            }
            visiting.Remove(plugin.Id);
            done.Add(plugin.Id);
            ordered.Add(plugin);
        }

        foreach (var plugin in byId.Values.OrderBy(p => p.Startup?.Order ?? 0).ThenBy(p => p.Folder, StringComparer.Ordinal))
            Visit(plugin);
        return [.. ordered.Where(p => p.IsLoaded), .. plugins.Where(p => !p.IsLoaded)];
    }

    private void Load(PluginDescriptor plugin)
    {
        var manifest = plugin.Manifest!;
        var assemblyPath = Path.Combine(plugin.Folder, manifest.Assembly);
        if (!File.Exists(assemblyPath))
        {
            plugin.Fail($"assembly {manifest.Assembly} named by the manifest is missing from {plugin.Folder}.");
            return;
        }
        try
        {
            var refusal = PluginAssemblyInspector.FindIncompatibility(assemblyPath, ModularSdk.Version, shared, PluginAssemblyInspector.HostVersionOf)
                          ?? PluginAssemblyInspector.FindSharedCopy(plugin.Folder, shared);
            if (refusal is not null)
            {
                plugin.Refuse(refusal);
                return;
            }
            var loader = ContextLoader.CreateFromAssemblyFile(Path.GetFullPath(assemblyPath), config =>
            {
                config.PreferSharedTypes = false; // only shared assemblies come from the host; the rest is the plugin's
                config.DefaultContext = AssemblyLoadContext.Default;
                config.IsLazyLoaded = true; // what a shared assembly references is the host's too
                foreach (var name in PluginAssemblyInspector.ReadReferences(assemblyPath).Where(shared.IsShared))
                    config.SharedAssemblies.Add(name);
            });
            var assembly = loader.LoadDefaultAssembly();
            plugin.LoadContext = loader.LoadContext;
            plugin.Assembly = assembly;
            plugin.Startup = CreateStartup(assembly);
        }
        catch (Exception ex)
        {
            plugin.Fail(Describe(ex));
        }
    }

    private static IPluginStartup CreateStartup(Assembly assembly)
    {
        var startupTypes = assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPluginStartup).IsAssignableFrom(t)).ToList();
        if (startupTypes.Count != 1)
            throw new PluginLoadException(startupTypes.Count == 0
                ? $"{assembly.GetName().Name} has no public class implementing IPluginStartup."
                : $"{assembly.GetName().Name} has {startupTypes.Count} classes implementing IPluginStartup; keep one.");
        // Name-based reflection inside the plugin's constructor must resolve in the plugin's context.
        using var scope = AssemblyLoadContext.EnterContextualReflection(assembly);
        return (IPluginStartup)Activator.CreateInstance(startupTypes[0])!;
    }

    /// <summary>A one-line reason a person can act on, with the innermost cause.</summary>
    public static string Describe(Exception ex)
    {
        if (ex is TargetInvocationException { InnerException: { } inner }) ex = inner;
        if (ex is ReflectionTypeLoadException rtle && rtle.LoaderExceptions.FirstOrDefault(e => e is not null) is { } loader) ex = loader;
        var message = ex is PluginLoadException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
        return ex.InnerException is { } cause && ex is not PluginLoadException ? $"{message} ({cause.GetType().Name}: {cause.Message})" : message;
    }

    private void Report(PluginDescriptor plugin)
    {
        switch (plugin.State)
        {
            case PluginState.Loaded:
                logger.LogInformation("Plugin {PluginId} {Version} loaded from {Folder}", plugin.Id, plugin.Manifest!.Version, plugin.Folder);
                break;
            case PluginState.Refused:
                logger.LogWarning("Plugin {PluginId} refused: {Reason}", plugin.Id, plugin.Reason);
                break;
            default:
                logger.LogError("Plugin {PluginId} failed: {Reason}", plugin.Id, plugin.Reason);
                break;
        }
    }
}

public sealed class PluginLoadException(string message) : Exception(message);
