using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Manifest;

namespace Modular.Jurisdictions;

/// <summary>
/// A jurisdiction office switches a plugin on or off and sets its numbers and dates. Values are
/// checked against the plugin's settings schema; a blank value goes back to the document's default.
/// Two offices saving at once: the second is told, not silently overwritten.
/// </summary>
public sealed class PluginSwitchEditor(IDbContextFactory<JurisdictionsDbContext> contexts, JurisdictionDirectory directory, TimeProvider clock)
{
    /// <param name="settings">Setting key → text; null keeps the stored settings as they are.</param>
    /// <param name="expectedVersion">The version the editor started from; null skips the check (first switch-on, scripts that do not care).</param>
    public async Task<EditResult> SaveAsync(int jurisdictionId, string pluginId, IReadOnlyList<SettingDefinition> definitions,
        bool enabled, IReadOnlyDictionary<string, string?>? settings, int? expectedVersion, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var overrides = settings is null ? null : Validate(definitions, settings, errors);
        if (!errors.IsValid) return EditResult.Invalid(errors);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.PluginSwitches.AsTracking().SingleOrDefaultAsync(s => s.JurisdictionId == jurisdictionId && s.PluginId == pluginId, ct);
        if (row is null)
        {
            row = new PluginSwitch { JurisdictionId = jurisdictionId, PluginId = pluginId, Version = 1 };
            db.PluginSwitches.Add(row);
        }
        else
        {
            if (expectedVersion is { } expected && expected != row.Version) return EditResult.Concurrent;
            // The row's version as read is the concurrency token: a save in between makes ours fail.
            db.Entry(row).Property(s => s.Version).OriginalValue = row.Version;
            row.Version++;
        }
        row.Enabled = enabled;
        if (overrides is not null) row.SettingsJson = JsonSerializer.Serialize(overrides);
        row.UpdatedAt = clock.GetUtcNow();
        var result = await db.SaveEditAsync(() => EditResult.Concurrent, ct); // a duplicate: someone switched it on first
        directory.Invalidate(jurisdictionId);
        return result;
    }

    private static Dictionary<string, string> Validate(IReadOnlyList<SettingDefinition> definitions, IReadOnlyDictionary<string, string?> settings, ValidationErrors errors)
    {
        var byKey = definitions.ToDictionary(d => d.Key);
        var overrides = new Dictionary<string, string>();
        foreach (var (key, value) in settings)
        {
            if (!byKey.TryGetValue(key, out var definition))
            {
                errors.Add(key, Text.Of($"该插件没有设置项“{key}”。", $"The plugin has no setting \"{key}\"."));
                continue;
            }
            if (string.IsNullOrWhiteSpace(value)) continue; // blank: the document's default applies
            if (definition.TryParse(value, out _) is { } reason)
                errors.Add(key, Text.Of($"{definition.Name.ZhCn}：{reason}", $"{definition.Name.En}: {reason}"));
            else
                overrides[key] = value.Trim();
        }
        return overrides;
    }
}
