using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Assistance;

/// <summary>
/// Help as the form or the API sends it: the kind; the gacha (<paramref name="UnitId"/>) for a venue, funds, materials or other,
/// the member (<paramref name="PersonId"/>) for a struggling member; the amount in yuan; a quantity or what was done; the day.
/// </summary>
public sealed record AssistanceInput(AssistanceKind? Kind, long? UnitId, long? PersonId, decimal? Amount, string? Detail, DateOnly? GivenOn, int? Version = null);

public sealed record AssistanceView(long Id, AssistanceKind Kind, string KindName, long UnitId, string Unit, long? TownId, string Town, long? PersonId, string? Person,
    decimal? Amount, string? Detail, DateOnly GivenOn, string? RecordedBy, int Version);

/// <summary>One sumu/town's (or the banner's) help: records and yuan per kind, and in all.</summary>
public sealed record AssistanceTotals(long? TownId, string Town, IReadOnlyDictionary<AssistanceKind, int> Count, IReadOnlyDictionary<AssistanceKind, decimal> Amount)
{
    public int Records => Count.Values.Sum();
    public decimal Yuan => Amount.Values.Sum();
}

public sealed record AssistanceOverview(IReadOnlyList<AssistanceView> Records, IReadOnlyList<AssistanceTotals> ByTown, AssistanceTotals All);

