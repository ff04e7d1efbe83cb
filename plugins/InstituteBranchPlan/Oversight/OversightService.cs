using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.Suggestions;
using Modular.Plugins.InstituteBranchPlan.Summary;

namespace Modular.Plugins.InstituteBranchPlan.Oversight;

/// <summary>A check as a form or the API sends it: the branch, the day, what it found, and the members it puts on the rectification list.</summary>
public sealed record CheckInput(long? BranchId, DateOnly? CheckedOn, string? Findings, IReadOnlyList<long>? FlaggedPersonIds);

public sealed record CheckView(long Id, long BranchId, string Branch, DateOnly CheckedOn, string Findings, int Flagged, string? RecordedBy);

/// <summary>A member the records suggest is not taking part, and why.</summary>
public sealed record Candidate(long PersonId, string Name, IReadOnlyList<string> Reasons);

public sealed record RectificationLine(RectificationInfo Line, string Member, RectificationStatus Status, string StatusName);

/// <summary>A branch under oversight: its checks, who looks inactive now, and its rectification list.</summary>
public sealed record BranchOversight(long BranchId, string Branch, IReadOnlyList<CheckView> Checks, IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<RectificationLine> Rectifications, IReadOnlyList<PersonInfo> Members)
{
    public int Closed => Rectifications.Count(r => r.Status == RectificationStatus.Done);
}

public sealed record CompleteInput(DateOnly? CompletedOn, string? Evidence, int Version);

