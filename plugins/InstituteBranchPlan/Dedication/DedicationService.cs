using Modular.Plugins.InstituteBranchPlan.LeadingGroup;

namespace Modular.Plugins.InstituteBranchPlan.Dedication;

/// <summary>A contest as the branch sets it up.</summary>
public sealed record ContestInput(long? BranchId, ContestKind? Kind, string? Title, DateOnly? HeldOn, string? Description);

/// <summary>An entry: whose (default: the signed-in member; the branch may enter a member).</summary>
public sealed record EntryInput(long? PersonId);

/// <summary>The branch's result for an entry: a rank, an award, at the entry's version read.</summary>
public sealed record ContestResultInput(int? Rank, string? Award, int? Version);

/// <summary>A model post as the branch assigns it; the version read when changing one.</summary>
public sealed record ModelPostInput(long? PersonId, string? PostName, string? Shows, DateOnly? From, DateOnly? To, int? Version);

public sealed record EntryView(long PersonId, string Name, DateTimeOffset EnteredAt, string? EnteredBy, int? Rank, string? Award, int Version);

public sealed record ContestView(long Id, long BranchId, ContestKind Kind, string KindName, string Title, DateOnly HeldOn, string? Description,
    IReadOnlyList<EntryView> Entries, int Version)
{
    public int Results => Entries.Count(e => e.Rank is not null || e.Award is not null);
}

/// <summary>A branch's contests (those who run or oversee it, and its own members, see them).</summary>
public sealed record BranchContests(long BranchId, string Branch, bool Runs, IReadOnlyList<ContestView> Contests);

public sealed record ModelPostView(long Id, long PersonId, string Name, long BranchId, string Branch, string PostName, string Shows, DateOnly From, DateOnly? To,
    bool Current, int Version);