/// <summary>
/// 二(三) 帮扶: a sumu/town (or the banner office) records the help it gives its struggling gacha and members; totals per town
/// and per kind. The gacha itself may read its help but not record it (403).
/// </summary>
public sealed class AssistanceService(BannerThirdBatchDbContext db, ThirdBatchUnits units, UnitMembers members, IRoster roster, ICurrentUser user,
    BannerThirdBatchCampaign campaign)
{
    public static string NoRecord(long id) => Text.Of($"没有编号为 {id} 的帮扶记录。", $"There is no assistance record {id}.");

    public static readonly string OnlyTheTown = Text.Of("帮扶由所属苏木镇党委或旗领导小组办公室登记。", "The sumu/town above or the banner office records help.");

    public static readonly string Banner = Text.Of("旗本级", "The banner");

    public Task<Result<AssistanceView>> RecordAsync(AssistanceInput input, CancellationToken ct) => SaveAsync(null, input, ct);

    public Task<Result<AssistanceView>> UpdateAsync(long id, AssistanceInput input, CancellationToken ct) => SaveAsync(id, input, ct);

    private async Task<Result<AssistanceView>> SaveAsync(long? id, AssistanceInput input, CancellationToken ct)
    {
        AssistanceRecord? found = null;
        if (id is { } recordId)
        {
            found = await db.AssistanceRecords.AsTracking().SingleOrDefaultAsync(a => a.Id == recordId, ct);
            if (found is null || await units.ReadableAsync(found.UnitId, ct) is null) return Refuse.NotFound(NoRecord(recordId));
            if (!await MayGiveAsync(found.TownId, ct)) return Refuse.Forbidden(OnlyTheTown);
        }
        var detail = Entered.Text(input.Detail);
        var errors = AssistanceRule.Problems(input.Kind, input.Amount, detail, input.GivenOn, campaign.Today);
        if (errors.ContainsKey("kind")) return Refuse.Fields(errors);

        // The recipient: a gacha or community for help to the organization, a member of a unit for help to a member.
        Unit unit;
        PersonInfo? person = null;
        if (AssistanceRule.ForMember(input.Kind!.Value))
        {
            if (input.PersonId is not { } personId) return Refuse.Field("personId", Text.Of("请选择受帮扶的困难党员。", "Choose the member helped."));
            if (await roster.FindAsync(personId, ct) is not { } p || !await user.MayReadPersonAsync(personId, ct)) return Refuse.Field("personId", References.NoPerson(personId));
            if (await members.UnitOfAsync(p.OrganizationId, ct) is not { } u || await units.ReadableAsync(u.Id, ct) is null)
                return Refuse.Field("personId", Text.Of($"{p.Name} 所在党组织不属于参学单位。", $"{p.Name}'s organization belongs to no participating unit."));
            (unit, person) = (u, p);
        }
        else
        {
            if (input.UnitId is not { } unitId) return Refuse.Field("unitId", Text.Of("请选择受帮扶的嘎查（社区）党组织。", "Choose the gacha helped."));
            if (await units.ReadableAsync(unitId, ct) is not { } u) return Refuse.Field("unitId", ThirdBatchUnits.NoUnit(unitId));
            if (u.Kind == UnitKind.Town) return Refuse.Field("unitId", Text.Of("帮扶对象是困难嘎查（社区）党组织，不是苏木镇。", "Help goes to a struggling gacha or community, not to a sumu/town."));
            unit = u;
        }
        var townId = unit.Kind == UnitKind.Town ? unit.Id : unit.TownId;
        if (!await MayGiveAsync(townId, ct)) return Refuse.Forbidden(OnlyTheTown);
        if (errors.Count > 0) return Refuse.Fields(errors);

        var row = db.AssistanceRecords.Edit(found, id is null ? null : input.Version ?? -1, () => new AssistanceRecord());
        if (row is null) return Refuse.Conflict();
        (row.Kind, row.UnitId, row.TownId, row.PersonId, row.Amount, row.Detail, row.GivenOn, row.RecordedBy, row.RecordedAt) =
            (input.Kind.Value, unit.Id, townId, person?.Id, input.Amount, detail, input.GivenOn!.Value, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var view = await ViewAsync(row, ct);
        return id is null ? Result.Created($"assistance/{row.Id}", view) : Result.Ok(view);
    }

    /// <summary>The sumu/town's officers, those above it or the office; help to a unit under no town: the office.</summary>
    private async Task<bool> MayGiveAsync(long? townId, CancellationToken ct) => townId is { } town ? await units.MayActForAsync(town, ct) : units.IsOffice;

    public async Task<Result<AssistanceView>> FindAsync(long id, CancellationToken ct) =>
        await db.AssistanceRecords.SingleOrDefaultAsync(a => a.Id == id, ct) is { } found && await units.ReadableAsync(found.UnitId, ct) is not null
            ? Result.Ok(await ViewAsync(found, ct))
            : Refuse.NotFound(NoRecord(id));

    /// <summary>The help to the units the user sees (one town's, one kind's when asked), latest first, with totals per town and per kind.</summary>
    public async Task<AssistanceOverview> OverviewAsync(long? townId, AssistanceKind? kind, CancellationToken ct)
    {
        var seen = (await units.SeenAsync(ct)).Select(u => u.Id).ToList();
        var rows = await db.AssistanceRecords.Where(a => seen.Contains(a.UnitId) && (townId == null || a.TownId == townId) && (kind == null || a.Kind == kind))
            .OrderByDescending(a => a.GivenOn).ThenByDescending(a => a.Id).ToListAsync(ct);
        var views = new List<AssistanceView>();
        foreach (var row in rows) views.Add(await ViewAsync(row, ct));
        var byTown = views.GroupBy(v => (v.TownId, v.Town)).OrderBy(g => g.Key.TownId ?? long.MaxValue).Select(g => Totals(g.Key.TownId, g.Key.Town, g)).ToList();
        return new AssistanceOverview(views, byTown, Totals(null, Text.Of("合计", "Total"), views));
    }

    /// <summary>For the office's overview: per sumu/town, the records and yuan of each kind of help.</summary>
    public async Task<IReadOnlyList<AssistanceTotals>> TotalsAsync(CancellationToken ct) => (await OverviewAsync(null, null, ct)).ByTown;

    private static AssistanceTotals Totals(long? townId, string town, IEnumerable<AssistanceView> views)
    {
        var list = views.ToList();
        return new AssistanceTotals(townId, town,
            Enum.GetValues<AssistanceKind>().ToDictionary(k => k, k => list.Count(v => v.Kind == k)),
            Enum.GetValues<AssistanceKind>().ToDictionary(k => k, k => list.Where(v => v.Kind == k).Sum(v => v.Amount ?? 0m)));
    }

    private async Task<AssistanceView> ViewAsync(AssistanceRecord a, CancellationToken ct)
    {
        var tree = await units.TreeAsync(ct);
        var person = a.PersonId is { } p ? (await roster.FindAsync(p, ct))?.Name ?? $"#{p}" : null;
        return new AssistanceView(a.Id, a.Kind, AssistanceRule.KindName(a.Kind).ToString(), a.UnitId, tree.NameOf(a.UnitId), a.TownId,
            a.TownId is { } t ? tree.NameOf(t) : Banner, a.PersonId, person, a.Amount, a.Detail, a.GivenOn, a.RecordedBy, a.Version);
    }
}
