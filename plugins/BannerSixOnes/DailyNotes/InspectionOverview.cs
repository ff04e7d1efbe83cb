using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.DailyNotes;

/// <summary>One branch's state in a quarter's inspections (the office's list and the inspection ledger).</summary>
public sealed record InspectionSummary(
    long OrganizationId, string OrganizationName, string QuarterKey, InspectionStatus Status, int Members, int Accepted, int Returned,
    int Notes, int MemberDaysDue, string? OpenedBy, DateTimeOffset? OpenedAt, string? ClosedBy, DateTimeOffset? ClosedAt)
{
    public decimal Percent => MemberDaysDue == 0 ? 100m : Math.Round(100m * Notes / MemberDaysDue, 1, MidpointRounding.AwayFromZero);
}

/// <summary>Every organization with members of its own, and where its inspection of a quarter stands — those the caller may see.</summary>
public sealed class InspectionOverview(
    SixOnesCampaign campaign, ICurrentUser user, IRoster roster, IOrganizationDirectory organizations, SixOnesDbContext db, NoteFigures figures)
{
    /// <summary>The quarter's inspections as the ledger (台账) lists them.</summary>
    public async Task<Result<LedgerDefinition>> LedgerAsync(string? quarterKey, CancellationToken ct)
    {
        var summaries = await ForQuarterAsync(quarterKey, ct);
        if (!summaries.Succeeded) return Refuse.As(summaries);
        var quarter = QuarterOf(await campaign.RulesAsync(ct), quarterKey)!;
        return Result.Ok(NoteLedgers.Inspections(quarter.Label, quarter.Key, summaries.Value!));
    }

    /// <summary>The quarter asked for; without one, the latest campaign quarter that has begun (the first one before the campaign).</summary>
    private Quarter? QuarterOf(SixOnesRules rules, string? quarterKey) =>
        quarterKey is null ? DefaultQuarter(rules, campaign.Today) : rules.CampaignQuarter(quarterKey);

    public static Quarter DefaultQuarter(SixOnesRules rules, DateOnly today) =>
        rules.Quarters.LastOrDefault(q => q.Start <= today) ?? rules.Quarters[0];

    public async Task<Result<IReadOnlyList<InspectionSummary>>> ForQuarterAsync(string? quarterKey, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        if (QuarterOf(rules, quarterKey) is not { } quarter)
            return Result<IReadOnlyList<InspectionSummary>>.Refused("quarter", Text.Of($"季度应为活动年度内的季度，如 {rules.Year}-Q2。", $"Give a quarter of the campaign, e.g. {rules.Year}-Q2."));
        var due = rules.DueDays(quarter)!.Value;
        var headcounts = await roster.HeadcountsAsync(new RosterQuery(), ct);
        var visible = new List<OrganizationInfo>();
        foreach (var organization in (await organizations.ListAsync(ct)).Where(o => headcounts.ContainsKey(o.Id)))
            if (user.IsJurisdictionAdmin || user.IsAuditor || await user.MaySeeOrganizationAsync(organization.Id, ct))
                visible.Add(organization);
        if (visible.Count == 0 && !(user.IsJurisdictionAdmin || user.IsAuditor))
            return Result<IReadOnlyList<InspectionSummary>>.Forbidden(Text.Of("无权查看检查验收。", "You may not see the inspections."));

        var notes = (await figures.PerOrganizationMonthAsync(due.From, due.To, ct)).ToDictionary(o => o.Key, o => o.Value.Total);
        var inspections = await db.Inspections.Where(i => i.QuarterKey == quarter.Key).ToDictionaryAsync(i => i.OrganizationId, ct);
        var ids = inspections.Values.Select(i => i.Id).ToList();
        var verdicts = await db.Verdicts.Where(v => ids.Contains(v.InspectionId))
            .GroupBy(v => v.InspectionId).Select(g => new { g.Key, Accepted = g.Count(v => v.Accepted), Returned = g.Count(v => !v.Accepted) })
            .ToDictionaryAsync(v => v.Key, ct);
        return Result<IReadOnlyList<InspectionSummary>>.Ok([.. visible.Select(o =>
        {
            var people = headcounts[o.Id];
            var inspection = inspections.GetValueOrDefault(o.Id);
            var v = inspection is null ? null : verdicts.GetValueOrDefault(inspection.Id);
            var status = inspection is null ? InspectionStatus.NotOpened : inspection.IsClosed ? InspectionStatus.Closed : InspectionStatus.Open;
            return new InspectionSummary(o.Id, o.Name, quarter.Key, status, people, v?.Accepted ?? 0, v?.Returned ?? 0,
                notes.GetValueOrDefault(o.Id), people * due.Length(),
                inspection?.OpenedBy, inspection?.OpenedAt, inspection?.ClosedBy, inspection?.ClosedAt);
        })]);
    }
}
