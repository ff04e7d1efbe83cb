using Modular.Sdk.Manifest;
using Modular.Sdk.Settings;

namespace Modular.Testing;

/// <summary>
/// A built plugin's settings as a jurisdiction has them — the defaults of its plugin.json, changed where the test says —
/// for unit tests of the rules that read them (see <see cref="PluginRules{TRules}"/>).
/// </summary>
public static class PluginDefaults
{
    public static PluginSettingValues Settings(string pluginId, params (string Key, string Value)[] changed) =>
        new(PluginManifest.Load(Path.Combine(RepositoryPaths.Plugins, pluginId, "plugin.json")).Settings, changed.ToDictionary(c => c.Key, c => c.Value));
}

/// <summary>
/// A plugin's rules record built from its settings, for unit tests of its pure rules:
/// <c>private static readonly PluginRules&lt;CountyRules&gt; County = new("county-five-activities", CountyRules.From);</c>, then
/// <c>County.Defaults</c> (the document's reading) or <c>County.With(("grade.advancedMin", "95"))</c> (an office's change).
/// </summary>
public sealed class PluginRules<TRules>(string pluginId, Func<PluginSettingValues, TRules> from)
{
    private readonly Lazy<TRules> _defaults = new(() => from(PluginDefaults.Settings(pluginId)));

    /// <summary>plugin.json's defaults: the document's numbers.</summary>
    public TRules Defaults => _defaults.Value;

    /// <summary>The defaults with these settings changed, as a jurisdiction's office would change them.</summary>
    public TRules With(params (string Key, string Value)[] changed) => from(PluginDefaults.Settings(pluginId, changed));
}
