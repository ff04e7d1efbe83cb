using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Host.Plugins;

/// <summary>
/// Hands a core module's integration event to every plugin handler for it (<c>plugin.AddEventHandler</c>), in the
/// current scope (the jurisdiction's), where the plugin is switched on; the core modules' handlers have had it first
/// (<see cref="Events.IntegrationEventDispatcher"/>). A handler's failure is logged and does not undo the change or stop
/// the other handlers.
/// </summary>
internal sealed class PluginEvents(PluginRegistry registry, JurisdictionDirectory directory, IJurisdictionContext jurisdiction,
    IServiceProvider services, ILogger<PluginEvents> logger)
{
    public async Task DeliverAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default) where TEvent : notnull
    {
        if (jurisdiction.Current is not { } j) return;
        foreach (var plugin in registry.Loaded)
        {
            var handlers = plugin.Contributions.EventHandlers.Where(h => h.EventType == typeof(TEvent)).ToList();
            if (handlers.Count == 0 || !await directory.IsEnabledAsync(j.Id, plugin.Id, cancellationToken)) continue;
            foreach (var (_, handlerType) in handlers)
            {
                try
                {
                    await ((IIntegrationEventHandler<TEvent>)services.GetRequiredService(handlerType)).HandleAsync(integrationEvent, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Plugin {Plugin} failed to handle {Event} in {Jurisdiction}", plugin.Id, typeof(TEvent).Name, j.Code);
                }
            }
        }
    }
}
