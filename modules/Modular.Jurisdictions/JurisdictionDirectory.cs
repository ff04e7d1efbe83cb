using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;

namespace Modular.Jurisdictions;

/// <summary>
/// Looks jurisdictions up by code for every request, and plugin switches for every plugin route.
/// Both are read far more often than written, so they are cached: dropped at once on a write through
/// this instance, and kept at most <see cref="TimeToLive"/> so that another host instance's write
/// (an archive, a switch turned off) is seen within that time.
/// </summary>
public sealed class JurisdictionDirectory(IDbContextFactory<JurisdictionsDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private sealed record Cached<T>(T Value, DateTimeOffset Until);

    private readonly ConcurrentDictionary<string, Cached<IJurisdiction>> _byCode = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, Cached<IReadOnlyDictionary<string, PluginSwitch>>> _switches = new();

    private bool Fresh<T>(Cached<T>? entry) => entry is not null && entry.Until > clock.GetUtcNow();

    /// <summary>The active (not archived) jurisdiction with this code, or null.</summary>
    public async ValueTask<IJurisdiction?> FindByCodeAsync(string code, CancellationToken ct = default)
    {
        if (_byCode.TryGetValue(code, out var cached) && Fresh(cached)) return cached.Value;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Jurisdictions.AsNoTracking().SingleOrDefaultAsync(j => j.Code == code && j.ArchivedAt == null, ct);
        var resolved = row?.ToResolved();
        // Unknown codes are not cached: anyone could fill memory by probing URLs.
        if (resolved is not null) _byCode[code] = new(resolved, clock.GetUtcNow() + TimeToLive);
        else _byCode.TryRemove(code, out _);
        return resolved;
    }

    public async Task<IReadOnlyList<Jurisdiction>> ListAsync(bool includeArchived = false, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jurisdictions.AsNoTracking().Where(j => includeArchived || j.ArchivedAt == null).OrderBy(j => j.Code).ToListAsync(ct);
    }

    /// <summary>The jurisdiction one level up (a banner's league), where upward reports go; null at the top.</summary>
    public async Task<int?> ParentOfAsync(int jurisdictionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jurisdictions.Where(j => j.Id == jurisdictionId).Select(j => j.ParentId).SingleOrDefaultAsync(ct);
    }

    /// <summary>The names of these jurisdictions (a parent naming the children that reported to it), archived ones included.</summary>
    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IReadOnlyCollection<int> jurisdictionIds, CancellationToken ct = default)
    {
        if (jurisdictionIds.Count == 0) return new Dictionary<int, string>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jurisdictions.AsNoTracking().Where(j => jurisdictionIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => j.Name, ct);
    }

    /// <summary>Whether the deployment has any jurisdiction yet, archived ones included (the demo seeds an empty one).</summary>
    public async Task<bool> AnyAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jurisdictions.AnyAsync(ct);
    }

    public async ValueTask<bool> IsEnabledAsync(int jurisdictionId, string pluginId, CancellationToken ct = default) =>
        (await SwitchesAsync(jurisdictionId, ct)).TryGetValue(pluginId, out var s) && s.Enabled;

    /// <summary>The switch of a plugin for a jurisdiction, or null if it was never switched on there.</summary>
    public async ValueTask<PluginSwitch?> FindSwitchAsync(int jurisdictionId, string pluginId, CancellationToken ct = default) =>
        (await SwitchesAsync(jurisdictionId, ct)).GetValueOrDefault(pluginId);

    private async ValueTask<IReadOnlyDictionary<string, PluginSwitch>> SwitchesAsync(int jurisdictionId, CancellationToken ct)
    {
        if (_switches.TryGetValue(jurisdictionId, out var cached) && Fresh(cached)) return cached.Value;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.PluginSwitches.AsNoTracking().Where(s => s.JurisdictionId == jurisdictionId).ToDictionaryAsync(s => s.PluginId, ct);
        _switches[jurisdictionId] = new(rows, clock.GetUtcNow() + TimeToLive);
        return rows;
    }

    /// <summary>Drops cached rows after a write through this instance; other instances re-read within <see cref="TimeToLive"/>.</summary>
    public void Invalidate(int? jurisdictionId = null)
    {
        _byCode.Clear();
        if (jurisdictionId is { } id) _switches.TryRemove(id, out _);
        else _switches.Clear();
    }
}
