using Microsoft.EntityFrameworkCore;

namespace Modular.Jurisdictions;

/// <summary>
/// Saves an edit and turns the database's two refusals into what the person is told: someone else
/// saved first (the concurrency token moved) → <see cref="EditResult.Concurrent"/>; a unique key
/// already taken → the caller's message for that field.
/// </summary>
public static class EditSaves
{
    public const string UniqueViolation = "23505";

    public static async Task<EditResult> SaveEditAsync(this DbContext db, Func<EditResult> whenDuplicate, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return EditResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return EditResult.Concurrent;
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: UniqueViolation })
        {
            return whenDuplicate();
        }
    }
}
