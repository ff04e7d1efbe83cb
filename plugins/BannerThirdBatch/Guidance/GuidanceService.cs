using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.LeadingGroup;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Guidance;

/// <summary>A group as the form or the API sends it; <c>SenderTownId</c> null for a banner group; the version read when editing.</summary>
public sealed record GuidanceGroupInput(string? Name, long? SenderTownId, long? LeaderId, IReadOnlyList<long>? MemberIds, IReadOnlyList<long>? UnitIds, int? Version = null);

public sealed record GroupUnit(long Id, string Name);

public sealed record GuidanceGroupView(long Id, string Name, long? SenderTownId, string Sender, string KindName, long LeaderId, string Leader,
    IReadOnlyList<long> MemberIds, IReadOnlyList<string> Members, IReadOnlyList<GroupUnit> Units, int Version, string? RecordedBy, bool MayEdit);

/// <summary>
/// Coverage: every participating unit against its banner guidance group, every gacha and community against its town's group;
/// the units without one are flagged.
/// </summary>
public sealed record GuidanceCoverage(IReadOnlyList<UnitFigure> Banner, IReadOnlyList<UnitFigure> Town, IReadOnlyList<string> WithoutBannerGroup, IReadOnlyList<string> WithoutTownGroup);

/// <summary>The guidance groups the banner and the sumu/towns send, who may record and read them, and their coverage.</summary>
public sealed class GuidanceService(BannerThirdBatchDbContext db, ThirdBatchUnits units, ThirdBatchPeople people, LeadingGroupService leading,
    ICurrentUser user, BannerThirdBatchCampaign campaign)
{
    private IReadOnlyList<GuidanceGroup>? _groups;

    public async Task<IReadOnlyList<GuidanceGroup>> AllAsync(CancellationToken ct) =>
        _groups ??= [.. (await db.GuidanceGroups.AsNoTracking().ToListAsync(ct)).OrderBy(g => g.SenderTownId.HasValue).ThenBy(g => g.SenderTownId).ThenBy(g => g.Id)];

    /// <summary>The groups the signed-in person leads or is a member of.</summary>
    public async Task<IReadOnlyList<GuidanceGroup>> MineAsync(CancellationToken ct) =>
        await user.PersonIdAsync(ct) is { } me ? [.. (await AllAsync(ct)).Where(g => g.Includes(me))] : [];

    /// <summary>
    /// The units whose oversight the user reads: all for the office; else the units they see, those of the groups they are in, and
    /// their liaison point.
    /// </summary>
    public async Task<HashSet<long>> ReadableUnitIdsAsync(CancellationToken ct)
    {
        var all = await units.AllAsync(ct);
        if (units.IsOffice) return [.. all.Select(u => u.Id)];
        var ids = (await units.SeenAsync(ct)).Select(u => u.Id).ToHashSet();
        foreach (var g in await MineAsync(ct)) ids.UnionWith(g.UnitIds);
        if (await user.PersonIdAsync(ct) is { } me && await leading.LiaisonTownOfAsync(me, ct) is { } town) ids.Add(town);
        return ids;
    }

    /// <summary>May record visits for the group: its leader and members, its sender (the town's officers; the office for a banner group), the office.</summary>
    public async Task<bool> MayActForGroupAsync(GuidanceGroup group, CancellationToken ct) =>
        units.IsOffice || (await user.PersonIdAsync(ct) is { } me && group.Includes(me))
        || (group.SenderTownId is { } town && await units.MayActForAsync(town, ct));

    private async Task<bool> MayEditAsync(GuidanceGroup group, CancellationToken ct) =>
        units.IsOffice || (group.SenderTownId is { } town && await units.MayActForAsync(town, ct));

    private async Task<bool> MayReadAsync(GuidanceGroup group, CancellationToken ct)
    {
        if (units.IsOffice || await MayActForGroupAsync(group, ct)) return true;
        if (group.SenderTownId is { } town && await user.MaySeeOrganizationAsync(town, ct)) return true;
        var seen = (await units.SeenAsync(ct)).Select(u => u.Id).ToHashSet();
        return group.UnitIds.Any(seen.Contains);
    }

    public async Task<IReadOnlyList<GuidanceGroupView>> ListAsync(CancellationToken ct)
    {
        var views = new List<GuidanceGroupView>();
        foreach (var g in await AllAsync(ct))
            if (await MayReadAsync(g, ct)) views.Add(await ViewAsync(g, ct));
        return views;
    }

    public async Task<GuidanceGroup?> ReadableAsync(long id, CancellationToken ct) =>
        (await AllAsync(ct)).FirstOrDefault(g => g.Id == id) is { } g && await MayReadAsync(g, ct) ? g : null;

    public async Task<Result<GuidanceGroupView>> FindAsync(long id, CancellationToken ct) =>
        await ReadableAsync(id, ct) is { } g ? Result.Ok(await ViewAsync(g, ct)) : Refuse.NotFound(NoGroup(id));

    /// <summary>
    /// Records a group (or changes group <paramref name="id"/> at the version read): a banner group by the office, a sumu/town's by
    /// its officers or the office; a town's group covers only that town's gacha and communities.
    /// </summary>
    public async Task<Result<GuidanceGroupView>> SaveAsync(long? id, GuidanceGroupInput input, CancellationToken ct)
    {
        GuidanceGroup? found = null;
        if (id is { } existing)
        {
            found = await db.GuidanceGroups.AsTracking().SingleOrDefaultAsync(g => g.Id == existing, ct);
            if (found is null || !await MayReadAsync(found, ct)) return Refuse.NotFound(NoGroup(existing));
            if (!await MayEditAsync(found, ct)) return Refuse.Forbidden(OnlySender);
        }
        var all = await units.AllAsync(ct);
        if (input.SenderTownId is { } town)
        {
            if (all.FirstOrDefault(u => u.Id == town && u.Kind == UnitKind.Town) is null || !await user.MaySeeOrganizationAsync(town, ct))
                return Refuse.Field("senderTownId", Text.Of($"没有编号为 {town} 的参学苏木镇。", $"There is no participating sumu/town {town}."));
            if (!await units.MayActForAsync(town, ct)) return Refuse.Forbidden(OnlySender);
        }
        else if (!units.IsOffice) return Refuse.Forbidden(Text.Of("旗指导小组只能由旗学习实践活动领导小组办公室派出。", "Only the banner office sends a banner guidance group."));

        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var name = Entered.Text(input.Name);
        if (name is null) errors["name"] = [Text.Of("请填写指导组名称。", "Name the group.")];
        else if (Limits.TooLong(name, Limits.Line) is { } tooLong) errors["name"] = [tooLong];
        var roster = await people.AllAsync(ct);
        if (input.LeaderId is not { } leader) errors["leaderId"] = [Text.Of("请选择组长。", "Choose the group's leader.")];
        else if (!roster.ContainsKey(leader)) errors["leaderId"] = [Text.Of($"编号为 {leader} 的人员不在党员名册中。", $"Person {leader} is not on the roster.")];
        var members = (input.MemberIds ?? []).Distinct().Where(m => m != input.LeaderId).ToList();
        if (members.Where(m => !roster.ContainsKey(m)).ToList() is { Count: > 0 } strangers)
            errors["memberIds"] = [Text.Of($"不在党员名册中：{string.Join("、", strangers)}。", $"Not on the roster: {string.Join(", ", strangers)}.")];
        var unitIds = (input.UnitIds ?? []).Distinct().ToList();
        if (unitIds.Count == 0) errors["unitIds"] = [Text.Of("请选择指导的参学单位。", "Choose the units the group covers.")];
        else if (GuidanceRule.Outside(input.SenderTownId, unitIds, all) is { Count: > 0 } outside)
            errors["unitIds"] = [input.SenderTownId is null
                ? Text.Of($"不是参学单位：{string.Join("、", outside)}。", $"Not participating units: {string.Join(", ", outside)}.")
                : Text.Of($"苏木镇指导检查组只能指导本苏木镇所属的嘎查和社区：{string.Join("、", outside)} 不是。",
                    $"A sumu/town's group covers only its own gacha and communities: {string.Join(", ", outside)} are not.")];
        if (errors.Count > 0) return Refuse.Fields(errors);

        var row = db.GuidanceGroups.Edit(found, id is null ? null : input.Version ?? -1, () => new GuidanceGroup());
        if (row is null) return Refuse.Conflict();
        row.Name = name!;
        row.SenderTownId = input.SenderTownId;
        row.LeaderPersonId = input.LeaderId!.Value;
        row.MemberIds = members;
        row.UnitIds = unitIds;
        row.RecordedBy = user.DisplayName;
        row.RecordedAt = campaign.Now;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        _groups = null;
        return id is null ? Result.Created($"guidance/groups/{row.Id}", await ViewAsync(row, ct)) : Result.Ok(await ViewAsync(row, ct));
    }

    /// <summary>Every participating unit against a banner group; every gacha and community against its own town's group (the units the user reads).</summary>
    public async Task<GuidanceCoverage> CoverageAsync(CancellationToken ct)
    {
        var readable = await ReadableUnitIdsAsync(ct);
        var groups = await AllAsync(ct);
        var seen = (await units.AllAsync(ct)).Where(u => readable.Contains(u.Id)).ToList();
        var banner = seen.Select(u => new UnitFigure(u.Id, u.Name, groups.Any(g => g.SenderTownId is null && g.UnitIds.Contains(u.Id)) ? 1 : 0, 1)).ToList();
        var town = seen.Where(u => u.TownId is not null)
            .Select(u => new UnitFigure(u.Id, u.Name, groups.Any(g => g.SenderTownId == u.TownId && g.UnitIds.Contains(u.Id)) ? 1 : 0, 1)).ToList();
        return new GuidanceCoverage(banner, town, [.. banner.Where(f => !f.Complete).Select(f => f.Unit)], [.. town.Where(f => !f.Complete).Select(f => f.Unit)]);
    }

    public async Task<GuidanceGroupView> ViewAsync(GuidanceGroup g, CancellationToken ct)
    {
        var all = await units.AllAsync(ct);
        var names = await people.AllAsync(ct);
        string Name(long p) => names.TryGetValue(p, out var person) ? person.Name : $"#{p}";
        return new GuidanceGroupView(g.Id, g.Name, g.SenderTownId,
            g.SenderTownId is { } t ? all.FirstOrDefault(u => u.Id == t)?.Name ?? $"#{t}" : Text.Of("旗学习实践活动领导小组", "Banner leading group"),
            GuidanceRule.KindName(g.SenderTownId).ToString(), g.LeaderPersonId, Name(g.LeaderPersonId), g.MemberIds, [.. g.MemberIds.Select(Name)],
            [.. g.UnitIds.Select(id => new GroupUnit(id, all.FirstOrDefault(u => u.Id == id)?.Name ?? $"#{id}"))], g.Version, g.RecordedBy, await MayEditAsync(g, ct));
    }

    public static readonly string OnlySender = Text.Of("只有派出该组的旗领导小组办公室或苏木镇党委可以调整指导组。", "Only whoever sent the group (the banner office or the sumu/town) changes it.");

    public static string NoGroup(long id) => Text.Of($"没有编号为 {id} 的指导组。", $"There is no guidance group {id}.");
}
