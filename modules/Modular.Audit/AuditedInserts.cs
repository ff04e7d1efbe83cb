using Microsoft.EntityFrameworkCore;

namespace Modular.Audit;

/// <summary>
/// Audit entries for rows a module inserted set-based (one <c>INSERT … SELECT FROM unnest</c> instead of
/// EF's row-by-row save, for batches of thousands), in the form the interceptor writes for a saved
/// entity, on the context's connection and transaction: the log cannot tell the two paths apart.
/// </summary>
public static class AuditedInserts
{
    /// <summary>Logs <paramref name="rows"/> (entities of the context's model, keys already filled in) as inserted by <paramref name="user"/> at <paramref name="at"/>.</summary>
    public static Task WriteAsync<T>(DbContext context, AuditUser user, DateTimeOffset at, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        var type = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of {context.GetType().Name}.");
        var table = RowJurisdiction.TableOf(type) ?? throw new InvalidOperationException($"{typeof(T).Name} is not a jurisdiction's table; the log does not keep it.");
        var columns = type.GetProperties().Where(p => p.GetColumnName() is not null).ToList();
        var entries = rows.Select(row =>
        {
            var values = context.Entry(row).CurrentValues;
            return new NewAuditEntry(RowJurisdiction.Of(type, values)!.Value, table, AuditedValues.KeyOf(type, values), AuditAction.Insert,
                Before: null, After: AuditedValues.ToJson(columns, values));
        }).ToList();
        return AuditEntryWriter.WriteAsync(context, user, at, entries, ct);
    }
}
