using Microsoft.EntityFrameworkCore;

namespace Modular.Host.Web;

/// <summary>
/// Makes a create form safe to post twice (a double click, a resent POST, three posts with one antiforgery token):
/// the form carries a one-time key (<see cref="NewKey"/>); the first post claims it in the same transaction as what
/// it creates and records where that is; a later post with the key creates nothing and is sent there too. A post
/// that waits on the first (the key's row is locked until it commits) sees its outcome.
/// </summary>
public static class FormSubmissions
{
    public const string FieldName = "submissionKey";

    public static string NewKey() => Guid.NewGuid().ToString("N");

    /// <param name="create">Saves through <paramref name="db"/> and returns the created thing's URL, or null when refused.</param>
    /// <returns>Where to go: the created thing's URL (this post's or the first post's); null when <paramref name="create"/> refused.</returns>
    public static async Task<string?> OnceAsync(DbContext db, int jurisdictionId, int userId, string? key, string fallbackUrl,
        Func<Task<string?>> create, CancellationToken ct)
    {
        if (!Guid.TryParse(key, out var id)) return await create(); // no key (an old page): as before
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO host.form_submissions (jurisdiction_id, key, user_id) VALUES ({jurisdictionId}, {id}, {userId}) ON CONFLICT DO NOTHING
            """, ct) == 1;
        if (!claimed)
        {
            await transaction.RollbackAsync(ct);
            var first = await db.Database.SqlQuery<string?>($"""
                SELECT result_url AS "Value" FROM host.form_submissions WHERE jurisdiction_id = {jurisdictionId} AND key = {id} AND user_id = {userId}
                """).SingleOrDefaultAsync(ct);
            return first ?? fallbackUrl;
        }
        var url = await create();
        if (url is null) return null; // refused: rolled back with the claim, so the corrected form can use the key
        await db.Database.ExecuteSqlAsync($"UPDATE host.form_submissions SET result_url = {url} WHERE jurisdiction_id = {jurisdictionId} AND key = {id}", ct);
        await transaction.CommitAsync(ct);
        return url;
    }
}
