using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Modular.Audit;

/// <summary>
/// One row's change, taken in two steps: before the save, the original values (EF forgets them once
/// the save is accepted) and which columns changed; after it, the current values, which by then hold
/// the keys the database generated.
/// </summary>
internal sealed class CapturedChange
{
    private readonly EntityEntry _entry;
    private readonly string _entity;
    private readonly AuditAction _action;
    private readonly PropertyValues? _original;
    private readonly IReadOnlyList<IProperty> _beforeColumns;
    private readonly IReadOnlyList<IProperty> _afterColumns;

    private CapturedChange(EntityEntry entry, string entity, AuditAction action, PropertyValues? original,
        IReadOnlyList<IProperty> beforeColumns, IReadOnlyList<IProperty> afterColumns)
    {
        (_entry, _entity, _action, _original) = (entry, entity, action, original);
        (_beforeColumns, _afterColumns) = (beforeColumns, afterColumns);
    }

    /// <summary>The change to log for this entry, or null if it is none of the log's business (unchanged, or no jurisdiction's).</summary>
    public static CapturedChange? TryCapture(EntityEntry entry)
    {
        AuditAction? action = entry.State switch
        {
            EntityState.Added => AuditAction.Insert,
            EntityState.Modified => AuditAction.Update,
            EntityState.Deleted => AuditAction.Delete,
            _ => null,
        };
        if (action is not { } act || RowJurisdiction.TableOf(entry.Metadata) is not { } entity) return null;
        var now = act == AuditAction.Delete ? entry.OriginalValues : entry.CurrentValues;
        if (JurisdictionOf(entry.Metadata, now, act == AuditAction.Insert ? null : entry.OriginalValues) is null) return null;

        var original = act == AuditAction.Insert ? null : entry.OriginalValues.Clone();
        if (act != AuditAction.Update)
        {
            var all = Columns(entry.Metadata).ToList();
            return new CapturedChange(entry, entity, act, original, all, all);
        }
        var (before, after) = UpdatedColumns(entry);
        return new CapturedChange(entry, entity, act, original, before, after);
    }

    /// <summary>The entry to write, once the save has succeeded.</summary>
    public NewAuditEntry Complete()
    {
        var type = _entry.Metadata;
        var now = _action == AuditAction.Delete ? _original! : _entry.CurrentValues;
        return new NewAuditEntry(
            JurisdictionOf(type, now, _original)!.Value,
            _entity,
            AuditedValues.KeyOf(type, now),
            _action,
            Before: _original is null ? null : AuditedValues.ToJson(_beforeColumns, _original),
            After: _action == AuditAction.Delete ? null : AuditedValues.ToJson(_afterColumns, now));
    }

    // A row taken out of its jurisdiction (JurisdictionId set to null) is logged under the one it left.
    private static int? JurisdictionOf(IEntityType type, PropertyValues now, PropertyValues? original) =>
        RowJurisdiction.Of(type, now) ?? (original is null ? null : RowJurisdiction.Of(type, original));

    private static IEnumerable<IProperty> Columns(IEntityType type) =>
        type.GetProperties().Where(p => p.GetColumnName() is not null);

    // Only what changed, plus the key, keeps an update readable. A row attached with Update() has no
    // known original values (EF sets them to the current ones): then "after" holds every column
    // written and "before" only the key, rather than claiming the old values were the new ones.
    private static (List<IProperty> Before, List<IProperty> After) UpdatedColumns(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties;
        var written = Columns(entry.Metadata).Where(p => !p.IsPrimaryKey() && entry.Property(p).IsModified).ToList();
        var changed = written.Where(p => !p.GetValueComparer().Equals(entry.OriginalValues[p], entry.CurrentValues[p])).ToList();
        return changed.Count > 0 ? ([.. key, .. changed], [.. key, .. changed]) : ([.. key], [.. key, .. written]);
    }
}

/// <summary>A row of <c>audit.entries</c> about to be written; who and when are the same for a whole save.</summary>
internal sealed record NewAuditEntry(int JurisdictionId, string Entity, string EntityKey, AuditAction Action, string? Before, string? After);
