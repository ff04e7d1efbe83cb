using Modular.Plugins.InstituteBranchPlan.Evaluation;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;
using Modular.Plugins.InstituteBranchPlan.Suggestions;

namespace Modular.Plugins.InstituteBranchPlan.Commendation;

/// <summary>The branch nominates a member on the list; the reason defaults to the rule's words.</summary>
public sealed record NominateInput(long? PersonId, string? Reason);

/// <summary>The level above decides: approve (true) or drop (false, with a reason).</summary>
public sealed record NominationDecisionInput(bool Approve, string? Reason);

/// <summary>An honour received: 先进集体 (an organization) or 先进个人 (a member), and its title.</summary>
public sealed record HonorInput(HonorKind? Kind, long? OrganizationId, long? PersonId, string? Title);

/// <summary>A member against the rule: what was gathered, whether on the list, what they lack, and their nomination if any.</summary>
public sealed record Candidate(long PersonId, string Name, CommendationInputs Inputs, bool TookPart, bool KeptPledge, bool Excellent, bool Recommended,
    string Lacks, NominationInfo? Nomination);

/// <summary>A branch's members for the year's recommendation list (on the list first).</summary>
public sealed record BranchCandidates(long BranchId, string Branch, IReadOnlyList<Candidate> Members)
{
    public int OnList => Members.Count(m => m.Recommended);
    public int Nominated => Members.Count(m => m.Recommended && m.Nomination is not null);
}

