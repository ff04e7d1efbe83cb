using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Rectification;

/// <summary>
/// A problem an organization found in itself (查找突出问题), why it arose (深刻分析原因) and how it will be put right;
/// <paramref name="Version"/> for an edit.
/// </summary>
public sealed record ProblemInput(long? OrganizationId, string? Problem, string? FoundIn, long? LeadPersonId, RectificationMode Mode, DateOnly? Deadline,
    string? Target, string? Measures, int? Version = null, string? Cause = null);

/// <summary>落实整改: the day it was put right and what was done.</summary>
public sealed record ProblemCompletion(DateOnly? CompletedOn, string? Evidence, int? Version);

public sealed record ProblemRow(long Id, long OrganizationId, string Organization, string Problem, string? FoundIn, long? LeadPersonId, string? Lead,
    RectificationMode Mode, DateOnly? Deadline, string? Target, string? Measures, DateOnly? CompletedOn, string? Evidence,
    RectificationStatus Status, string StatusName, int Version, string? Cause);

/// <summary>One organization's line on the office overview: its problems open, overdue (a deadline passed) and done.</summary>
public sealed record ProblemTally(long OrganizationId, string Organization, int Depth, int Open, int Overdue, int Done)
{
    public int Total => Open + Overdue + Done;
}

/// <summary>
/// 三、1 深入查找部门和党员干部自身存在的突出问题，深刻分析原因，落实整改措施: each organization keeps its list of
/// outstanding problems on the SDK's rectification lines (kind <c>problems</c>); its officers (or those above, or the
/// office) add, change and close them; everyone who sees the organization reads them.
/// </summary>
public sealed class ProblemList(IRectifications rectifications, IOrganizationDirectory organizations, IRoster roster, ICurrentUser user, SixOnesCampaign campaign)
{
    public static readonly BlockKind Kind = new("banner-six-ones", "problems");

    public static string StatusName(RectificationStatus status) => status switch
    {
        RectificationStatus.Done => Text.Of("已整改", "Done"),
        RectificationStatus.Overdue => Text.Of("逾期未改", "Overdue"),
        _ => Text.Of("整改中", "Open"),
    };

    public static string ModeName(RectificationMode mode) =>
        mode == RectificationMode.Deadline ? Text.Of("限期整改", "By a deadline") : Text.Of("立行立改", "At once");

    private static Refusal NoSuchProblem(long id) => Refuse.NotFound(Text.Of($"没有编号为 {id} 的问题。", $"There is no problem {id}."));

    private static Refusal OnlyOfficers => Refuse.Forbidden(Text.Of("只有本组织的党务干部或旗创先争优办可以登记、整改本组织的问题。",
        "Only the organization's officers or the banner office record and close its problems."));

    /// <summary>May the caller keep this organization's list (its officers, those above, the office)?</summary>
    public Task<bool> MayKeepAsync(long organizationId, CancellationToken ct) => user.ManagesOrganizationAsync(organizationId, ct);

    public async Task<bool> MayReadAsync(long organizationId, CancellationToken ct) =>
        user.ReadsAll() || await user.MaySeeOrganizationAsync(organizationId, ct);

    public Task<Result<ProblemRow>> AddAsync(ProblemInput input, CancellationToken ct) => SaveAsync(null, input, ct);

    public Task<Result<ProblemRow>> UpdateAsync(long id, ProblemInput input, CancellationToken ct) => SaveAsync(id, input, ct);

