using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Guidance;
using Modular.Plugins.BannerThirdBatch.Units;
using Modular.Plugins.BannerThirdBatch.Visits;

namespace Modular.Plugins.BannerThirdBatch.Checklist;

/// <summary>The unit reports an item: in place or not, a note, the version read (none the first time).</summary>
public sealed record ReportInput(bool? InPlace, string? Note, int? Version = null);

/// <summary>The verifier's finding: confirmed, or a gap (its problem, deadline and lead become a follow-up); the version read.</summary>
public sealed record VerifyInput(Verdict? Verdict, string? Note, int Version, DateOnly? Deadline = null, long? LeadPersonId = null);

public sealed record ChecklistItemView(ChecklistKey Item, string Name, string GroupName, bool Reported, bool InPlace, string? Note, string? ReportedBy,
    Verdict? Verdict, string VerdictName, string? VerdictNote, string? VerifiedBy, DateOnly? VerifiedOn, long? FollowUpId, string? FollowUpStatus,
    bool Counts, bool OpenGap, int Version);

/// <summary>A unit's eight items, its counts, and what the user may do.</summary>
public sealed record ChecklistView(long UnitId, string Unit, IReadOnlyList<ChecklistItemView> Items, int Reported, int Verified, int OpenGaps, int Total,
    bool MayReport, bool MayVerify);

/// <summary>One line of the overview: a unit's reported n/8, verified n/8 and open gaps.</summary>
public sealed record ChecklistRow(long UnitId, string Unit, string KindName, string? Town, int Reported, int Verified, int OpenGaps, int Total);

