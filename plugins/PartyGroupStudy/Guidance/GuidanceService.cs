using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Guidance;

/// <summary>A visit as the form or the API sends it; <paramref name="Version"/> the version read when correcting one.</summary>
public sealed record VisitInput(long UnitId, DateOnly VisitedOn, GuidanceFocus Focus, string? Findings, string? FollowUp, int? Version = null);

public sealed record VisitView(long Id, long PersonId, string Member, long UnitId, string Unit, DateOnly VisitedOn, GuidanceFocus Focus, string FocusName,
    string Findings, string? FollowUp, string? RecordedBy, int Version);

/// <summary>A member's units and how many were visited: a unit counts as guided once it has a visit.</summary>
public sealed record MemberGuidance(long PersonId, string Name, IReadOnlyList<UnitView> Units, int UnitsVisited, int Visits)
{
    public bool AllVisited => Units.Count > 0 && UnitsVisited == Units.Count;
}

/// <summary>Recording and reading the members' guidance visits (五(二)), for the API, the page, the ledger and the demo.</summary>
public sealed class GuidanceService(PartyGroupStudyDbContext db, GroupOffice office, ICurrentUser user, PartyGroupStudyCampaign campaign)
{
    public static string NoVisit(long id) => Text.Of($"没有编号为 {id} 的指导记录。", $"There is no guidance visit {id}.");

    /// <summary>Records a visit to a unit: the member who oversees it, or the office for them.</summary>
    public async Task<Result<VisitView>> RecordAsync(VisitInput input, CancellationToken ct) => await SaveAsync(null, input, ct);

    /// <summary>Corrects a visit read at <see cref="VisitInput.Version"/> (a stale one is 409).</summary>
    public async Task<Result<VisitView>> UpdateAsync(long id, VisitInput input, CancellationToken ct) => await SaveAsync(id, input, ct);

    private async Task<Result<VisitView>> SaveAsync(long? id, VisitInput input, CancellationToken ct)
    {
        var found = id is { } visitId ? await db.GuidanceVisits.AsTracking().SingleOrDefaultAsync(v => v.Id == visitId, ct) : null;
        if (id is not null && (found is null || !await office.MayReadParticipantAsync(found.PersonId, ct))) return Refuse.NotFound(NoVisit(id.Value));
        if (await db.MemberUnits.SingleOrDefaultAsync(u => u.Id == input.UnitId, ct) is not { } unit || !await office.MayReadParticipantAsync(unit.PersonId, ct))
            return Refuse.Field("unitId", LeadingGroupService.NoUnit(input.UnitId));
        var who = await office.HandInForAsync(unit.PersonId, Text.Of("只能登记自己分管和联系单位的指导。", "Record visits to your own units only."), ct);
        if (!who.Succeeded) return Refuse.As(who);
        var rules = await campaign.RulesAsync(ct);
        var findings = Entered.Text(input.Findings);
        var errors = GuidanceRule.Problems(rules, input.VisitedOn, campaign.Today, input.Focus, findings);
        if (Limits.TooLong(findings, Limits.Body) is { } longFindings) errors["findings"] = [longFindings];
        if (Limits.TooLong(Entered.Text(input.FollowUp), Limits.Body) is { } longFollowUp) errors["followUp"] = [longFollowUp];
        if (errors.Count > 0) return Refuse.Fields(errors);

        var row = db.GuidanceVisits.Edit(found, id is null ? null : input.Version ?? -1, () => new GuidanceVisit());
        if (row is null) return Refuse.Conflict();
        (row.PersonId, row.UnitId, row.VisitedOn, row.Focus, row.Findings, row.FollowUp) = (unit.PersonId, unit.Id, input.VisitedOn, input.Focus, findings!, Entered.Text(input.FollowUp));
        (row.RecordedBy, row.RecordedAt) = (user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var view = View(row, who.Value!.Name, unit.Name);
        return id is null ? Result.Created($"guidance-visits/{row.Id}", view) : Result.Ok(view);
    }

    public async Task<Result<VisitView>> FindAsync(long id, CancellationToken ct)
    {
        if (await db.GuidanceVisits.SingleOrDefaultAsync(v => v.Id == id, ct) is not { } visit || !await office.MayReadParticipantAsync(visit.PersonId, ct))
            return Refuse.NotFound(NoVisit(id));
        var unit = await db.MemberUnits.SingleAsync(u => u.Id == visit.UnitId, ct);
        return Result.Ok(View(visit, (await office.ParticipantAsync(visit.PersonId, ct))?.Name ?? $"#{visit.PersonId}", unit.Name));
    }

    /// <summary>The visits the user may read, latest first: everyone's for those who see all, their own for a member.</summary>
    public async Task<IReadOnlyList<VisitView>> VisitsAsync(CancellationToken ct)
    {
        long? mine = await office.MaySeeAllAsync(ct) ? null : (await office.MeAsync(ct))?.PersonId ?? -1;
        var visits = await db.GuidanceVisits.Where(v => mine == null || v.PersonId == mine).OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id).ToListAsync(ct);
        var units = await db.MemberUnits.ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var names = (await office.ParticipantsAsync(ct)).ToDictionary(p => p.PersonId, p => p.Name);
        return [.. visits.Select(v => View(v, names.GetValueOrDefault(v.PersonId, $"#{v.PersonId}"), units.GetValueOrDefault(v.UnitId, "")))];
    }

    /// <summary>Each participant the user may read: their units and how many were visited.</summary>
    public async Task<IReadOnlyList<MemberGuidance>> CoverageAsync(CancellationToken ct)
    {
        var seeAll = await office.MaySeeAllAsync(ct);
        var me = (await office.MeAsync(ct))?.PersonId;
        var units = (await db.MemberUnits.OrderBy(u => u.Id).ToListAsync(ct)).ToLookup(u => u.PersonId);
        var visits = await db.GuidanceVisits.GroupBy(v => new { v.PersonId, v.UnitId }).Select(g => new { g.Key.PersonId, g.Key.UnitId, Count = g.Count() }).ToListAsync(ct);
        return [.. (await office.ParticipantsAsync(ct)).Where(p => seeAll || p.PersonId == me).Select(p => new MemberGuidance(p.PersonId, p.Name,
            [.. units[p.PersonId].Select(LeadingGroupService.View)],
            visits.Count(v => v.PersonId == p.PersonId && units[p.PersonId].Any(u => u.Id == v.UnitId)),
            visits.Where(v => v.PersonId == p.PersonId).Sum(v => v.Count)))];
    }

    private static VisitView View(GuidanceVisit v, string member, string unit) => new(v.Id, v.PersonId, member, v.UnitId, unit, v.VisitedOn, v.Focus,
        GuidanceRule.FocusName(v.Focus).ToString(), v.Findings, v.FollowUp, v.RecordedBy, v.Version);
}
