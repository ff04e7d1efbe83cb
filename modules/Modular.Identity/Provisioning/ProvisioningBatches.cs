using Microsoft.EntityFrameworkCore;
using Modular.Audit;
using Modular.Sdk;
using Npgsql;

namespace Modular.Identity.Provisioning;

/// <summary>
/// The provisioning batches of the current jurisdiction, and their slip sheets — handed out once: the sheet is
/// rendered from the sealed slips, the slips are wiped and the download is written to the audit log (who, which
/// batch, how many people, when) in one transaction; a later request finds nothing to hand out.
/// </summary>
public sealed class ProvisioningBatches(ModularIdentityDbContext db, PlatformDatabase platform, IJurisdictionContext jurisdiction,
    IAuditActor actor, TimeProvider clock, SlipVault vault)
{
    public sealed record BatchView(long Id, long OrganizationId, DateTimeOffset CreatedAt, string? CreatedBy, int Created, int AlreadyHadAccounts,
        int Skipped, bool SlipsAvailable, DateTimeOffset? SlipsTakenAt, string? SlipsTakenBy);

    public enum SlipState { Handed, AlreadyTaken, NotFound }

    /// <summary>What a download found: the sheet (handed out now), a sheet taken before (when, by whom) or no batch.</summary>
    public sealed record SlipTake<T>(SlipState State, T? Sheet, BatchView? Batch);

    private int J => jurisdiction.Required.Id;

    /// <summary>The jurisdiction's batches, newest first.</summary>
    public async Task<IReadOnlyList<BatchView>> ListAsync(CancellationToken ct = default) =>
        await db.Set<ProvisioningBatch>().AsNoTracking().Where(b => b.JurisdictionId == J).OrderByDescending(b => b.Id).Select(View).ToListAsync(ct);

    public async Task<BatchView?> FindAsync(long batchId, CancellationToken ct = default) =>
        await db.Set<ProvisioningBatch>().AsNoTracking().Where(b => b.JurisdictionId == J && b.Id == batchId).Select(View).SingleOrDefaultAsync(ct);

    /// <summary>
    /// Renders the batch's slips with <paramref name="render"/>, wipes them and audits the download, all or nothing
    /// (a failing render keeps them). Two downloads at once take turns on the row: the second finds them gone.
    /// </summary>
    public async Task<SlipTake<T>> TakeSlipsAsync<T>(long batchId, Func<IReadOnlyList<Slip>, T> render, CancellationToken ct = default)
    {
        var (user, at) = (actor.Current, clock.GetUtcNow());
        await using var connection = await platform.DataSource.OpenForJurisdictionAsync(J, ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        byte[]? sealedSlips;
        await using (var read = new NpgsqlCommand($"SELECT slips FROM {Table} WHERE jurisdiction_id = $1 AND id = $2 FOR UPDATE", connection))
        {
            read.Parameters.Add(new() { Value = J });
            read.Parameters.Add(new() { Value = batchId });
            var found = await read.ExecuteScalarAsync(ct);
            if (found is null) return new(SlipState.NotFound, default, null);
            sealedSlips = found as byte[];
        }
        if (sealedSlips is null) return new(SlipState.AlreadyTaken, default, await FindAsync(batchId, ct));

        var sheet = render(vault.Open(J, sealedSlips));
        await using (var wipe = new NpgsqlCommand($"""
            WITH taken AS (
                UPDATE {Table} SET slips = NULL, slips_taken_at = $3, slips_taken_by_id = $4, slips_taken_by_name = $5
                 WHERE jurisdiction_id = $1 AND id = $2
                RETURNING *),
            downloaded AS (
                -- The slips are a list with personal data leaving the system: a download entry, as every list's is (IPersonalDataDownloads).
                {BulkAudit.InsertFrom($"""
                    (SELECT jurisdiction_id, '{SlipListName}' AS entity_key, NULL::jsonb AS before,
                            jsonb_build_object('list', '{SlipListName}', 'batch', id, 'rows', created_count, 'people', created_count) AS after
                       FROM taken) d
                    """, "download", AuditAction.Download, first: 3)})
            {BulkAudit.InsertFrom("""
                (SELECT jurisdiction_id, jurisdiction_id || '/' || id AS entity_key,
                        jsonb_build_object('jurisdiction_id', jurisdiction_id, 'id', id, 'created_count', created_count, 'slips', '***') AS before,
                        jsonb_build_object('jurisdiction_id', jurisdiction_id, 'id', id, 'created_count', created_count, 'slips', NULL,
                                           'slips_taken_at', slips_taken_at, 'slips_taken_by_id', slips_taken_by_id, 'slips_taken_by_name', slips_taken_by_name) AS after
                   FROM taken) t
                """, Table, AuditAction.Update, first: 3)}
            """, connection))
        {
            wipe.Parameters.Add(new() { Value = J });
            wipe.Parameters.Add(new() { Value = batchId });
            BulkAudit.AddParameters(wipe, user, at); // $3 when, $4 who (id), $5 who (name): also the batch's columns
            await wipe.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return new(SlipState.Handed, sheet, await FindAsync(batchId, ct));
    }

    private static readonly string Table = $"{ModularIdentityDbContext.Schema}.provisioning_batches";

    /// <summary>The slip sheet's name in the audit log's downloads.</summary>
    public const string SlipListName = "党员账号分发单";

    // Translated to SQL: the sealed slips themselves are never read for a list.
    private static readonly System.Linq.Expressions.Expression<Func<ProvisioningBatch, BatchView>> View = b => new BatchView(b.Id, b.OrganizationId,
        b.CreatedAt, b.CreatedByName, b.CreatedCount, b.ExistingCount, b.SkippedCount, b.Slips != null, b.SlipsTakenAt, b.SlipsTakenByName);
}