/// <summary>
/// 岗位奉献: the branch's contests, members' entries and the results; the model posts the branch assigns, listed for the
/// whole institute. The API, the page and the demo all come here.
/// </summary>
public sealed class DedicationService(InstituteBranchPlanDbContext db, IRoster roster, IOrganizationDirectory directory, ICurrentUser user,
    BranchOffice office, InstituteBranchPlanCampaign campaign)
{
    private static string NoContest(long id) => Text.Of($"没有编号为 {id} 的竞赛。", $"There is no contest {id}.");
    private static string NoPost(long id) => Text.Of($"没有编号为 {id} 的党员示范岗。", $"There is no model post {id}.");
    private static string Runs => Text.Of("只有本支部的领导小组、支部书记或上级可以组织竞赛、登记结果和设立示范岗。",
        "Only the branch's leading group, its officers or those above set up contests, record results and assign model posts.");

    public Func<DateTimeOffset, DateTime> WallClock => campaign.WallClock;

    public async Task<Result<ContestView>> CreateContestAsync(ContestInput input, CancellationToken ct)
    {
        if (input.BranchId is not { } branchId) return Refuse.Field("branchId", Text.Of("请选择党支部。", "Choose the branch."));
        if (await office.FindReadableBranchAsync(branchId, ct) is null) return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        if (!await office.MayRunAsync(branchId, ct)) return Refuse.Forbidden(Runs);
        var rules = await campaign.RulesAsync(ct);
        var errors = DedicationRule.ContestProblems(rules, input.Kind, input.Title, input.HeldOn);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var contest = new DedicationContest
        {
            OrganizationId = branchId, Year = rules.Year, Kind = input.Kind!.Value, Title = input.Title!.Trim(), HeldOn = input.HeldOn!.Value,
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(), RecordedAt = campaign.Now, RecordedBy = user.DisplayName, Version = 1,
        };
        db.DedicationContests.Add(contest);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Created($"dedication/contests/{contest.Id}", await ViewAsync(contest, ct));
    }

    /// <summary>A member enters a contest of their branch (or the branch enters them); a second entry is 409.</summary>
    public async Task<Result<ContestView>> EnterAsync(long contestId, EntryInput input, CancellationToken ct)
    {
        var contest = await db.DedicationContests.AsTracking().Include(c => c.Entries).SingleOrDefaultAsync(c => c.Id == contestId, ct);
        if (contest is null || !await office.MayReadAsync(contest.OrganizationId, ct)) return Refuse.NotFound(NoContest(contestId));
        var me = await user.PersonIdAsync(ct);
        if ((input.PersonId ?? me) is not { } personId)
            return Refuse.Field("personId", Text.Of("您的账号未关联党员名册，请指定党员。", "Your account is not linked to the roster; choose the member."));
        if (me != personId && !await office.MayRunAsync(contest.OrganizationId, ct))
            return Refuse.Forbidden(Text.Of("只能本人报名，或由支部代为报名。", "Enter yourself; the branch may enter a member."));
        var tree = await directory.TreeAsync(ct);
        if (await roster.FindAsync(personId, ct) is not { } person || !tree.IsWithin(person.OrganizationId, contest.OrganizationId))
            return Refuse.Field("personId", Text.Of("只有本支部党员可以参加本支部的竞赛。", "Only the branch's members enter its contests."));
        if (contest.Entries.Any(e => e.PersonId == personId))
            return Refuse.Conflict(Text.Of($"{person.Name} 已报名该竞赛。", $"{person.Name} has entered this contest already."));
        contest.Entries.Add(new ContestEntry { ContestId = contest.Id, PersonId = personId, EnteredAt = campaign.Now, EnteredBy = user.DisplayName, Version = 1 });
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Created($"dedication/contests/{contest.Id}", await ViewAsync(contest, ct));
    }

    /// <summary>The branch records an entry's result (rank, award) at the entry's version read.</summary>
    public async Task<Result<ContestView>> RecordResultAsync(long contestId, long personId, ContestResultInput input, CancellationToken ct)
    {
        var contest = await db.DedicationContests.AsTracking().Include(c => c.Entries).SingleOrDefaultAsync(c => c.Id == contestId, ct);
        if (contest is null || !await office.MayReadAsync(contest.OrganizationId, ct)) return Refuse.NotFound(NoContest(contestId));
        if (!await office.MayRunAsync(contest.OrganizationId, ct)) return Refuse.Forbidden(Runs);
        var entry = contest.Entries.SingleOrDefault(e => e.PersonId == personId);
        if (entry is null) return Refuse.NotFound(Text.Of("该党员未报名此竞赛。", "The member has not entered this contest."));
        var errors = DedicationRule.ResultProblems(input.Rank, input.Award);
        if (errors.Count > 0) return Refuse.Fields(errors);
        if (db.ContestEntries.Edit(entry, input.Version ?? -1, () => entry) is null) return Refuse.Conflict();
        (entry.Rank, entry.Award) = (input.Rank, string.IsNullOrWhiteSpace(input.Award) ? null : input.Award.Trim());
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Ok(await ViewAsync(contest, ct));
    }

    /// <summary>The contests of every branch the user sees or belongs to.</summary>
    public async Task<IReadOnlyList<BranchContests>> ContestsAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var names = await NamesAsync(ct);
        var all = await db.DedicationContests.Include(c => c.Entries).Where(c => c.Year == rules.Year).OrderBy(c => c.HeldOn).ThenBy(c => c.Id).ToListAsync(ct);
        var result = new List<BranchContests>();
        foreach (var branch in tree.All.Where(o => o.Kind == OrganizationKind.Branch))
        {
            if (!await office.MayReadAsync(branch.Id, ct)) continue;
            result.Add(new BranchContests(branch.Id, branch.Name, await office.MayRunAsync(branch.Id, ct),
                [.. all.Where(c => c.OrganizationId == branch.Id).Select(c => View(c, names))]));
        }
        return result;
    }

    /// <summary>Assigns a model post to a member (new), or changes one at the version read.</summary>
    public async Task<Result<ModelPostView>> SavePostAsync(long? id, ModelPostInput input, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        ModelPost? found = null;
        if (id is { } postId)
        {
            found = await db.ModelPosts.AsTracking().SingleOrDefaultAsync(p => p.Id == postId, ct);
            if (found is null || !await office.MayReadAsync(found.OrganizationId, ct)) return Refuse.NotFound(NoPost(postId));
        }
        if ((input.PersonId ?? found?.PersonId) is not { } personId) return Refuse.Field("personId", Text.Of("请选择党员。", "Choose the member."));
        if (await roster.FindAsync(personId, ct) is not { } person || BranchOffice.BranchOf(tree, person.OrganizationId) is not { } branch)
            return Refuse.Field("personId", References.NoPerson(personId));
        if (!await office.MayRunAsync(branch.Id, ct) || (found is not null && !await office.MayRunAsync(found.OrganizationId, ct))) return Refuse.Forbidden(Runs);
        var errors = DedicationRule.PostProblems(input.PostName, input.Shows, input.From, input.To);
        if (errors.Count > 0) return Refuse.Fields(errors);
        var row = db.ModelPosts.Edit(found, id is null ? null : input.Version ?? -1, () => new ModelPost());
        if (row is null) return Refuse.Conflict();
        (row.OrganizationId, row.PersonId, row.PostName, row.Shows, row.FromDay, row.ToDay) =
            (branch.Id, personId, input.PostName!.Trim(), input.Shows!.Trim(), input.From!.Value, input.To);
        (row.RecordedAt, row.RecordedBy) = (campaign.Now, user.DisplayName);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var view = PostView(row, person.Name, branch.Name);
        return found is null ? Result.Created($"dedication/model-posts/{row.Id}", view) : Result.Ok(view);
    }

    /// <summary>Every model post of the institute, for everyone in it (四(二) “充分发挥典型的示范带动作用”).</summary>
    public async Task<IReadOnlyList<ModelPostView>> PostsAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var names = await NamesAsync(ct);
        var posts = await db.ModelPosts.OrderBy(p => p.OrganizationId).ThenBy(p => p.FromDay).ThenBy(p => p.Id).ToListAsync(ct);
        return [.. posts.Select(p => PostView(p, names.GetValueOrDefault(p.PersonId, $"#{p.PersonId}"), tree.Find(p.OrganizationId)?.Name ?? ""))];
    }

    private async Task<Dictionary<long, string>> NamesAsync(CancellationToken ct) =>
        (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(p => p.Id, p => p.Name);

    private async Task<ContestView> ViewAsync(DedicationContest c, CancellationToken ct) => View(c, await NamesAsync(ct));

    private static ContestView View(DedicationContest c, Dictionary<long, string> names) => new(c.Id, c.OrganizationId, c.Kind, DedicationRule.KindName(c.Kind).ToString(),
        c.Title, c.HeldOn, c.Description,
        [.. c.Entries.OrderBy(e => e.Rank ?? int.MaxValue).ThenBy(e => e.EnteredAt)
            .Select(e => new EntryView(e.PersonId, names.GetValueOrDefault(e.PersonId, $"#{e.PersonId}"), e.EnteredAt, e.EnteredBy, e.Rank, e.Award, e.Version))], c.Version);

    private ModelPostView PostView(ModelPost p, string name, string branch) => new(p.Id, p.PersonId, name, p.OrganizationId, branch, p.PostName, p.Shows, p.FromDay, p.ToDay,
        DedicationRule.Current(p.FromDay, p.ToDay, campaign.Today), p.Version);
}
