using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Modular.Sdk.Data;

/// <summary>
/// The one test for "someone else got there first" when a save fails: a version that moved (a concurrency
/// token) or a unique key taken meanwhile (PostgreSQL 23505). Answer it with a 409 and "reload"; let every
/// other failure through (a missing reference is the host's 400, a bug is a bug).
/// </summary>
public static class SaveConflicts
{
    public static bool IsConflict(DbUpdateException failure) =>
        failure is DbUpdateConcurrencyException || failure.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>
    /// Saves; false when the save met a conflict (nothing was written, and the unit of work's pending changes are
    /// dropped so the next save in the same scope does not try them again).
    /// </summary>
    public static async Task<bool> TrySaveAsync(this DbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException failure) when (IsConflict(failure))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
