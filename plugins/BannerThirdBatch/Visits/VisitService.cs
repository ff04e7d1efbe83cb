using Modular.Plugins.BannerThirdBatch.Common;
using Modular.Plugins.BannerThirdBatch.Guidance;
using Modular.Plugins.BannerThirdBatch.LeadingGroup;
using Modular.Plugins.BannerThirdBatch.Units;

namespace Modular.Plugins.BannerThirdBatch.Visits;

/// <summary>
/// A visit as the form or the API sends it: the unit; the guidance group that went, or (no group) the leading-group member visiting
/// their liaison point (default the signed-in person); the day; findings; follow-ups.
/// </summary>
public sealed record VisitInput(long? UnitId, long? GroupId, long? LiaisonPersonId, DateOnly? VisitedOn, string? Findings, IReadOnlyList<FollowUpInput>? FollowUps = null);

public sealed record VisitView(long Id, long UnitId, string Unit, long? GroupId, string? Group, long? LiaisonPersonId, string? Liaison, string By,
    DateOnly VisitedOn, string Findings, IReadOnlyList<long> FollowUpIds, string? RecordedBy);

/// <summary>The columns the visits list sorts by.</summary>
public enum VisitSort { Day, Unit, Group }

/// <summary>The visits list's filters: one unit, one month (<c>yyyy-MM</c>); its order.</summary>
public sealed record VisitQuery(long? UnitId = null, string? Month = null, VisitSort Sort = VisitSort.Day, bool Desc = true);

/// <summary>A unit a guidance-group member oversees: its dates and state, and its open (and overdue) follow-ups.</summary>
public sealed record MyUnitView(UnitView Unit, IReadOnlyList<string> Groups, int OpenFollowUps, int OverdueFollowUps, DateOnly? LastVisit);

