using System.Globalization;
using Modular.Sdk.Manifest;

namespace Modular.Sdk.Settings;

/// <summary>
/// A plugin's settings per jurisdiction: the values its office set, else the manifest's defaults
/// (the source document's numbers). Inject <c>IPluginSettings&lt;TStartup&gt;</c>, where TStartup is
/// any type of the plugin's assembly, usually its startup.
/// </summary>
public interface IPluginSettings<TMarker>
{
    /// <summary>The settings of the request's (or job's) jurisdiction.</summary>
    Task<PluginSettingValues> ForCurrentJurisdictionAsync(CancellationToken cancellationToken = default);

    Task<PluginSettingValues> ForJurisdictionAsync(int jurisdictionId, CancellationToken cancellationToken = default);
}

/// <summary>The resolved values of one plugin's settings for one jurisdiction.</summary>
public sealed class PluginSettingValues
{
    private readonly Dictionary<string, (SettingDefinition Definition, object Value)> _values;

    /// <param name="overrides">Values the jurisdiction set, as text; invalid or unknown ones fall back to the default.</param>
    public PluginSettingValues(IReadOnlyList<SettingDefinition> definitions, IReadOnlyDictionary<string, string> overrides)
    {
        Definitions = definitions;
        _values = definitions.ToDictionary(d => d.Key, d =>
        {
            object? value = null;
            var valid = overrides.TryGetValue(d.Key, out var text) && d.TryParse(text, out value) is null && value is not null;
            if (!valid) d.TryParse(d.Default, out value);
            return (d, value ?? d.Default);
        });
    }

    public IReadOnlyList<SettingDefinition> Definitions { get; }

    public long GetInteger(string key) => Get<long>(key);
    public decimal GetDecimal(string key) => Get<decimal>(key);
    public bool GetBoolean(string key) => Get<bool>(key);
    public string GetText(string key) => Get<string>(key);
    public DateOnly GetDate(string key) => Get<DateOnly>(key);
    public MonthDay GetMonthDay(string key) => Get<MonthDay>(key);

    /// <summary>The value as text in its type's format, as an edit form shows it.</summary>
    public string GetAsText(string key) => _values[key].Value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };

    private T Get<T>(string key)
    {
        if (!_values.TryGetValue(key, out var entry))
            throw new KeyNotFoundException($"Setting \"{key}\" is not declared in the plugin's manifest.");
        return entry.Value is T value ? value : throw new InvalidCastException($"Setting \"{key}\" is {entry.Definition.Type}, not {typeof(T).Name}.");
    }
}
