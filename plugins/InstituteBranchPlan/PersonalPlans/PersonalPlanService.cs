using Modular.Plugins.InstituteBranchPlan.Common;
using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.PersonalPlans;

/// <summary>A plan as a member (or the branch for them) hands it in: whose (default: the signed-in member), which kind, the text, the problems, the version read (replacing).</summary>
public sealed record PersonalPlanInput(long? PersonId, PledgeKind? Kind, string? Text, IReadOnlyList<string>? Problems, int? Version);

/// <summary>The branch's assessment of how a plan was kept (个人打算考核): the outcome, a score out of 100, a comment.</summary>
public sealed record PersonalPlanReviewInput(PledgeFulfilment? Outcome, decimal? Score, string? Comment);

/// <summary>One member's line: their plan (if any) and where it stands against the due day.</summary>
public sealed record PersonalPlanLine(long PersonId, string Name, long BranchId, string Branch, PledgeInfo? Plan, DateOnly? HandedInOn, DueState State, string StateName);

/// <summary>A branch at a glance: its members' lines and the counts the page's bar shows.</summary>
public sealed record BranchPlans(long BranchId, string Branch, DateOnly Due, IReadOnlyList<PersonalPlanLine> Lines)
{
    public int Members => Lines.Count;
    public int HandedIn => Lines.Count(l => l.Plan is not null);
    public int Late => Lines.Count(l => l.State == DueState.Late);
    public int Missing => Lines.Count(l => l.State == DueState.Missed);
}