/// <summary>严格考核督导: checks recorded by those who run a branch, the rectification list they feed, and its closing.</summary>
public sealed class OversightService(InstituteBranchPlanDbContext db, IRectifications rectifications, IRoster roster, IOrganizationDirectory directory,
    ICurrentUser user, BranchOffice office, InstituteBranchPlanCampaign campaign, PersonalPlanService plans, SuggestionService suggestions, SummaryService summary)
{
    /// <summary>
    /// Records a check and puts each flagged member on the rectification list, due <see cref="OversightRule.DeadlineFor"/>.
    /// Everything is checked before anything is written.
    /// </summary>
    public async Task<Result<CheckView>> RecordAsync(CheckInput input, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (input.BranchId is not { } branchId) return Refuse.Field("branchId", Text.Of("请选择党支部。", "Choose the branch."));
        if (await office.FindBranchAsync(branchId, ct) is null || !await office.MaySeeAsync(branchId, ct)) return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        if (!await office.MayRunAsync(branchId, ct))
            return Refuse.Forbidden(Text.Of("只有党支部（领导小组）或上级可以登记检查。", "Only the branch (its leading group) or those above record checks."));
        var rules = await campaign.RulesAsync(ct);
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (input.CheckedOn is not { } day) errors["checkedOn"] = [Text.Of("请填写检查日期。", "Give the day of the check.")];
        else if (day > campaign.Today) errors["checkedOn"] = [Text.Of("不能登记尚未进行的检查。", "A check not made yet cannot be recorded.")];
        else if (!rules.InCampaign(day)) errors["checkedOn"] = [Text.Of($"检查日期应在 {rules.Start:yyyy-MM-dd} 至 {rules.End:yyyy-MM-dd} 之间。", $"The day is between {rules.Start:yyyy-MM-dd} and {rules.End:yyyy-MM-dd}.")];
        var findings = Entered.Text(input.Findings);
        if (findings is null) errors["findings"] = [Text.Of("请填写检查发现的情况。", "Say what the check found.")];
        else if (Limits.TooLong(findings, Limits.Note) is { } tooLong) errors["findings"] = [tooLong];
        var members = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branchId }, ct)).ToDictionary(m => m.Id);
        var flagged = (input.FlaggedPersonIds ?? []).Distinct().ToList();
        if (flagged.FirstOrDefault(p => !members.ContainsKey(p)) is var stranger && stranger != 0)
            errors["flaggedPersonIds"] = [Text.Of($"不是本支部党员：{stranger}。", $"Not a member of the branch: {stranger}.")];
        if (errors.Count > 0) return Refuse.Fields(errors);

        var check = new OversightCheck { OrganizationId = branchId, CheckedOn = input.CheckedOn!.Value, Findings = findings!, Flagged = flagged.Count, RecordedBy = user.DisplayName, RecordedAt = campaign.Now };
        db.OversightChecks.Add(check);
        await db.SaveChangesAsync(ct);
        var reasons = Candidates(branchId, await RecordsSeenAsync(ct), rules).ToDictionary(c => c.PersonId, c => c.Reasons);
        foreach (var personId in flagged)
        {
            var why = reasons.TryGetValue(personId, out var r) && r.Count > 0 ? string.Join(Text.Of("；", "; "), r) : Text.Of("未积极参加创先争优活动", "Not taking part in the campaign");
            var saved = await rectifications.SaveAsync(null, new RectificationInput(OversightRule.Kind, branchId, $"{members[personId].Name}：{why}",
                Text.Of($"定期检查 {check.CheckedOn:yyyy-MM-dd}", $"Check of {check.CheckedOn:yyyy-MM-dd}"), personId, RectificationMode.Deadline,
                OversightRule.DeadlineFor(rules, check.CheckedOn), Text.Of("按方案要求参加创先争优活动", "Take part as the plan requires"), why), ct);
            if (!saved.Succeeded) return Refuse.As(saved);
        }
        return Result.Created($"oversight/checks/{check.Id}", View(check, tree));
    }

    /// <summary>Closes a line with what was done (整改结果), at the version read.</summary>
    public async Task<Result<RectificationInfo>> CompleteAsync(long id, CompleteInput input, CancellationToken ct)
    {
        var line = await rectifications.FindAsync(OversightRule.Kind, id, ct);
        if (line is null || !await office.MaySeeAsync(line.OrganizationId, ct))
            return Refuse.NotFound(Text.Of($"没有编号为 {id} 的整改事项。", $"There is no rectification item {id}."));
        if (!await office.MayRunAsync(line.OrganizationId, ct))
            return Refuse.Forbidden(Text.Of("只有党支部（领导小组）或上级可以销号。", "Only the branch (its leading group) or those above close an item."));
        if (Entered.Text(input.Evidence) is not { } evidence) return Refuse.Field("evidence", Text.Of("请写明整改结果。", "Say what was done."));
        return await rectifications.CompleteAsync(OversightRule.Kind, id, input.CompletedOn ?? campaign.Today, evidence, input.Version, ct);
    }

    /// <summary>Each branch the user sees: its checks (latest first), the members its records flag now, its rectification list.</summary>
    /// <remarks>Everything is read once for all the branches, so the list costs the same few queries however many there are.</remarks>
    public async Task<IReadOnlyList<BranchOversight>> BranchesAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var today = campaign.Today;
        var rules = await campaign.RulesAsync(ct);
        var checks = (await db.OversightChecks.OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id).ToListAsync(ct)).ToLookup(c => c.OrganizationId);
        var branches = await office.BranchesSeenAsync(ct);
        var membersOf = await office.MembersOfAsync(branches, ct);
        var linesOf = (await rectifications.ListAsync(new RectificationQuery(OversightRule.Kind), ct)).ToLookup(l => l.OrganizationId);
        var records = await RecordsSeenAsync(ct);
        var result = new List<BranchOversight>();
        foreach (var branch in branches)
        {
            var members = membersOf[branch.Id];
            var names = members.ToDictionary(m => m.Id, m => m.Name);
            var lines = linesOf[branch.Id];
            result.Add(new BranchOversight(branch.Id, branch.Name, [.. checks[branch.Id].Select(c => View(c, tree))], Candidates(branch.Id, records, rules),
                [.. lines.Select(l => new RectificationLine(l, l.LeadPersonId is { } p ? names.GetValueOrDefault(p, $"#{p}") : "", l.StatusOn(today),
                    OversightRule.StatusName(l.StatusOn(today)).ToString()))],
                [.. members.OrderBy(m => m.Name, StringComparer.Ordinal)]));
        }
        return result;
    }

    /// <summary>The personal plans, suggestions and year-end reports of every branch the user sees, each read once.</summary>
    private sealed record RecordsSeen(IReadOnlyList<BranchPlans> Plans, IReadOnlyList<BranchSuggestions> Suggestions, IReadOnlyList<BranchReports> Reports);

    private async Task<RecordsSeen> RecordsSeenAsync(CancellationToken ct) =>
        new(await plans.BranchesAsync(ct), await suggestions.BranchesAsync(ct), await summary.BranchReportsAsync(ct));

    /// <summary>The branch's members whose records suggest they are not taking part (<see cref="OversightRule.Flags"/>).</summary>
    private IReadOnlyList<Candidate> Candidates(long branchId, RecordsSeen records, InstituteRules rules)
    {
        var planLines = records.Plans.FirstOrDefault(b => b.BranchId == branchId)?.Lines.ToDictionary(l => l.PersonId) ?? [];
        var given = records.Suggestions.FirstOrDefault(b => b.BranchId == branchId)?.Members.ToDictionary(m => m.PersonId, m => m.Given > 0) ?? [];
        var reports = records.Reports.FirstOrDefault(b => b.BranchId == branchId)?.Lines.ToDictionary(l => l.PersonId) ?? [];
        var candidates = new List<Candidate>();
        foreach (var (personId, plan) in planLines)
        {
            var flags = OversightRule.Flags(rules, new OversightRule.MemberRecords(plan.State, given.GetValueOrDefault(personId),
                reports.TryGetValue(personId, out var report) ? report.State : DueState.NotDue), campaign.Today);
            if (flags.Count > 0) candidates.Add(new Candidate(personId, plan.Name, [.. flags.Select(f => f.ToString())]));
        }
        return candidates;
    }

    private static CheckView View(OversightCheck c, OrganizationTree tree) => new(c.Id, c.OrganizationId, tree.NameOf(c.OrganizationId), c.CheckedOn, c.Findings, c.Flagged, c.RecordedBy);
}
