using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Modular.Audit;

/// <summary>
/// Records every insert, update and delete of a jurisdiction's row in <c>audit.entries</c>, in the
/// same database transaction as the change: both are stored, or neither. Attach it to a context
/// with <see cref="AuditModule.UseModularAudit(DbContextOptionsBuilder, IServiceProvider)"/>.
/// </summary>
/// <remarks>
/// One singleton serves every context, pooled ones included; what a save captured is kept per
/// context between the "saving" and "saved" calls. EF commits a transaction of its own before
/// "saved" is called — too early for the entries to join it — so when the caller has no
/// transaction the interceptor begins one before the save and commits it after writing the
/// entries. (That is a user-initiated transaction to EF: contexts audited this way cannot use a
/// retrying execution strategy.) Writes that bypass SaveChanges (raw SQL, ExecuteUpdate, COPY)
/// are not seen.
/// </remarks>
internal sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingAudit> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not { } context) return result;
        Take(context)?.Dispose();
        if (Capture(context, result) is { } pending)
        {
            if (NeedsOwnTransaction(context)) pending.OwnTransaction = context.Database.BeginTransaction();
            _pending.AddOrUpdate(context, pending);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context) return result;
        if (Take(context) is { } stale) await stale.DisposeAsync();
        if (Capture(context, result) is { } pending)
        {
            if (NeedsOwnTransaction(context)) pending.OwnTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
            _pending.AddOrUpdate(context, pending);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is not { } pending) return result;
        using (pending) // rolls back our own transaction if writing the entries fails
        {
            AuditEntryWriter.Write(eventData.Context!, pending.User, clock.GetUtcNow(), pending.Complete());
            pending.OwnTransaction?.Commit();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is not { } pending) return result;
        await using (pending)
        {
            await AuditEntryWriter.WriteAsync(eventData.Context!, pending.User, clock.GetUtcNow(), pending.Complete(), cancellationToken);
            if (pending.OwnTransaction is { } own) await own.CommitAsync(cancellationToken);
        }
        return result;
    }

    // A failed or canceled save: roll back our own transaction; the caller's is theirs to handle.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context)?.Dispose();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } pending) await pending.DisposeAsync();
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Take(eventData.Context)?.Dispose();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } pending) await pending.DisposeAsync();
    }

    // Entries() runs DetectChanges first: EF calls this interceptor before detecting changes itself.
    private PendingAudit? Capture(DbContext context, InterceptionResult<int> result)
    {
        if (result.HasResult) return null; // another interceptor suppressed the save: nothing will be written
        var changes = context.ChangeTracker.Entries().Select(CapturedChange.TryCapture).OfType<CapturedChange>().ToList();
        return changes.Count == 0 ? null : new PendingAudit(changes, actor.Current);
    }

    private static bool NeedsOwnTransaction(DbContext context) =>
        context.Database.CurrentTransaction is null && System.Transactions.Transaction.Current is null;

    // Also clears what a previous save left: EF reports a concurrency conflict to no interceptor
    // callback, so its pending audit (and our transaction, if the context is saved again) stays here.
    private PendingAudit? Take(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return null;
        _pending.Remove(context);
        return pending;
    }
}