    private async Task<Result<ProblemRow>> SaveAsync(long? id, ProblemInput input, CancellationToken ct)
    {
        long organizationId;
        if (id is { } existing)
        {
            if (await rectifications.FindAsync(Kind, existing, ct) is not { } found || !await MayReadAsync(found.OrganizationId, ct)) return NoSuchProblem(existing);
            organizationId = found.OrganizationId;
            if (input.Version is null) return Refuse.Field("version", Text.Of("缺少版本号，请重新打开后修改。", "Give the version you edited."));
        }
        else
        {
            if (input.OrganizationId is not { } org || await organizations.FindAsync(org, ct) is null)
                return Refuse.Field("organizationId", Text.Of("请选择组织。", "Choose the organization."));
            organizationId = org;
        }
        if (!await MayKeepAsync(organizationId, ct)) return OnlyOfficers;
        if (input.Mode == RectificationMode.Deadline && input.Deadline is { } due && due < campaign.Today && id is null)
            return Refuse.Field("deadline", Text.Of("整改期限不能早于今天。", "The deadline cannot be before today."));
        var saved = await rectifications.SaveAsync(id, new RectificationInput(Kind, organizationId, Entered.Text(input.Problem) ?? "", Entered.Text(input.FoundIn),
            input.LeadPersonId, input.Mode, input.Mode == RectificationMode.Deadline ? input.Deadline : null, Entered.Text(input.Target), Entered.Text(input.Measures),
            Published: true, Version: input.Version) { Cause = Entered.Text(input.Cause) }, ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        var row = await RowAsync(saved.Value!, ct);
        return id is null ? Result.Created($"/api/j/{campaign.Jurisdiction.Code}/banner-six-ones/problems/{row.Id}", row) : Result.Ok(row);
    }

    /// <summary>落实整改: the day (not after today, the SDK refuses that) and what was done, at the version read.</summary>
    public async Task<Result<ProblemRow>> CompleteAsync(long id, ProblemCompletion input, CancellationToken ct)
    {
        if (await rectifications.FindAsync(Kind, id, ct) is not { } found || !await MayReadAsync(found.OrganizationId, ct)) return NoSuchProblem(id);
        if (!await MayKeepAsync(found.OrganizationId, ct)) return OnlyOfficers;
        if (input.CompletedOn is not { } day) return Refuse.Field("completedOn", Text.Of("请填写整改完成日期。", "Give the day it was put right."));
        var done = await rectifications.CompleteAsync(Kind, id, day, Entered.Text(input.Evidence) ?? "", input.Version ?? found.Version, ct);
        return done.Succeeded ? Result.Ok(await RowAsync(done.Value!, ct)) : Refuse.As(done);
    }

    public async Task<Result<ProblemRow>> ReadAsync(long id, CancellationToken ct) =>
        await rectifications.FindAsync(Kind, id, ct) is { } found && await MayReadAsync(found.OrganizationId, ct) ? Result.Ok(await RowAsync(found, ct)) : NoSuchProblem(id);

    /// <summary>The problems the caller sees, of an organization's subtree when given (404 when the caller does not see it).</summary>
    public async Task<Result<IReadOnlyList<ProblemRow>>> ListAsync(long? organizationId, RectificationStatus? status, CancellationToken ct)
    {
        IReadOnlySet<long>? subtree = null;
        if (organizationId is { } root)
        {
            if (await organizations.FindAsync(root, ct) is null || !await MayReadAsync(root, ct)) return Refuse.NotFound(Text.Of("没有这个组织。", "No such organization."));
            subtree = (await organizations.SubtreeAsync(root, ct)).Select(o => o.Id).ToHashSet();
        }
        var lines = (await rectifications.ListAsync(new RectificationQuery(Kind), ct)).Where(l => subtree is null || subtree.Contains(l.OrganizationId)).ToList();
        var seen = user.ReadsAll() ? lines : await user.SeenAsync(lines, l => l.OrganizationId, ct);
        var rows = await RowsAsync(seen, ct);
        return Result.Ok<IReadOnlyList<ProblemRow>>([.. rows.Where(r => status is null || r.Status == status)]);
    }

    /// <summary>The office overview: per organization the caller sees, its problems open, overdue and done (organizations with none included, in tree order).</summary>
    public async Task<IReadOnlyList<ProblemTally>> TallyAsync(CancellationToken ct)
    {
        var rows = (await ListAsync(null, null, ct)).Value!;
        var tree = await organizations.ListAsync(ct);
        var shown = user.ReadsAll() ? tree : await user.SeenAsync(tree, o => o.Id, ct);
        var today = campaign.Today;
        return [.. shown.Select(o =>
        {
            var mine = rows.Where(r => r.OrganizationId == o.Id).ToList();
            return new ProblemTally(o.Id, o.Name, o.Depth, mine.Count(r => r.Status == RectificationStatus.Open), mine.Count(r => r.Status == RectificationStatus.Overdue),
                mine.Count(r => r.Status == RectificationStatus.Done));
        })];
    }

    /// <summary>The members of an organization's subtree, for the 责任人 picker.</summary>
    public async Task<IReadOnlyList<PersonInfo>> PeopleOfAsync(long organizationId, CancellationToken ct)
    {
        return [.. (await roster.MembersAsync(new RosterQuery { SubtreeRootId = organizationId }, ct)).OrderBy(p => p.Name)];
    }

    private async Task<ProblemRow> RowAsync(RectificationInfo line, CancellationToken ct) => (await RowsAsync([line], ct))[0];

    private async Task<IReadOnlyList<ProblemRow>> RowsAsync(IReadOnlyList<RectificationInfo> lines, CancellationToken ct)
    {
        var tree = await organizations.TreeAsync(ct);
        var leads = lines.Where(l => l.LeadPersonId is not null).Select(l => l.LeadPersonId!.Value).Distinct().ToList();
        var names = new Dictionary<long, string>();
        foreach (var lead in leads)
            if (await roster.FindAsync(lead, ct) is { } person) names[lead] = person.Name;
        var today = campaign.Today;
        return [.. lines.OrderBy(l => l.CompletedOn is not null).ThenBy(l => l.Deadline ?? DateOnly.MaxValue).ThenBy(l => l.Id).Select(l =>
        {
            var status = l.StatusOn(today);
            return new ProblemRow(l.Id, l.OrganizationId, tree.Find(l.OrganizationId)?.Name ?? "", l.Problem, l.FoundIn, l.LeadPersonId,
                l.LeadPersonId is { } p ? names.GetValueOrDefault(p) : null, l.Mode, l.Deadline, l.Target, l.Measures, l.CompletedOn, l.Evidence, status, StatusName(status), l.Version, l.Cause);
        })];
    }
}