/// <summary>A recorded honour as shown.</summary>
public sealed record HonorView(int Year, HonorKind Kind, string KindName, long OrganizationId, long PersonId, string Name, string Title, string? RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// 评选表彰: the year's recommendation list by <see cref="CommendationRule"/> (over what the personal plans, the
/// suggestions and the year-end evaluation recorded), the branch's nominations upward as 优秀共产党员 (SDK
/// <see cref="INominations"/>: nominated at the branch, passed to its parent organization, which approves or drops them),
/// and the honours (先进集体, 先进个人) recorded.
/// </summary>
public sealed class CommendationService(INominations nominations, IPledges pledges, ISuggestions suggestions, EvaluationService evaluation, IRoster roster,
    IOrganizationDirectory directory, ICurrentUser user, BranchOffice office, InstituteBranchPlanCampaign campaign, InstituteBranchPlanDbContext db)
{
    private static string NoNomination(long id) => Text.Of($"没有编号为 {id} 的推荐。", $"There is no nomination {id}.");

    public DateTime WallClock(DateTimeOffset at) => campaign.WallClock(at);

    /// <summary>Each branch the user sees: every member against the rule, on the list first.</summary>
    public async Task<IReadOnlyList<BranchCandidates>> BranchesAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var plans = (await pledges.ListAsync(PersonalPlanRule.Kind, rules.PeriodKey, cancellationToken: ct)).ToDictionary(p => p.OwnerId);
        var grades = await evaluation.YearEndGradesAsync(rules.Year, ct);
        var nominated = (await nominations.ListAsync(pluginId: InstituteBranchPlanStartup.PluginId, cancellationToken: ct))
            .Where(n => n.Kind == CommendationRule.Kind.Kind && n.PeriodKey == rules.PeriodKey && n.Category == NominationCategory.ExcellentMember)
            .GroupBy(n => n.NomineeId).ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Id).First());
        var result = new List<BranchCandidates>();
        foreach (var branch in await office.BranchesSeenAsync(ct))
        {
            var members = await roster.MembersAsync(new RosterQuery { SubtreeRootId = branch.Id }, ct);
            var given = (await suggestions.ListAsync(new SuggestionQuery(SuggestionRule.Kind) { OrganizationId = branch.Id, PeriodKey = rules.PeriodKey }, ct))
                .ToLookup(s => s.AuthorPersonId);
            result.Add(new(branch.Id, branch.Name, [.. members.Select(m =>
            {
                var plan = plans.GetValueOrDefault(m.Id);
                var inputs = new CommendationInputs(plan is not null, given[m.Id].Count(), plan?.Outcome, grades.GetValueOrDefault(m.Id));
                var recommended = CommendationRule.Recommended(rules, inputs);
                return new Candidate(m.Id, m.Name, inputs, CommendationRule.TookPart(rules, inputs), CommendationRule.KeptPledge(inputs), CommendationRule.Excellent(inputs),
                    recommended, string.Join(Text.Of("；", "; "), CommendationRule.Lacks(rules, inputs).Select(l => l.ToString())), nominated.GetValueOrDefault(m.Id));
            }).OrderByDescending(c => c.Recommended).ThenBy(c => c.Name, StringComparer.Ordinal)]));
        }
        return result;
    }

    /// <summary>The branch nominates a member on the list as 优秀共产党员 and passes it to its parent organization to decide.</summary>
    public async Task<Result<NominationInfo>> NominateAsync(NominateInput input, CancellationToken ct)
    {
        if (input.PersonId is not { } personId || await roster.FindAsync(personId, ct) is not { } person)
            return Refuse.Field("personId", Text.Of("请选择推荐名单上的党员。", "Choose a member on the list."));
        if (BranchOffice.BranchOf(await directory.TreeAsync(ct), person.OrganizationId) is not { } branch)
            return Refuse.Field("personId", Text.Of($"{person.Name}不在任何党支部中。", $"{person.Name} is not in a party branch."));
        if (!await office.MayRunAsync(branch.Id, ct))
            return Refuse.Forbidden(Text.Of("只有党支部（领导小组）可以推荐。", "Only the branch (its leading group) nominates."));
        var candidate = (await BranchesAsync(ct)).Where(b => b.BranchId == branch.Id).SelectMany(b => b.Members).FirstOrDefault(c => c.PersonId == personId);
        if (candidate is null || !candidate.Recommended)
            return Refuse.Field("personId", Text.Of($"{person.Name}不在推荐名单上：{candidate?.Lacks}。", $"{person.Name} is not on the list: {candidate?.Lacks}."));
        if (candidate.Nomination is { Status: not NominationStatus.Dropped })
            return Refuse.Conflict(Text.Of($"{person.Name}已被推荐。", $"{person.Name} is nominated already."));
        var rules = await campaign.RulesAsync(ct);
        var reason = Entered.Text(input.Reason) ?? Text.Of("积极参与创先争优活动，个人兑现承诺成绩突出，年终评议被评定为“优秀”等次。",
            "Took an active part, kept the personal pledge with outstanding results, graded excellent in the year-end evaluation.");
        var nominated = await nominations.NominateAsync(new NominationInput(CommendationRule.Kind, NominationCategory.ExcellentMember, rules.PeriodKey, personId,
            person.Name, reason, branch.Id), ct);
        if (!nominated.Succeeded) return nominated;
        var passed = await nominations.EndorseAsync(nominated.Value!.Id, reason, ct);
        return passed.Succeeded ? Result.Created($"commendation/nominations/{passed.Value!.Id}", passed.Value) : passed;
    }

    /// <summary>The nominations of this plan the user sees: their branch's, or those waiting at an organization they manage.</summary>
    public async Task<IReadOnlyList<NominationInfo>> NominationsAsync(CancellationToken ct)
    {
        var seen = new List<NominationInfo>();
        foreach (var n in await nominations.ListAsync(pluginId: InstituteBranchPlanStartup.PluginId, cancellationToken: ct))
            if (n.Kind == CommendationRule.Kind.Kind && await SeesAsync(n, ct)) seen.Add(n);
        return seen;
    }

    /// <summary>The organization the nomination waits at (the branch's parent) approves or drops it.</summary>
    public async Task<Result<NominationInfo>> DecideAsync(long id, NominationDecisionInput input, CancellationToken ct)
    {
        if (await nominations.FindAsync(id, ct) is not { } n || n.PluginId != InstituteBranchPlanStartup.PluginId || n.Kind != CommendationRule.Kind.Kind
            || !await SeesAsync(n, ct))
            return Refuse.NotFound(NoNomination(id));
        if (!await user.ManagesOrganizationAsync(n.CurrentOrganizationId, ct))
            return Refuse.Forbidden(Text.Of("由上级党组织审定推荐。", "The organization above decides the nomination."));
        if (input.Approve) return await nominations.ApproveAsync(id, Entered.Text(input.Reason), ct);
        return await nominations.DropAsync(id, input.Reason?.Trim() ?? "", ct);
    }

    /// <summary>The approved nomination goes on to the parent jurisdiction (which sees it among those reported to it).</summary>
    public async Task<Result<NominationInfo>> ReportAsync(long id, CancellationToken ct)
    {
        if (await nominations.FindAsync(id, ct) is not { } n || n.PluginId != InstituteBranchPlanStartup.PluginId || !await SeesAsync(n, ct))
            return Refuse.NotFound(NoNomination(id));
        if (!await user.ManagesOrganizationAsync(n.CurrentOrganizationId, ct))
            return Refuse.Forbidden(Text.Of("由上级党组织上报。", "The organization above reports it."));
        return await nominations.ReportToParentAsync(id, ct);
    }

    /// <summary>Nominations child jurisdictions reported to this one (read-only).</summary>
    public Task<IReadOnlyList<NominationInfo>> ReportedToUsAsync(CancellationToken ct) =>
        nominations.ReportedToUsAsync(InstituteBranchPlanStartup.PluginId, ct);

    /// <summary>Records an honour: 先进个人 by the member's branch, 先进集体 by those who run the organization (or the branch above it).</summary>
    public async Task<Result<HonorView>> RecordHonorAsync(HonorInput input, CancellationToken ct)
    {
        if (input.Kind is not { } kind) return Refuse.Field("kind", Text.Of("请选择先进集体或先进个人。", "Choose a collective or an individual honour."));
        var title = Entered.Text(input.Title);
        if (title is null) return Refuse.Field("title", Text.Of("请填写荣誉称号。", "Write the honour's title."));
        if (Limits.TooLong(title, Limits.Line) is { } tooLong) return Refuse.Field("title", tooLong);
        var tree = await directory.TreeAsync(ct);
        long organizationId, personId = 0;
        string name;
        if (kind == HonorKind.Individual)
        {
            if (input.PersonId is not { } p || await roster.FindAsync(p, ct) is not { } person) return Refuse.Field("personId", Text.Of("请选择党员。", "Choose the member."));
            if (BranchOffice.BranchOf(tree, person.OrganizationId) is not { } branch) return Refuse.Field("personId", Text.Of($"{person.Name}不在任何党支部中。", $"{person.Name} is not in a party branch."));
            (organizationId, personId, name) = (branch.Id, p, person.Name);
        }
        else
        {
            if (input.OrganizationId is not { } o || tree.Find(o) is not { } org) return Refuse.Field("organizationId", Text.Of("请选择获表彰的组织。", "Choose the organization."));
            (organizationId, name) = (org.Id, org.Name);
        }
        var runs = await user.ManagesOrganizationAsync(organizationId, ct) || (BranchOffice.BranchOf(tree, organizationId) is { } b && await office.MayRunAsync(b.Id, ct));
        if (!runs) return Refuse.Forbidden(Text.Of("只有党支部（领导小组）或上级党组织可以登记表彰。", "Only the branch (its leading group) or the organization above records honours."));
        var rules = await campaign.RulesAsync(ct);
        if (await db.Honors.AnyAsync(h => h.Year == rules.Year && h.Kind == kind && h.OrganizationId == organizationId && h.PersonId == personId && h.Title == title, ct))
            return Refuse.Conflict(Text.Of("该表彰已登记。", "This honour is recorded already."));
        var honor = new HonorRecord { Year = rules.Year, Kind = kind, OrganizationId = organizationId, PersonId = personId, Name = name, Title = title, RecordedBy = user.DisplayName, RecordedAt = campaign.Now };
        db.Honors.Add(honor);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Created("commendation/honors", View(honor));
    }

    /// <summary>The year's honours in the organizations the user sees.</summary>
    public async Task<IReadOnlyList<HonorView>> HonorsAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var seen = new List<HonorView>();
        foreach (var h in await db.Honors.AsNoTracking().Where(h => h.Year == rules.Year).OrderBy(h => h.RecordedAt).ToListAsync(ct))
            if (await user.MaySeeOrganizationAsync(h.OrganizationId, ct) || (BranchOffice.BranchOf(tree, h.OrganizationId) is { } b && await office.MayReadAsync(b.Id, ct)))
                seen.Add(View(h));
        return seen;
    }

    private static HonorView View(HonorRecord h) =>
        new(h.Year, h.Kind, CommendationRule.HonorKindName(h.Kind).ToString(), h.OrganizationId, h.PersonId, h.Name, h.Title, h.RecordedBy, h.RecordedAt);

    private async Task<bool> SeesAsync(NominationInfo n, CancellationToken ct) =>
        await user.MaySeeOrganizationAsync(n.CurrentOrganizationId, ct) || await office.MaySeeAsync(n.StartOrganizationId, ct);
}
