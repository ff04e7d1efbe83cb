using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;

namespace Modular.Jurisdictions;

/// <summary>
/// Looks jurisdictions up by code for every request, and plugin switches for every plugin route.
/// Both are read far more often than written, so they are cached and the cache is dropped on write.
/// </summary>
public sealed class JurisdictionDirectory(IDbContextFactory<JurisdictionsDbContext> contexts)
{
    private readonly ConcurrentDictionary<string, IJurisdiction?> _byCode = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<string, PluginSwitch>> _switches = new();

    /// <summary>The active (not archived) jurisdiction with this code, or null.</summary>
    public async ValueTask<IJurisdiction?> FindByCodeAsync(string code, CancellationToken ct = default)
    {
        if (_byCode.TryGetValue(code, out var cached)) return cached;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Jurisdictions.AsNoTracking().SingleOrDefaultAsync(j => j.Code == code && j.ArchivedAt == null, ct);
        var resolved = row?.ToResolved();
        // Unknown codes are not cached: anyone could fill memory by probing URLs.
        if (resolved is not null) _byCode[code] = resolved;
        return resolved;
    }

    public async Task<IReadOnlyList<Jurisdiction>> ListAsync(bool includeArchived = false, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jurisdictions.AsNoTracking().Where(j => includeArchived || j.ArchivedAt == null).OrderBy(j => j.Code).ToListAsync(ct);
    }

    public async ValueTask<bool> IsEnabledAsync(int jurisdictionId, string pluginId, CancellationToken ct = default) =>
        (await SwitchesAsync(jurisdictionId, ct)).TryGetValue(pluginId, out var s) && s.Enabled;

    /// <summary>The switch of a plugin for a jurisdiction, or null if it was never switched on there.</summary>
    public async ValueTask<PluginSwitch?> FindSwitchAsync(int jurisdictionId, string pluginId, CancellationToken ct = default) =>
        (await SwitchesAsync(jurisdictionId, ct)).GetValueOrDefault(pluginId);

    private async ValueTask<IReadOnlyDictionary<string, PluginSwitch>> SwitchesAsync(int jurisdictionId, CancellationToken ct)
    {
        if (_switches.TryGetValue(jurisdictionId, out var cached)) return cached;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.PluginSwitches.AsNoTracking().Where(s => s.JurisdictionId == jurisdictionId).ToDictionaryAsync(s => s.PluginId, ct);
        _switches[jurisdictionId] = rows;
        return rows;
    }

    /// <summary>Drops cached rows after a write. Several host instances re-read within their own cache's life; see README.</summary>
    public void Invalidate(int? jurisdictionId = null)
    {
        _byCode.Clear();
        if (jurisdictionId is { } id) _switches.TryRemove(id, out _);
        else _switches.Clear();
    }
}
