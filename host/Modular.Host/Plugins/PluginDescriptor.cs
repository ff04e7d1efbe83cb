using System.Reflection;
using Modular.Sdk;
using Modular.Sdk.Manifest;

namespace Modular.Host.Plugins;

public enum PluginState
{
    /// <summary>Loaded and started; serving.</summary>
    Loaded,
    /// <summary>Something went wrong: missing or corrupt files, or it threw while starting.</summary>
    Failed,
    /// <summary>Deliberately not loaded: built for another SDK major, a newer shared assembly, a duplicate id.</summary>
    Refused,
}

/// <summary>One subfolder of the plugins directory and what became of it.</summary>
public sealed class PluginDescriptor(string folder)
{
    public string Folder { get; } = folder;
    public PluginManifest? Manifest { get; internal set; }
    /// <summary>The manifest's id, or the folder name when the manifest could not be read.</summary>
    public string Id => Manifest?.Id ?? Path.GetFileName(Folder);
    public PluginState State { get; private set; } = PluginState.Loaded;
    public string? Reason { get; private set; }
    public Assembly? Assembly { get; internal set; }
    /// <summary>The plugin's own load context (made by McMaster.NETCore.Plugins): its private dependencies live here.</summary>
    public System.Runtime.Loader.AssemblyLoadContext? LoadContext { get; internal set; }
    public IPluginStartup? Startup { get; internal set; }
    /// <summary>What the startup registered with the host: menus, widgets, jobs, DbContexts.</summary>
    public PluginContributions Contributions { get; } = new();

    public bool IsLoaded => State == PluginState.Loaded;

    internal void Fail(string reason) => SetOutcome(PluginState.Failed, reason);
    internal void Refuse(string reason) => SetOutcome(PluginState.Refused, reason);

    // The first problem is the one worth reporting; later ones are consequences.
    private void SetOutcome(PluginState state, string reason)
    {
        if (State != PluginState.Loaded) return;
        State = state;
        Reason = reason;
    }
}
