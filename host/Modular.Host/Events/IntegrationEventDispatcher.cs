using Modular.Host.Plugins;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Core;

namespace Modular.Host.Events;

/// <summary>
/// Hands a core module's integration event to whoever listens, in the current scope (the jurisdiction's), after the
/// change is committed: first the core modules' handlers — registered in the container as the SDK's
/// <see cref="IIntegrationEventHandler{TEvent}"/> (e.g. identity disabling the account of a member who left), always —
/// then the plugins' (<see cref="PluginEvents"/>), where the plugin is switched on. A handler's failure is logged and
/// neither undoes the change nor stops the other handlers.
/// </summary>
internal sealed class IntegrationEventDispatcher(IServiceProvider services, PluginEvents plugins, PluginRegistry registry, IJurisdictionContext jurisdiction,
    ILogger<IntegrationEventDispatcher> logger) : IIntegrationEvents
{
    public async Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default) where TEvent : notnull
    {
        if (jurisdiction.Current is not { } j) return;
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            // A plugin's handler registered straight into the container would dodge its switch: plugins go through PluginEvents only.
            if (registry.Loaded.Any(p => p.Assembly == handler.GetType().Assembly)) continue;
            try
            {
                await handler.HandleAsync(integrationEvent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Handler} failed to handle {Event} in {Jurisdiction}", handler.GetType().Name, typeof(TEvent).Name, j.Code);
            }
        }
        await plugins.DeliverAsync(integrationEvent, cancellationToken);
    }
}