/// <summary>“四到位、四落实” per unit: the unit reports, its guidance group, the level above or the office verifies; a gap is followed up.</summary>
public sealed class ChecklistService(BannerThirdBatchDbContext db, ThirdBatchUnits units, GuidanceService guidance, FollowUpService followUps,
    IRectifications rectifications, ICurrentUser user, BannerThirdBatchCampaign campaign)
{
    /// <summary>One unit's items (those who read the unit's oversight; else 404).</summary>
    public async Task<Result<ChecklistView>> GetAsync(long unitId, CancellationToken ct)
    {
        if (await units.FindAsync(unitId, ct) is not { } unit || !(await guidance.ReadableUnitIdsAsync(ct)).Contains(unitId))
            return Refuse.NotFound(ThirdBatchUnits.NoUnit(unitId));
        var rows = await db.ChecklistItems.AsNoTracking().Where(i => i.UnitId == unitId).ToListAsync(ct);
        var closed = await ClosedAsync(ct);
        var items = ChecklistRule.Items.Select(k => View(k, rows.FirstOrDefault(r => r.Item == k), closed)).ToList();
        return Result.Ok(new ChecklistView(unit.Id, unit.Name, items, items.Count(i => i.Reported), items.Count(i => i.Counts), items.Count(i => i.OpenGap),
            ChecklistRule.Total, await units.MayActForAsync(unitId, ct), await MayVerifyAsync(unit, ct)));
    }

    /// <summary>Every unit the user reads: reported n/8, verified n/8, open gaps.</summary>
    public async Task<IReadOnlyList<ChecklistRow>> OverviewAsync(CancellationToken ct)
    {
        var readable = await guidance.ReadableUnitIdsAsync(ct);
        // Only what the counts need (not the notes and who reported).
        var rows = (await db.ChecklistItems.AsNoTracking().Select(i => new { i.UnitId, i.Verdict, i.FollowUpId }).ToListAsync(ct)).ToLookup(r => r.UnitId);
        var closed = await ClosedAsync(ct);
        return [.. (await units.AllAsync(ct)).Where(u => readable.Contains(u.Id)).Select(u =>
        {
            var mine = rows[u.Id].ToList();
            return new ChecklistRow(u.Id, u.Name, UnitRule.KindName(u.Kind).ToString(), u.Town, mine.Count,
                mine.Count(r => ChecklistRule.Counts(r.Verdict, r.FollowUpId is { } f && closed.Contains(f))),
                mine.Count(r => ChecklistRule.OpenGap(r.Verdict, r.FollowUpId is { } f && closed.Contains(f))), ChecklistRule.Total);
        })];
    }

    /// <summary>Coverage for the dashboard: each unit's items reported of eight.</summary>
    public async Task<IReadOnlyList<UnitFigure>> ReportedAsync(CancellationToken ct) =>
        [.. (await OverviewAsync(ct)).Select(r => new UnitFigure(r.UnitId, r.Unit, r.Reported, r.Total))];

    /// <summary>Coverage for the dashboard: each unit's items verified (confirmed, or a gap closed) of eight.</summary>
    public async Task<IReadOnlyList<UnitFigure>> VerifiedAsync(CancellationToken ct) =>
        [.. (await OverviewAsync(ct)).Select(r => new UnitFigure(r.UnitId, r.Unit, r.Verified, r.Total))];

    /// <summary>The unit reports an item (its officers, those above it, the office); a stale version is 409; a new report clears a confirmation.</summary>
    public async Task<Result<ChecklistView>> ReportAsync(long unitId, ChecklistKey item, ReportInput input, CancellationToken ct)
    {
        var found = await units.ForWorkAsync(unitId, "unitId", ct);
        if (!found.Succeeded) return found.Kind == ResultKind.Refused ? Refuse.NotFound(ThirdBatchUnits.NoUnit(unitId)) : Refuse.As(found);
        if (!Enum.IsDefined(item)) return Refuse.Field("item", Text.Of("没有这一项。", "No such item."));
        if (input.InPlace is not { } inPlace) return Refuse.Field("inPlace", Text.Of("请说明是否到位（落实）。", "Say whether it is in place."));
        var note = Entered.Text(input.Note);
        if (!inPlace && note is null) return Refuse.Field("note", Text.Of("未到位的，请说明情况和打算。", "Say why it is not in place and what is planned."));
        if (Limits.TooLong(note, Limits.Note) is { } tooLong) return Refuse.Field("note", tooLong);
        var existing = await db.ChecklistItems.AsTracking().SingleOrDefaultAsync(i => i.UnitId == unitId && i.Item == item, ct);
        var row = db.ChecklistItems.Edit(existing, input.Version, () => new ChecklistItem { UnitId = unitId, Item = item });
        if (row is null) return Refuse.Conflict();
        row.InPlace = inPlace;
        row.Note = note;
        row.ReportedBy = user.DisplayName;
        row.ReportedAt = campaign.Now;
        if (row.Verdict == Verdict.Confirmed) (row.Verdict, row.VerdictNote, row.VerifiedBy, row.VerifiedOn) = (null, null, null, null);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return await GetAsync(unitId, ct);
    }

    /// <summary>
    /// A member of one of the unit's guidance groups, the level above or the office verifies a reported item: confirmed, or a gap
    /// (the note is the problem) which becomes a follow-up; an item with a gap still open cannot be verified again.
    /// </summary>
    public async Task<Result<ChecklistView>> VerifyAsync(long unitId, ChecklistKey item, VerifyInput input, CancellationToken ct)
    {
        if (await units.FindAsync(unitId, ct) is not { } unit || !(await guidance.ReadableUnitIdsAsync(ct)).Contains(unitId))
            return Refuse.NotFound(ThirdBatchUnits.NoUnit(unitId));
        if (!await MayVerifyAsync(unit, ct))
            return Refuse.Forbidden(Text.Of("只有该单位的指导组成员、上级党组织或旗领导小组办公室可以核实。", "Only the unit's guidance group, the level above or the office verifies."));
        if (!Enum.IsDefined(item)) return Refuse.Field("item", Text.Of("没有这一项。", "No such item."));
        var row = await db.ChecklistItems.AsTracking().SingleOrDefaultAsync(i => i.UnitId == unitId && i.Item == item, ct);
        if (row is null) return Refuse.Field("verdict", Text.Of("该单位尚未自报此项。", "The unit has not reported this item yet."));
        if (input.Verdict is not { } verdict || !Enum.IsDefined(verdict)) return Refuse.Field("verdict", Text.Of("请选择核实到位或存在差距。", "Choose confirmed or gap."));
        if (row.FollowUpId is { } open && !(await ClosedAsync(ct)).Contains(open))
            return Refuse.Field("verdict", Text.Of("此项差距正在整改，整改销号后即计入。", "A gap on this item is being followed up; it counts once closed."));
        var note = Entered.Text(input.Note);
        if (Limits.TooLong(note, Limits.Note) is { } tooLong) return Refuse.Field("note", tooLong);
        if (row.Version != input.Version) return Refuse.Conflict();
        long? followUpId = null;
        if (verdict == Verdict.Gap)
        {
            var (errors, filled) = await followUps.CheckAsync([new FollowUpInput(note, input.Deadline, input.LeadPersonId)], campaign.Today, "", ct);
            if (errors.Count > 0) return Refuse.Fields(errors.ToDictionary(e => e.Key == "problem" ? "note" : e.Key, e => e.Value));
            var added = await followUps.AddAsync(unitId, filled[0], Text.Of($"四到位、四落实核实：{ChecklistRule.Name(item).ZhCn}", $"Checklist: {ChecklistRule.Name(item).En}"),
                null, item.ToString(), ct);
            if (!added.Succeeded) return Refuse.As(added);
            followUpId = added.Value!.Id;
        }
        row.Verdict = verdict;
        row.VerdictNote = note;
        row.VerifiedBy = user.DisplayName;
        row.VerifiedOn = campaign.Today;
        row.FollowUpId = followUpId;
        row.Version++;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return await GetAsync(unitId, ct);
    }

    private async Task<bool> MayVerifyAsync(Unit unit, CancellationToken ct) =>
        units.IsOffice || await units.MayReviewAsync(unit.Id, ct) || (await guidance.MineAsync(ct)).Any(g => g.UnitIds.Contains(unit.Id));

    private async Task<HashSet<long>> ClosedAsync(CancellationToken ct) =>
        [.. (await rectifications.ListAsync(new RectificationQuery(FollowUpService.Kind), ct)).Where(r => r.CompletedOn is not null).Select(r => r.Id)];

    private ChecklistItemView View(ChecklistKey key, ChecklistItem? row, HashSet<long> closed)
    {
        var followUpClosed = row?.FollowUpId is { } f && closed.Contains(f);
        return new ChecklistItemView(key, ChecklistRule.Name(key).ToString(), ChecklistRule.GroupName(key).ToString(), row is not null, row?.InPlace ?? false, row?.Note,
            row?.ReportedBy, row?.Verdict, ChecklistRule.VerdictName(row?.Verdict).ToString(), row?.VerdictNote, row?.VerifiedBy, row?.VerifiedOn, row?.FollowUpId,
            row?.FollowUpId is null ? null : followUpClosed ? Text.Of("已销号", "Closed") : Text.Of("整改中", "Open"),
            ChecklistRule.Counts(row?.Verdict, followUpClosed), ChecklistRule.OpenGap(row?.Verdict, followUpClosed), row?.Version ?? 0);
    }
}