/// <summary>Guidance visits (by a unit's guidance groups, or by leading-group members to their liaison points) and their follow-ups.</summary>
public sealed class VisitService(BannerThirdBatchDbContext db, ThirdBatchUnits units, GuidanceService guidance, LeadingGroupService leading,
    FollowUpService followUps, ScheduleService schedules, ThirdBatchPeople people, ICurrentUser user, BannerThirdBatchCampaign campaign,
    IObligationRecords obligations)
{
    /// <summary>
    /// Records a visit: by a group that covers the unit (its leader or members, its sender, the office) or by a leading-group member to
    /// their liaison point (the member, the office). The day is not in the future; findings are required; each follow-up is a problem
    /// with a deadline no earlier than the visit (default the day + FollowUpDays).
    /// </summary>
    public async Task<Result<VisitView>> RecordAsync(VisitInput input, CancellationToken ct)
    {
        if (input.UnitId is not { } unitId || await units.FindAsync(unitId, ct) is not { } unit)
            return Refuse.Field("unitId", input.UnitId is { } id ? ThirdBatchUnits.NoUnit(id) : Text.Of("请选择被指导的参学单位。", "Choose the unit visited."));
        var readable = (await guidance.ReadableUnitIdsAsync(ct)).Contains(unitId);
        string by;
        long? liaison = null;
        if (input.GroupId is { } groupId)
        {
            if (await guidance.ReadableAsync(groupId, ct) is not { } group) return Refuse.Field("groupId", GuidanceService.NoGroup(groupId));
            if (!group.UnitIds.Contains(unitId))
                return Refuse.Field("groupId", Text.Of($"“{group.Name}”不负责指导该单位。", $"“{group.Name}” does not cover this unit."));
            if (!await guidance.MayActForGroupAsync(group, ct))
                return Refuse.Forbidden(Text.Of("只有指导组组长、成员、派出单位或旗领导小组办公室可以登记指导检查。", "Only the group's leader and members, its sender or the office record its visits."));
            by = group.Name;
        }
        else
        {
            var me = await user.PersonIdAsync(ct);
            if ((input.LiaisonPersonId ?? me) is not { } person)
                return Refuse.Field("liaisonPersonId", Text.Of("请选择指导组，或联系该苏木镇的领导小组成员。", "Choose the guidance group, or the leading-group member whose liaison point it is."));
            if (await leading.LiaisonTownOfAsync(person, ct) != unitId)
                return Refuse.Field("liaisonPersonId", Text.Of("该苏木镇不是这名领导小组成员的联系点。", "This sumu/town is not that member's liaison point."));
            if (person != me && !units.IsOffice)
                return readable ? Refuse.Forbidden(Text.Of("只有联系该点的领导小组成员或旗领导小组办公室可以登记。", "Only the member whose liaison point it is, or the office, records this.")) : Refuse.NotFound(ThirdBatchUnits.NoUnit(unitId));
            liaison = person;
            by = await people.NameAsync(person, ct);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (input.VisitedOn is not { } day) { errors["visitedOn"] = [Text.Of("请填写指导检查日期。", "Give the day of the visit.")]; day = campaign.Today; }
        else if (day > campaign.Today) errors["visitedOn"] = [Text.Of("指导检查日期不能晚于今天。", "The visit cannot be in the future.")];
        else if (Limits.DateProblem(day) is { } bad) errors["visitedOn"] = [bad];
        var findings = Entered.Text(input.Findings);
        if (findings is null) errors["findings"] = [Text.Of("请填写发现的情况和问题。", "Say what the visit found.")];
        else if (Limits.TooLong(findings, Limits.Note) is { } tooLong) errors["findings"] = [tooLong];
        var (problems, filled) = await followUps.CheckAsync(input.FollowUps ?? [], day, "followUps", ct);
        foreach (var (k, v) in problems) errors[k] = v;
        if (errors.Count > 0) return Refuse.Fields(errors);

        var visit = new GuidanceVisit { UnitId = unitId, GroupId = input.GroupId, LiaisonPersonId = liaison, VisitedOn = day, Findings = findings!,
            RecordedBy = user.DisplayName, RecordedAt = campaign.Now };
        db.GuidanceVisits.Add(visit);
        await db.SaveChangesAsync(ct);
        var foundIn = Text.Of($"指导检查 {day:yyyy-MM-dd}（{by}，记录 {visit.Id}）", $"Guidance visit {day:yyyy-MM-dd} ({by}, visit {visit.Id})");
        foreach (var f in filled)
        {
            var added = await followUps.AddAsync(unitId, f, foundIn, visit.Id, null, ct);
            if (!added.Succeeded) return Refuse.As(added);
        }
        await RecordObligationAsync(unit, ct);
        return Result.Created($"visits/{visit.Id}", (await ViewsAsync([visit], ct))[0]);
    }

    /// <summary>The visit meets the unit's obligation when it falls in its concentrated phase.</summary>
    private async Task RecordObligationAsync(Unit unit, CancellationToken ct)
    {
        if (await schedules.TimelineAsync(unit, ct) is not { } timeline) return;
        var phase = timeline.Phases[0];
        var first = await db.GuidanceVisits.Where(v => v.UnitId == unit.Id && v.VisitedOn >= phase.Start && v.VisitedOn <= phase.End)
            .OrderBy(v => v.VisitedOn).ThenBy(v => v.Id).FirstOrDefaultAsync(ct);
        if (first is null) return;
        await obligations.RecordAsync(VisitObligations.Guidance.Key, ObligedKind.Organization, unit.Id, timeline.Start, VisitObligations.RecordRef(first.Id),
            UnitDuesProvider.NoonOf(first.VisitedOn, campaign.Jurisdiction), ct);
    }

    /// <summary>The visits to the units the user reads, latest first; optionally one unit's (the ledger's whole list).</summary>
    public async Task<IReadOnlyList<VisitView>> ListAsync(long? unitId, CancellationToken ct) =>
        await ViewsAsync(await (await ReadableAsync(unitId, null, ct)).OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id).ToListAsync(ct), ct);

    /// <summary>
    /// One page of the visits the user reads, filtered by unit and month; by day in the database, by unit or group name (which the
    /// database does not hold) over the filtered rows. A month that is not one is refused by field.
    /// </summary>
    public async Task<Result<ListPage<VisitView>>> PageAsync(VisitQuery query, PageRequest page, CancellationToken ct)
    {
        if (!Listing.TryMonth(query.Month, out var month)) return Refuse.Field("month", Listing.BadMonth(query.Month));
        var rows = await ReadableAsync(query.UnitId, month, ct);
        ListPage<GuidanceVisit> found;
        if (query.Sort == VisitSort.Day)
            found = await (query.Desc ? rows.OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id) : rows.OrderBy(v => v.VisitedOn).ThenBy(v => v.Id)).ToListPageAsync(page, ct);
        else
        {
            var names = query.Sort == VisitSort.Unit
                ? (await units.AllAsync(ct)).ToDictionary(u => u.Id, u => u.Name)
                : (await guidance.AllAsync(ct)).ToDictionary(g => g.Id, g => g.Name);
            string Key(GuidanceVisit v) => (query.Sort == VisitSort.Unit ? names.GetValueOrDefault(v.UnitId) : v.GroupId is { } g ? names.GetValueOrDefault(g) : null) ?? "";
            var all = await rows.ToListAsync(ct);
            var sorted = query.Desc ? all.OrderByDescending(Key, StringComparer.Ordinal) : all.OrderBy(Key, StringComparer.Ordinal);
            found = ListPage.Of([.. sorted.ThenByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id)], page);
        }
        var views = await ViewsAsync(found.Items, ct);
        return Result.Ok(new ListPage<VisitView>(views, found.Total, found.Page, found.PageSize));
    }

    private async Task<IQueryable<GuidanceVisit>> ReadableAsync(long? unitId, (DateOnly From, DateOnly To)? month, CancellationToken ct)
    {
        var readable = (await guidance.ReadableUnitIdsAsync(ct)).ToList();
        var rows = db.GuidanceVisits.AsNoTracking().Where(v => readable.Contains(v.UnitId));
        if (unitId is { } one) rows = rows.Where(v => v.UnitId == one);
        if (month is { } m) rows = rows.Where(v => v.VisitedOn >= m.From && v.VisitedOn <= m.To);
        return rows;
    }

    public async Task<Result<VisitView>> FindAsync(long id, CancellationToken ct) =>
        await (await ReadableAsync(null, null, ct)).SingleOrDefaultAsync(v => v.Id == id, ct) is { } found
            ? Result.Ok((await ViewsAsync([found], ct))[0]) : Refuse.NotFound(Text.Of($"没有编号为 {id} 的指导检查记录。", $"There is no visit {id}."));

    /// <summary>“My units”: the units of the groups the signed-in person is in, with their state and open follow-ups.</summary>
    public async Task<IReadOnlyList<MyUnitView>> MineAsync(CancellationToken ct)
    {
        var mine = await guidance.MineAsync(ct);
        var ids = mine.SelectMany(g => g.UnitIds).Distinct().ToHashSet();
        var open = await followUps.ListAsync(null, null, ct);
        var visits = await db.GuidanceVisits.AsNoTracking().Where(v => ids.Contains(v.UnitId)).ToListAsync(ct);
        var result = new List<MyUnitView>();
        foreach (var unit in (await units.AllAsync(ct)).Where(u => ids.Contains(u.Id)))
            result.Add(new MyUnitView(await schedules.ViewAsync(unit, ct), [.. mine.Where(g => g.UnitIds.Contains(unit.Id)).Select(g => g.Name)],
                open.Count(f => f.UnitId == unit.Id && f.Status == RectificationStatus.Open), open.Count(f => f.UnitId == unit.Id && f.Status == RectificationStatus.Overdue),
                visits.Where(v => v.UnitId == unit.Id).Select(v => (DateOnly?)v.VisitedOn).Max()));
        return result;
    }

    /// <summary>Per scheduled unit the user reads: visited (1) or not (0) in its concentrated phase so far.</summary>
    public async Task<IReadOnlyList<UnitFigure>> VisitedCoverageAsync(CancellationToken ct)
    {
        var readable = await guidance.ReadableUnitIdsAsync(ct);
        // Only the days, grouped by unit once.
        var visits = (await db.GuidanceVisits.AsNoTracking().Select(v => new { v.UnitId, v.VisitedOn }).ToListAsync(ct)).ToLookup(v => v.UnitId, v => v.VisitedOn);
        var figures = new List<UnitFigure>();
        foreach (var unit in (await units.AllAsync(ct)).Where(u => readable.Contains(u.Id)))
        {
            if (await schedules.TimelineAsync(unit, ct) is not { } timeline) continue;
            var phase = timeline.Phases[0];
            figures.Add(new UnitFigure(unit.Id, unit.Name, visits[unit.Id].Any(on => on >= phase.Start && on <= phase.End) ? 1 : 0, 1));
        }
        return figures;
    }

    private async Task<IReadOnlyList<VisitView>> ViewsAsync(IReadOnlyList<GuidanceVisit> visits, CancellationToken ct)
    {
        var all = await units.AllAsync(ct);
        var groups = await guidance.AllAsync(ct);
        var ids = visits.Select(v => v.Id).ToList();
        var origins = (await db.FollowUps.AsNoTracking().Where(f => f.VisitId != null && ids.Contains(f.VisitId.Value)).ToListAsync(ct)).ToLookup(f => f.VisitId!.Value);
        var views = new List<VisitView>();
        foreach (var v in visits)
        {
            var group = groups.FirstOrDefault(g => g.Id == v.GroupId)?.Name;
            var liaison = v.LiaisonPersonId is { } p ? await people.NameAsync(p, ct) : null;
            views.Add(new VisitView(v.Id, v.UnitId, all.FirstOrDefault(u => u.Id == v.UnitId)?.Name ?? $"#{v.UnitId}", v.GroupId, group, v.LiaisonPersonId, liaison,
                group ?? Text.Of($"{liaison}（联系点）", $"{liaison} (liaison point)"), v.VisitedOn, v.Findings, [.. origins[v.Id].Select(f => f.RectificationId)], v.RecordedBy));
        }
        return views;
    }
}
