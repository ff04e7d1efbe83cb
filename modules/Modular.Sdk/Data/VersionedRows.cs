using Microsoft.EntityFrameworkCore;

namespace Modular.Sdk.Data;

/// <summary>A row edited with optimistic concurrency: the client sends back the version it read; a stale one is a conflict (409).</summary>
public interface IVersioned
{
    /// <summary>Configure it as the row's concurrency token (<c>IsConcurrencyToken()</c>); 1 for a new row.</summary>
    int Version { get; set; }
}

/// <summary>
/// The one way to write a versioned row: create it when none exists and no version was read, else edit it only at the
/// version read — the UPDATE then carries <c>WHERE version = read</c>, so a save that lost the race is a conflict too.
/// </summary>
public static class VersionedRows
{
    /// <summary>
    /// The row to write, its version already moved on; null when the version read is stale (or a row was created
    /// meanwhile by someone who had read nothing): answer <see cref="Refuse.Conflict"/>.
    /// </summary>
    public static T? Edit<T>(this DbSet<T> set, T? found, int? versionRead, Func<T> create) where T : class, IVersioned
    {
        if (found is null)
        {
            if (versionRead is not null) return null;
            var row = create();
            row.Version = 1;
            set.Add(row);
            return row;
        }
        if (versionRead != found.Version) return null;
        found.Version++;
        return found;
    }

    /// <summary>Saves the unit of work and answers with the saved row's view, or a conflict when someone saved first.</summary>
    public static async Task<Result<T>> SaveVersionedAsync<T>(this DbContext db, Func<T> answer, CancellationToken cancellationToken = default) =>
        await db.TrySaveAsync(cancellationToken) ? Result.Ok(answer()) : Refuse.Conflict();
}
