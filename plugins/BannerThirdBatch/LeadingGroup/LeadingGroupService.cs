using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.LeadingGroup;

/// <summary>The group as the form or the API sends it: every member with their place and liaison point, and the version read (0 the first time).</summary>
public sealed record LeadingGroupInput(IReadOnlyList<MemberInput>? Members, int Version);

public sealed record MemberView(long PersonId, string Name, GroupRole Role, string RoleName, long? LiaisonTownId, string? LiaisonTown);

/// <summary>A sumu/town and the leading-group members who keep it as their liaison point (none: flagged).</summary>
public sealed record TownLiaison(long TownId, string Town, IReadOnlyList<string> Liaisons);

/// <summary>
/// The leading group (empty until recorded), the members without a liaison point (flagged) and each sumu/town with who liaises with it.
/// </summary>
public sealed record LeadingGroupView(bool Recorded, int Version, IReadOnlyList<MemberView> Members, IReadOnlyList<MemberView> WithoutLiaison,
    IReadOnlyList<TownLiaison> Towns, string? SavedBy, DateTimeOffset? SavedAt);

/// <summary>Reading and saving the banner's leading group and its liaison points, for the API, the page, the other items and the demo.</summary>
public sealed class LeadingGroupService(ILeadingBodies bodies, ThirdBatchUnits units, ThirdBatchPeople people, ICurrentUser user)
{
    private LeadingBodyInfo? _record;
    private bool _recordRead;

    public static readonly string OnlyOffice = Text.Of("只有旗学习实践活动领导小组办公室可以确定领导小组。", "Only the banner office records the leading group.");

    /// <summary>The group as saved in the block at the banner's organization (the tree's root), or null until the office records it.</summary>
    public async Task<LeadingBodyInfo?> RecordAsync(CancellationToken ct)
    {
        if (_recordRead) return _record;
        _recordRead = true;
        return _record = (await units.TreeAsync(ct)).Root is { } banner
            ? await bodies.GetAsync(LeadingGroupRecords.Kind, banner.Id, LeadingBodyType.LeadingGroup, ct)
            : null;
    }

    /// <summary>The members as saved (none until the office records the group).</summary>
    public async Task<IReadOnlyList<LeadingGroupMember>> MembersAsync(CancellationToken ct) =>
        await RecordAsync(ct) is { } record ? [.. record.Seats.Where(s => s.PersonId is not null).Select(LeadingGroupRecords.FromBlock).OrderBy(m => m.PersonId)] : [];

    /// <summary>The liaison point of a member, or null.</summary>
    public async Task<long?> LiaisonTownOfAsync(long personId, CancellationToken ct) =>
        (await MembersAsync(ct)).FirstOrDefault(m => m.PersonId == personId)?.LiaisonTownId;

    /// <summary>Who may read the group: the office, anyone who sees a participating unit, and the group's members.</summary>
    public async Task<bool> MayReadAsync(CancellationToken ct) =>
        units.IsOffice || (await units.SeenAsync(ct)).Count > 0
        || (await user.PersonIdAsync(ct) is { } me && (await MembersAsync(ct)).Any(m => m.PersonId == me));

    public async Task<Result<LeadingGroupView>> GetAsync(CancellationToken ct) =>
        await MayReadAsync(ct) ? Result.Ok(await ViewAsync(ct)) : Refuse.Forbidden(Text.Of("您无权查看领导小组。", "You may not read the leading group."));

    public async Task<LeadingGroupView> ViewAsync(CancellationToken ct)
    {
        var record = await RecordAsync(ct);
        var all = await units.AllAsync(ct);
        var towns = all.Where(u => u.Kind == UnitKind.Town).ToList();
        var names = await people.AllAsync(ct);
        var members = (await MembersAsync(ct)).Select(m => new MemberView(m.PersonId, names.TryGetValue(m.PersonId, out var p) ? p.Name : $"#{m.PersonId}",
                m.Role, LeadingGroupRule.RoleName(m.Role).ToString(), m.LiaisonTownId, towns.FirstOrDefault(t => t.Id == m.LiaisonTownId)?.Name))
            .OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        return new LeadingGroupView(record is not null, record?.Version ?? 0, members, [.. members.Where(m => m.LiaisonTownId is null)],
            [.. towns.Select(t => new TownLiaison(t.Id, t.Name, [.. members.Where(m => m.LiaisonTownId == t.Id).Select(m => m.Name)]))],
            record?.SavedBy, record?.SavedAt);
    }

    /// <summary>Records the whole group at once (the office only); a save from a stale version is 409.</summary>
    public async Task<Result<LeadingGroupView>> SaveAsync(LeadingGroupInput input, CancellationToken ct)
    {
        if (!units.IsOffice) return await MayReadAsync(ct) ? Refuse.Forbidden(OnlyOffice) : Refuse.NotFound(OnlyOffice);
        var members = input.Members ?? [];
        var towns = (await units.AllAsync(ct)).Where(u => u.Kind == UnitKind.Town).Select(u => u.Id).ToHashSet();
        var errors = LeadingGroupRule.Problems(members, (await people.AllAsync(ct)).Keys.ToHashSet(), towns);
        if (errors.Count > 0) return Refuse.Fields(errors);

        if ((await units.TreeAsync(ct)).Root is not { } banner)
            return Refuse.Field("organizationId", Text.Of("本辖区还没有党组织：请先导入组织和党员名册。", "The jurisdiction has no organization yet: import the organizations and the roster first."));

        // The block keeps the group: one whole save from the version read (stale: 409), who and when.
        var saved = await bodies.SaveAsync(new(LeadingGroupRecords.Kind, banner.Id, LeadingBodyType.LeadingGroup, [.. members.Select(LeadingGroupRecords.ToBlock)], input.Version), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        (_record, _recordRead) = (saved.Value, true);
        return Result.Ok(await ViewAsync(ct));
    }
}
