using System.Globalization;
using Modular.Jurisdictions;
using Modular.Sdk.Settings;

namespace Modular.Host.Plugins;

/// <summary>What an office sees of the installed plugins for its jurisdiction, and what a platform admin sees across all.</summary>
public sealed class PluginCatalog(PluginRegistry registry, JurisdictionDirectory directory)
{
    public sealed record SettingView(string Key, string Type, string Name, string? Help, string Value, string Default, bool IsDefault, decimal? Min, decimal? Max);

    public sealed record PluginView(string Id, string Name, string? Description, string Version, string State, string? Reason,
        bool Enabled, int SwitchVersion, IReadOnlyList<SettingView> Settings);

    public sealed record Usage(string PluginId, string Name, string State, string? Reason, IReadOnlyList<string> EnabledIn);

    /// <summary>Every installed plugin with its switch and settings for one jurisdiction. Failed ones are listed so the office knows why.</summary>
    public async Task<IReadOnlyList<PluginView>> ForJurisdictionAsync(int jurisdictionId, CancellationToken ct = default)
    {
        var culture = CultureInfo.CurrentUICulture;
        var views = new List<PluginView>();
        foreach (var plugin in registry.All.Where(p => p.Manifest is not null))
        {
            var manifest = plugin.Manifest!;
            var row = await directory.FindSwitchAsync(jurisdictionId, plugin.Id, ct);
            var stored = PluginSettings<object>.ParseStored(row?.SettingsJson);
            var values = new PluginSettingValues(manifest.Settings, stored);
            var settings = manifest.Settings.Select(d => new SettingView(d.Key, d.Type.ToString(), d.Name.For(culture), d.Help?.For(culture),
                values.GetAsText(d.Key), d.Default, !stored.ContainsKey(d.Key), d.Min, d.Max)).ToList();
            views.Add(new PluginView(plugin.Id, manifest.Name.For(culture), manifest.Description?.For(culture), manifest.Version,
                plugin.State.ToString().ToLowerInvariant(), plugin.Reason, row?.Enabled ?? false, row?.Version ?? 0, settings));
        }
        return views;
    }

    public async Task<IReadOnlyList<Usage>> UsageAsync(CancellationToken ct = default)
    {
        var culture = CultureInfo.CurrentUICulture;
        var jurisdictions = await directory.ListAsync(ct: ct);
        var usage = new List<Usage>();
        foreach (var plugin in registry.All)
        {
            var enabledIn = new List<string>();
            foreach (var j in jurisdictions)
                if (await directory.IsEnabledAsync(j.Id, plugin.Id, ct)) enabledIn.Add(j.Code);
            usage.Add(new Usage(plugin.Id, plugin.Manifest?.Name.For(culture) ?? plugin.Id, plugin.State.ToString().ToLowerInvariant(), plugin.Reason, enabledIn));
        }
        return usage;
    }
}
