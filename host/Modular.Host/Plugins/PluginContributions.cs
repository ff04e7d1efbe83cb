using Modular.Sdk.Navigation;
using Modular.Sdk.Scheduling;

namespace Modular.Host.Plugins;

/// <summary>What a plugin's startup handed to the host, kept per plugin so the host can hide it where the plugin is off.</summary>
public sealed class PluginContributions
{
    public List<MenuEntry> MenuEntries { get; } = [];
    public List<DashboardWidget> Widgets { get; } = [];
    public List<(Type JobType, JobSchedule Schedule)> Jobs { get; } = [];
    public List<Type> ObligationProviders { get; } = [];
    public List<Type> DbContexts { get; } = [];
    public List<(Type EventType, Type HandlerType)> EventHandlers { get; } = [];
    public List<Modular.Sdk.Blocks.LedgerEntry> Ledgers { get; } = [];
    /// <summary>The plugin's <c>IDemoContribution</c>, if it has one.</summary>
    public Type? Demo { get; set; }
}
