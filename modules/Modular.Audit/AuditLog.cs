using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;

namespace Modular.Audit;

/// <summary>
/// Reads one jurisdiction's audit log: filtered, newest first, a page at a time. There is no way to
/// change an entry, here or anywhere (the database refuses it).
/// </summary>
internal sealed class AuditLog
{
    private readonly IDbContextFactory<AuditDbContext> _contexts;

    internal AuditLog(IDbContextFactory<AuditDbContext> contexts) => _contexts = contexts;

    /// <summary>One page of matching entries, newest first, with how many match in all.</summary>
    public async Task<ListPage<AuditEntry>> SearchAsync(int jurisdictionId, AuditFilter filter, CancellationToken ct = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(ct);
        // The tenant wall: whatever the filter says, only this jurisdiction's entries are looked at.
        var matching = Where(db.Entries.AsNoTracking().Where(e => e.JurisdictionId == jurisdictionId), filter);
        var rows = await matching.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .ToListPageAsync(new PageRequest(filter.Page, filter.PageSize), ct);
        return rows.Map(ToEntry);
    }

    private static IQueryable<AuditRow> Where(IQueryable<AuditRow> entries, AuditFilter filter)
    {
        if (filter.Entity?.Trim() is { Length: > 0 } entity)
        {
            var prefix = entity.TrimEnd('*');
            entries = entity.EndsWith('*') ? entries.Where(e => e.Entity.StartsWith(prefix)) : entries.Where(e => e.Entity == entity);
        }
        if (filter.UserName?.Trim() is { Length: > 0 } userName)
            entries = entries.Where(e => e.UserName == userName);
        if (filter.Action is { } action)
            entries = entries.Where(e => e.Action == action);
        // timestamptz parameters must be UTC.
        if (filter.From?.ToUniversalTime() is { } from)
            entries = entries.Where(e => e.OccurredAt >= from);
        if (filter.To?.ToUniversalTime() is { } to)
            entries = entries.Where(e => e.OccurredAt < to);
        if (filter.KeyContains?.Trim().ToLowerInvariant() is { Length: > 0 } text)
            entries = entries.Where(e => e.EntityKey.ToLower().Contains(text));
        return entries;
    }

    private static AuditEntry ToEntry(AuditRow row) => new(
        row.Id, row.JurisdictionId, row.OccurredAt, row.UserId, row.UserName, row.Entity, row.EntityKey, row.Action,
        ParseJson(row.Before), ParseJson(row.After));

    private static JsonElement? ParseJson(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);
}
