namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>
/// The one place that says whether a member's note for a day may still be written: not once the
/// quarter inspection of the member's branch is closed. (The SDK's period locks would lock the
/// quarter for the whole banner; branches close their inspections one by one, so the lock is ours.)
/// </summary>
public sealed class InspectionLocks(SixOnesDbContext db)
{
    public static string LockedMessage(Quarter quarter) =>
        Text.Of($"{quarter.Label}该季度已检查验收，不能再补记。", $"{quarter.Name} is inspected already: its notes can no longer be made up.");

    /// <summary>The closed inspection that locks this day for members of this organization, if any.</summary>
    public Task<NoteInspection?> ClosedForAsync(long organizationId, DateOnly day, CancellationToken ct)
    {
        var key = Quarter.Containing(day).Key;
        return db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.OrganizationId == organizationId && i.QuarterKey == key && i.ClosedAt != null, ct);
    }

    /// <summary>The (organization, quarter) pairs closed by an inspection, among these quarters: one read for a batch of notes.</summary>
    public async Task<HashSet<(long OrganizationId, string QuarterKey)>> ClosedAsync(IReadOnlyCollection<string> quarterKeys, CancellationToken ct) =>
        [.. (await db.Inspections.AsNoTracking().Where(i => i.ClosedAt != null && quarterKeys.Contains(i.QuarterKey))
            .Select(i => new { i.OrganizationId, i.QuarterKey }).ToListAsync(ct)).Select(i => (i.OrganizationId, i.QuarterKey))];
}
