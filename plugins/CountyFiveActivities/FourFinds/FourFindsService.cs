using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.FourFinds;

/// <summary>The four finds as written; <paramref name="Version"/> the version read, when changing them.</summary>
public sealed record FindsInput(string? Benchmark, string? Gap, string? Direction, string? Measures, int? Version);

/// <summary>A party organization's line: its own 四找 done or not, and how many of its members finished theirs.</summary>
public sealed record CompletionRow(long OrganizationId, string Name, bool OrganizationDone, int Members, int MembersDone);

/// <summary>四找 of an organization (by its officers) or a member (by themselves or their organization's officers), and who completed theirs. For the API and the demo.</summary>
public sealed class FourFindsService(CountyDbContext db, IRoster roster, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    public async Task<Result<FourFindsEntry>> SaveForOrganizationAsync(long organizationId, FindsInput input, CancellationToken ct)
    {
        if ((await directory.TreeAsync(ct)).Find(organizationId) is not { } org || !OrganizationTree.IsPartyOrganization(org))
            return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        return await SaveAsync(FourFindsSubject.Organization, organizationId, organizationId, input, ct);
    }

    public async Task<Result<FourFindsEntry>> SaveForPersonAsync(long personId, FindsInput input, CancellationToken ct)
    {
        if (await roster.FindAsync(personId, ct) is not { } person) return Refuse.NotFound(References.NoPerson(personId));
        if (!await user.MayActForPersonAsync(personId, ct)) return Refuse.Forbidden(Text.Of("只能填写本人的“四找”。", "You write your own four finds."));
        return await SaveAsync(FourFindsSubject.Person, personId, person.OrganizationId, input, ct);
    }

    /// <summary>An organization's or a member's 四找 (<paramref name="subject"/> as the URL names it), for whoever may read theirs.</summary>
    public async Task<Result<FourFindsEntry>> ReadAsync(string subject, long id, CancellationToken ct)
    {
        var kind = FourFindsRule.SubjectOf(subject);
        // Who may read comes first, so a refusal does not tell whether the 四找 exists.
        var allowed = kind == FourFindsSubject.Person ? await user.MayReadPersonAsync(id, ct) : await user.MaySeeOrganizationAsync(id, ct);
        if (!allowed) return Refuse.Forbidden();
        return await db.FourFinds.SingleOrDefaultAsync(f => f.SubjectKind == kind && f.SubjectId == id, ct) is { } row
            ? Result.Ok(row) : Refuse.NotFound(Text.Of("未找到该“四找”。", "No four finds yet."));
    }

    /// <summary>Per party organization the caller sees: whether its own 四找 is done and how many of its members finished theirs.</summary>
    public async Task<IReadOnlyList<CompletionRow>> CompletionAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var orgDone = (await db.FourFinds.Where(f => f.SubjectKind == FourFindsSubject.Organization).Select(f => f.SubjectId).ToListAsync(ct)).ToHashSet();
        // Members and those done per organization, counted where the roster is: not a county's 50,000 members read to be counted.
        var personDone = db.FourFinds.Where(f => f.SubjectKind == FourFindsSubject.Person).Select(f => f.SubjectId);
        var members = await db.RosterMembers
            .Select(m => new { m.OrganizationId, Done = personDone.Contains(m.PersonId) })
            .GroupBy(m => m.OrganizationId)
            .Select(g => new { g.Key, Members = g.Count(), Done = g.Count(m => m.Done) })
            .ToDictionaryAsync(g => g.Key, g => (g.Members, g.Done), ct);
        return [.. tree.All.Where(o => visible.Contains(o.Id) && OrganizationTree.IsPartyOrganization(o))
            .Select(o =>
            {
                var (count, done) = members.GetValueOrDefault(o.Id);
                return new CompletionRow(o.Id, o.Name, orgDone.Contains(o.Id), count, done);
            })];
    }

    private async Task<Result<FourFindsEntry>> SaveAsync(FourFindsSubject kind, long subjectId, long organizationId, FindsInput input, CancellationToken ct)
    {
        if (Entered.Text(input.Benchmark) is not { } benchmark) return Refuse.Field("benchmark", Text.Of("请填写“找对标典型”。", "Name the model you measure yourself against."));
        if (Entered.Text(input.Gap) is not { } gap) return Refuse.Field("gap", Text.Of("请填写“找自身差距”。", "Say where you fall short."));
        if (Entered.Text(input.Direction) is not { } direction) return Refuse.Field("direction", Text.Of("请填写“找努力方向”。", "Say where you are heading."));
        if (Entered.Text(input.Measures) is not { } measures) return Refuse.Field("measures", Text.Of("请填写“找赶超措施”。", "Say how you will catch up."));
        var row = await db.FourFinds.AsTracking().SingleOrDefaultAsync(f => f.SubjectKind == kind && f.SubjectId == subjectId, ct);
        row = db.FourFinds.Edit(row, input.Version, () => new FourFindsEntry { SubjectKind = kind, SubjectId = subjectId, Benchmark = benchmark, Gap = gap, Direction = direction, Measures = measures });
        if (row is null) return Refuse.Conflict();
        (row.Benchmark, row.Gap, row.Direction, row.Measures, row.OrganizationId, row.UpdatedAt) = (benchmark, gap, direction, measures, organizationId, campaign.Now);
        return await db.TrySaveAsync(ct) ? Result.Ok(row) : Refuse.Conflict();
    }
}
