using Microsoft.EntityFrameworkCore.Storage;

namespace Modular.Audit;

/// <summary>What one SaveChanges captured, kept from the interceptor's "saving" call to its "saved" or "failed" one.</summary>
internal sealed class PendingAudit(IReadOnlyList<CapturedChange> changes, AuditUser user) : IDisposable, IAsyncDisposable
{
    public IReadOnlyList<CapturedChange> Changes => changes;
    public AuditUser User => user;

    /// <summary>
    /// The transaction the interceptor began because the caller had none; null when the save runs in
    /// the caller's transaction, which is theirs to commit. Disposing it uncommitted rolls it back.
    /// </summary>
    public IDbContextTransaction? OwnTransaction { get; set; }

    public IReadOnlyList<NewAuditEntry> Complete() => changes.Select(c => c.Complete()).ToList();

    public void Dispose() => OwnTransaction?.Dispose();

    public ValueTask DisposeAsync() => OwnTransaction?.DisposeAsync() ?? ValueTask.CompletedTask;
}
