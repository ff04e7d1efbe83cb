using Modular.Sdk.Manifest;

namespace Modular.Sdk.Settings;

/// <summary>
/// A plugin's settings for the current jurisdiction: the values its office set, or the manifest's
/// defaults (the source document's numbers). Inject <see cref="IPluginSettings{TPlugin}"/>.
/// </summary>
public interface IPluginSettings
{
    string PluginId { get; }
    IReadOnlyList<SettingDefinition> Definitions { get; }
    string GetText(string key);
    long GetInteger(string key);
    decimal GetDecimal(string key);
    bool GetBoolean(string key);
    DateOnly GetDate(string key);
    MonthDay GetMonthDay(string key);
}

/// <summary>Settings of the plugin whose assembly holds <typeparamref name="TMarker"/> (usually its startup class).</summary>
public interface IPluginSettings<TMarker> : IPluginSettings;