/// <summary>
/// 个人打算: handed in by each member (or by the branch for them), kept by the branch, published institute-wide when the
/// branch decides, assessed at the year's end. The pledge itself is the SDK's (<see cref="IPledges"/>); who may do what,
/// the due day and the calendars' obligation are this plan's.
/// </summary>
public sealed class PersonalPlanService(IPledges pledges, IRoster roster, IOrganizationDirectory directory, ICurrentUser user, BranchOffice office,
    InstituteBranchPlanCampaign campaign, IObligationRecords obligations)
{
    private static string NoPlan(long id) => Text.Of($"没有编号为 {id} 的个人打算。", $"There is no personal plan {id}.");

    public async Task<Result<PledgeInfo>> SaveAsync(PersonalPlanInput input, CancellationToken ct)
    {
        var handIn = await office.HandInForAsync(input.PersonId, Text.Of("只能提交本人的个人打算，或由所在支部代为登记。", "Hand in your own plan; the branch may record one for a member."), ct);
        if (!handIn.Succeeded) return Refuse.As(handIn);
        var personId = handIn.Value!.Id;

        var rules = await campaign.RulesAsync(ct);
        var problems = PersonalPlanRule.Lines(string.Join('\n', input.Problems ?? []));
        var errors = PersonalPlanRule.Problems(input.Text, problems);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var kind = input.Kind ?? PledgeKind.Member;
        if (kind == PledgeKind.Organization) return Refuse.Field("kind", Text.Of("个人打算是党员承诺或岗位承诺。", "A personal plan is a member pledge or a post pledge."));
        // One plan a member: a member pledge or a post pledge (“党员承诺目标、或岗位承诺目标”).
        var existing = (await pledges.ListAsync(PersonalPlanRule.Kind, rules.PeriodKey, personId, cancellationToken: ct)).FirstOrDefault();
        if (existing is not null && existing.PledgeKind != kind)
            return Refuse.Field("kind", Text.Of($"已提交{PersonalPlanRule.KindName(existing.PledgeKind).ZhCn}，请修改该份个人打算。",
                $"A {PersonalPlanRule.KindName(existing.PledgeKind).En.ToLowerInvariant()} was handed in already: change that one."));
        var saved = await pledges.SaveAsync(new PledgeInput(PersonalPlanRule.Kind, kind, personId, rules.PeriodKey, input.Text!.Trim(), existing?.Published ?? false)
            { Problems = problems, Version = existing is null ? null : input.Version ?? -1 }, ct);
        if (!saved.Succeeded) return saved;
        var plan = saved.Value!;
        if (existing is null)
            await obligations.RecordAsync(PersonalPlanObligations.Plan.Key, ObligedKind.Person, personId, rules.Start, RecordRef(plan.Id), plan.SubmittedAt, ct);
        return existing is null ? Result.Created($"personal-plans/{plan.Id}", plan) : saved;
    }

    /// <summary>The branch publishes a plan institute-wide (“必要时进行所内公开”), or takes it back.</summary>
    public async Task<Result<PledgeInfo>> PublishAsync(long id, bool published, CancellationToken ct)
    {
        var found = await RunnableAsync(id, ct);
        if (!found.Succeeded) return found;
        return await pledges.PublishAsync(id, published, ct);
    }

    /// <summary>The branch's assessment of how the plan was kept (year end): the score feeds the members' evaluation.</summary>
    public async Task<Result<PledgeInfo>> ReviewAsync(long id, PersonalPlanReviewInput review, CancellationToken ct)
    {
        var found = await RunnableAsync(id, ct);
        if (!found.Succeeded) return found;
        if (review.Outcome is not { } outcome) return Refuse.Field("outcome", Text.Of("请选择兑现情况。", "Choose how the plan was kept."));
        if (review.Score is null) return Refuse.Field("score", Text.Of("请填写考核得分（0–100）。", "Give the score (0–100)."));
        return await pledges.ReviewAsync(id, new PledgeReviewInput(outcome, review.Comment?.Trim(), review.Score, campaign.Today), ct);
    }

    /// <summary>A plan the user may read: their own, their branch's (those who run or oversee it), or a published one.</summary>
    public async Task<Result<PledgeInfo>> FindAsync(long id, CancellationToken ct)
    {
        var plan = await pledges.FindAsync(id, ct);
        if (plan is null || plan.PluginId != PersonalPlanRule.Kind.PluginId || plan.Kind != PersonalPlanRule.Kind.Kind) return Refuse.NotFound(NoPlan(id));
        if (plan.Published || await user.PersonIdAsync(ct) == plan.OwnerId || await user.MayReadPersonAsync(plan.OwnerId, ct)) return Result.Ok(plan);
        var tree = await directory.TreeAsync(ct);
        return await roster.FindAsync(plan.OwnerId, ct) is { } owner && BranchOffice.BranchOf(tree, owner.OrganizationId) is { } branch && await office.MaySeeAsync(branch.Id, ct)
            ? Result.Ok(plan) : Refuse.NotFound(NoPlan(id));
    }

    /// <summary>The signed-in member's own plan and line (null when the account has no roster entry).</summary>
    public async Task<PersonalPlanLine?> MineAsync(CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) is not { } me || await roster.FindAsync(me, ct) is not { } person) return null;
        var tree = await directory.TreeAsync(ct);
        var rules = await campaign.RulesAsync(ct);
        var plan = (await pledges.ListAsync(PersonalPlanRule.Kind, rules.PeriodKey, me, cancellationToken: ct)).FirstOrDefault();
        return Line(person, BranchOffice.BranchOf(tree, person.OrganizationId), plan, rules);
    }

    /// <summary>Every branch the user sees, each member's line: the branch's copy of the plans (“交室在党支部一份”).</summary>
    public async Task<IReadOnlyList<BranchPlans>> BranchesAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var plans = (await pledges.ListAsync(PersonalPlanRule.Kind, rules.PeriodKey, cancellationToken: ct)).ToDictionary(p => p.OwnerId);
        var branches = await office.BranchesSeenAsync(ct);
        var members = await office.MembersOfAsync(branches, ct);
        return [.. branches.Select(branch => new BranchPlans(branch.Id, branch.Name, rules.PersonalPlansDue,
            [.. members[branch.Id].OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => Line(m, branch, plans.GetValueOrDefault(m.Id), rules))]))];
    }

    /// <summary>The plans published institute-wide, for everyone in the jurisdiction.</summary>
    public async Task<IReadOnlyList<PersonalPlanLine>> PublishedAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var lines = new List<PersonalPlanLine>();
        foreach (var plan in await pledges.ListAsync(PersonalPlanRule.Kind, rules.PeriodKey, publishedOnly: true, cancellationToken: ct))
            if (await roster.FindAsync(plan.OwnerId, ct) is { } person)
                lines.Add(Line(person, BranchOffice.BranchOf(tree, person.OrganizationId), plan, rules));
        return lines;
    }

    private async Task<Result<PledgeInfo>> RunnableAsync(long id, CancellationToken ct)
    {
        var plan = await FindAsync(id, ct);
        if (!plan.Succeeded) return plan;
        var tree = await directory.TreeAsync(ct);
        var owner = await roster.FindAsync(plan.Value!.OwnerId, ct);
        return owner is not null && BranchOffice.BranchOf(tree, owner.OrganizationId) is { } branch && await office.MayRunAsync(branch.Id, ct)
            ? plan : Refuse.Forbidden(Text.Of("只有党支部（领导小组）可以公开或考核个人打算。", "Only the branch (its leading group) publishes or assesses plans."));
    }

    private PersonalPlanLine Line(PersonInfo person, OrganizationInfo? branch, PledgeInfo? plan, InstituteRules rules)
    {
        var handedIn = plan is null ? (DateOnly?)null : campaign.LocalDay(plan.SubmittedAt);
        var state = PersonalPlanRule.StateOf(rules, handedIn, campaign.Today);
        return new(person.Id, person.Name, branch?.Id ?? person.OrganizationId, branch?.Name ?? "", plan, handedIn, state, HandIn.StateName(state).ToString());
    }

    public static string RecordRef(long planId) => $"personal-plan:{planId}";
}
