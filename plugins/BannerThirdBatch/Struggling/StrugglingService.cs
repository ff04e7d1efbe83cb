using Modular.Plugins.BannerThirdBatch.Assistance;
using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Struggling;

/// <summary>
/// A mark as the form or the API sends it: struggling or no longer (<paramref name="Struggling"/>, default true), the kind, why,
/// from which day; <paramref name="Version"/> the version read (none, or 0, for a gacha never marked).
/// </summary>
public sealed record StrugglingInput(bool? Struggling, StrugglingKind? Kind, string? Reason, DateOnly? MarkedOn, int? Version = null);

/// <summary>A gacha or community: whether it is marked struggling (kind, why, since), and the help its organization received (records).</summary>
public sealed record StrugglingView(long UnitId, string Unit, long? TownId, string? Town, bool Struggling, StrugglingKind? Kind, string? KindName, string? Reason,
    DateOnly? MarkedOn, string? MarkedBy, int Assistance, int Version)
{
    public bool Assisted => Assistance > 0;
}

/// <summary>One sumu/town's (null: the gacha directly under the banner) struggling gacha, of them assisted, and not assisted yet.</summary>
public sealed record StrugglingTownView(long? TownId, string Town, int Struggling, int Assisted, int NotAssisted);

public sealed record StrugglingOverview(IReadOnlyList<StrugglingView> Units, IReadOnlyList<StrugglingTownView> Towns, StrugglingTownView All);

/// <summary>
/// 二(三) 困难嘎查: the sumu/town above a gacha or community (or the banner office) marks it struggling or weak and lax, with why and
/// from which day; the gacha itself may read its mark, not set it (403). Per town: the struggling gacha, those its help reached
/// (any help to the organization — venue, funds, materials, other — recorded in Assistance/), those not reached yet.
/// </summary>
public sealed class StrugglingService(BannerThirdBatchDbContext db, ThirdBatchUnits units, ICurrentUser user, BannerThirdBatchCampaign campaign)
{
    public static readonly string OnlyAbove = Text.Of("困难嘎查由所属苏木镇党委或旗领导小组办公室认定。", "The sumu/town above or the banner office marks a struggling gacha.");

    public async Task<Result<StrugglingView>> MarkAsync(long unitId, StrugglingInput input, CancellationToken ct)
    {
        if (await units.ReadableAsync(unitId, ct) is not { } unit) return Refuse.NotFound(ThirdBatchUnits.NoUnit(unitId));
        if (unit.Kind == UnitKind.Town)
            return Refuse.Field("unitId", Text.Of($"{unit.Name}是苏木镇，只有嘎查、社区党组织可以认定为困难嘎查。", $"{unit.Name} is a sumu/town: only a gacha or community is marked."));
        if (!await units.MayReviewAsync(unit.Id, ct)) return Refuse.Forbidden(OnlyAbove);
        var struggling = input.Struggling ?? true;
        var reason = Entered.Text(input.Reason);
        var errors = StrugglingRule.Problems(struggling, input.Kind, reason, input.MarkedOn, campaign.Today);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var found = await db.StrugglingMarks.AsTracking().SingleOrDefaultAsync(m => m.UnitId == unit.Id, ct);
        var row = db.StrugglingMarks.Edit(found, found is null ? (input.Version is null or 0 ? null : input.Version) : input.Version ?? -1, () => new StrugglingMark { UnitId = unit.Id });
        if (row is null) return Refuse.Conflict();
        (row.Struggling, row.Kind, row.Reason, row.MarkedOn, row.MarkedBy, row.MarkedAt) =
            (struggling, input.Kind ?? row.Kind, reason, input.MarkedOn!.Value, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Ok((await OverviewAsync(unit.TownId, ct)).Units.Single(u => u.UnitId == unit.Id));
    }

    public async Task<Result<StrugglingView>> FindAsync(long unitId, CancellationToken ct) =>
        await units.ReadableAsync(unitId, ct) is { Kind: not UnitKind.Town } unit
            ? Result.Ok((await OverviewAsync(null, ct)).Units.Single(u => u.UnitId == unit.Id))
            : Refuse.NotFound(ThirdBatchUnits.NoUnit(unitId));

    /// <summary>The gacha and communities the user sees (or one town's) with their marks and help, and the counts per town.</summary>
    public async Task<StrugglingOverview> OverviewAsync(long? townId, CancellationToken ct)
    {
        var seen = await units.SeenAsync(ct);
        var gacha = seen.Where(u => u.Kind != UnitKind.Town && (townId is null || u.TownId == townId)).ToList();
        // The marks and the help are few: read the jurisdiction's and look the units up here, rather than send every unit's id.
        var marks = await db.StrugglingMarks.AsNoTracking().ToDictionaryAsync(m => m.UnitId, ct);
        var help = (await db.AssistanceRecords.AsNoTracking().Select(a => new { a.UnitId, a.Kind }).ToListAsync(ct))
            .Where(a => !AssistanceRule.ForMember(a.Kind)).GroupBy(a => a.UnitId).ToDictionary(g => g.Key, g => g.Count());
        var views = gacha.Select(u =>
        {
            var m = marks.GetValueOrDefault(u.Id);
            var flagged = m is { Struggling: true };
            return new StrugglingView(u.Id, u.Name, u.TownId, u.Town, flagged, flagged ? m!.Kind : null, flagged ? StrugglingRule.KindName(m!.Kind).ToString() : null,
                m?.Reason, m?.MarkedOn, m?.MarkedBy, help.GetValueOrDefault(u.Id), m?.Version ?? 0);
        }).ToList();
        var towns = seen.Where(u => u.Kind == UnitKind.Town && (townId is null || u.Id == townId)).Select(t => Count(t.Id, t.Name, views.Where(v => v.TownId == t.Id))).ToList();
        if (views.Any(v => v.TownId is null)) towns.Add(Count(null, AssistanceService.Banner, views.Where(v => v.TownId is null)));
        return new StrugglingOverview(views, towns, Count(null, Text.Of("合计", "In all"), views));
    }

    /// <summary>Per sumu/town: its gacha and communities marked struggling (done: those its help reached; owed: all marked).</summary>
    public async Task<IReadOnlyList<UnitFigure>> CoverageAsync(CancellationToken ct) =>
        [.. (await OverviewAsync(null, ct)).Towns.Where(t => t.TownId is not null).Select(t => new UnitFigure(t.TownId!.Value, t.Town, t.Assisted, t.Struggling))];

    private static StrugglingTownView Count(long? townId, string name, IEnumerable<StrugglingView> views)
    {
        var flagged = views.Where(v => v.Struggling).ToList();
        return new StrugglingTownView(townId, name, flagged.Count, flagged.Count(v => v.Assisted), flagged.Count(v => !v.Assisted));
    }
}
