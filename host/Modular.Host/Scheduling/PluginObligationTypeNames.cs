using System.Globalization;
using Modular.Host.Plugins;
using Modular.Schedules;
using Modular.Sdk.Scheduling;

namespace Modular.Host.Scheduling;

/// <summary>Obligation type names from every loaded plugin's providers (<see cref="IObligationProvider.Types"/>), then the campaign deadlines'.</summary>
public sealed class PluginObligationTypeNames(PluginRegistry registry, IServiceProvider services, DeadlineTypeNames deadlines) : IObligationTypeNames
{
    public async Task<Func<string, string>> LoadAsync(CancellationToken ct = default)
    {
        var culture = CultureInfo.CurrentUICulture;
        var names = registry.Loaded.SelectMany(p => p.Contributions.ObligationProviders)
            .SelectMany(type => ((IObligationProvider)services.GetRequiredService(type)).Types)
            .DistinctBy(t => t.Key).ToDictionary(t => t.Key, t => t.Name.For(culture), StringComparer.Ordinal);
        var deadlineNames = await deadlines.LoadAsync(ct);
        return key => names.TryGetValue(key, out var name) ? name : deadlineNames(key);
    }
}
