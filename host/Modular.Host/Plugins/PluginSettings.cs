using System.Text.Json;
using Modular.Jurisdictions;
using Modular.Sdk;
using Modular.Sdk.Settings;

namespace Modular.Host.Plugins;

/// <summary>Resolves <see cref="IPluginSettings{TMarker}"/>: the manifest's definitions, the jurisdiction's stored values.</summary>
internal sealed class PluginSettings<TMarker>(PluginRegistry registry, JurisdictionDirectory directory, IJurisdictionContext jurisdiction)
    : IPluginSettings<TMarker>
{
    public Task<PluginSettingValues> ForCurrentJurisdictionAsync(CancellationToken cancellationToken = default) =>
        ForJurisdictionAsync(jurisdiction.Required.Id, cancellationToken);

    public async Task<PluginSettingValues> ForJurisdictionAsync(int jurisdictionId, CancellationToken cancellationToken = default)
    {
        var plugin = registry.FindByAssembly(typeof(TMarker).Assembly)
                     ?? throw new InvalidOperationException($"{typeof(TMarker).FullName} is not in a loaded plugin's assembly.");
        var stored = await directory.FindSwitchAsync(jurisdictionId, plugin.Id, cancellationToken);
        return new PluginSettingValues(plugin.Manifest!.Settings, ParseStored(stored?.SettingsJson));
    }

    internal static IReadOnlyDictionary<string, string> ParseStored(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
