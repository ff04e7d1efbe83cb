using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;

namespace Modular.Plugins.CountyFiveActivities.Benchmark;

/// <summary>
/// 搞好对标定位: every organization and every member completes the 四找 — 找对标典型、找自身差距、
/// 找努力方向、找赶超措施. Members write their own; officers write their organization's.
/// </summary>
public static class FourFindsFeature
{
    public sealed record FindsInput(string? Benchmark, string? Gap, string? Direction, string? Measures, int? Version);

    public sealed record CompletionRow(long OrganizationId, string Name, bool OrganizationDone, int Members, int MembersDone);

    public static void Register(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<FourFindsService>();
        plugin.AddLedger<FourFindsService>("four-finds", new("“四找”完成情况台账", "Four finds"), async (s, q, ct) => Result.Ok(Ledger(await s.CompletionAsync(ct))));
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/four-finds/organizations/{organizationId:long}", async (long organizationId, FindsInput input, FourFindsService service, CancellationToken ct) =>
            (await service.SaveForOrganizationAsync(organizationId, input, ct)).ToHttpResult());

        api.MapPut("/four-finds/people/{personId:long}", async (long personId, FindsInput input, FourFindsService service, CancellationToken ct) =>
            (await service.SaveForPersonAsync(personId, input, ct)).ToHttpResult());

        api.MapGet("/four-finds", async (FourFindsService service, CancellationToken ct) => Results.Ok(await service.CompletionAsync(ct)));

        api.MapGet("/four-finds/{subject}/{id:long}", async (string subject, long id, FourFindsService service, CancellationToken ct) =>
            (await service.ReadAsync(subject == "people" ? FourFindsSubject.Person : FourFindsSubject.Organization, id, ct)).ToHttpResult());
    }

    /// <summary>“四找”完成情况台账: one row per party organization.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<CompletionRow> rows) => new("“四找”完成情况台账",
        [new("党组织", Width: 24), new("组织四找", LedgerColumnType.Boolean), new("党员", LedgerColumnType.Integer), new("党员已完成", LedgerColumnType.Integer)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.OrganizationDone, r.Members, r.MembersDone])]);
}

/// <summary>四找 of an organization (by its officers) or a member (by themselves or their organization's officers), and who completed theirs. For the API and the demo.</summary>
public sealed class FourFindsService(CountyDbContext db, IRoster roster, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    public async Task<Result<FourFinds>> SaveForOrganizationAsync(long organizationId, FourFindsFeature.FindsInput input, CancellationToken ct)
    {
        if ((await directory.TreeAsync(ct)).Find(organizationId) is not { } org || !OrganizationTree.IsPartyOrganization(org))
            return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        return await SaveAsync(FourFindsSubject.Organization, organizationId, organizationId, input, ct);
    }

    public async Task<Result<FourFinds>> SaveForPersonAsync(long personId, FourFindsFeature.FindsInput input, CancellationToken ct)
    {
        if (await roster.FindAsync(personId, ct) is not { } person) return Refuse.NotFound(References.NoPerson(personId));
        if (!await user.MayActForPersonAsync(personId, ct)) return Refuse.Forbidden(Text.Of("只能填写本人的“四找”。", "You write your own four finds."));
        return await SaveAsync(FourFindsSubject.Person, personId, person.OrganizationId, input, ct);
    }

    /// <summary>An organization's or a member's 四找, for whoever may read theirs.</summary>
    public async Task<Result<FourFinds>> ReadAsync(FourFindsSubject kind, long id, CancellationToken ct)
    {
        // Who may read comes first, so a refusal does not tell whether the 四找 exists.
        var allowed = kind == FourFindsSubject.Person ? await user.MayReadPersonAsync(id, ct) : await user.MaySeeOrganizationAsync(id, ct);
        if (!allowed) return Refuse.Forbidden();
        return await db.FourFinds.SingleOrDefaultAsync(f => f.SubjectKind == kind && f.SubjectId == id, ct) is { } row
            ? Result.Ok(row) : Refuse.NotFound(Text.Of("未找到该“四找”。", "No four finds yet."));
    }

    /// <summary>Per party organization the caller sees: whether its own 四找 is done and how many of its members finished theirs.</summary>
    public async Task<IReadOnlyList<FourFindsFeature.CompletionRow>> CompletionAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var finds = await db.FourFinds.ToListAsync(ct);
        var orgDone = finds.Where(f => f.SubjectKind == FourFindsSubject.Organization).Select(f => f.SubjectId).ToHashSet();
        var personDone = finds.Where(f => f.SubjectKind == FourFindsSubject.Person).Select(f => f.SubjectId).ToHashSet();
        var members = (await roster.MembersAsync(new RosterQuery(), ct)).ToLookup(m => m.OrganizationId);
        return [.. tree.All.Where(o => visible.Contains(o.Id) && OrganizationTree.IsPartyOrganization(o))
            .Select(o => new FourFindsFeature.CompletionRow(o.Id, o.Name, orgDone.Contains(o.Id), members[o.Id].Count(), members[o.Id].Count(m => personDone.Contains(m.Id))))];
    }

    private async Task<Result<FourFinds>> SaveAsync(FourFindsSubject kind, long subjectId, long organizationId, FourFindsFeature.FindsInput input, CancellationToken ct)
    {
        if (Entered.Text(input.Benchmark) is not { } benchmark) return Refuse.Field("benchmark", Text.Of("请填写“找对标典型”。", "Name the model you measure yourself against."));
        if (Entered.Text(input.Gap) is not { } gap) return Refuse.Field("gap", Text.Of("请填写“找自身差距”。", "Say where you fall short."));
        if (Entered.Text(input.Direction) is not { } direction) return Refuse.Field("direction", Text.Of("请填写“找努力方向”。", "Say where you are heading."));
        if (Entered.Text(input.Measures) is not { } measures) return Refuse.Field("measures", Text.Of("请填写“找赶超措施”。", "Say how you will catch up."));
        var row = await db.FourFinds.AsTracking().SingleOrDefaultAsync(f => f.SubjectKind == kind && f.SubjectId == subjectId, ct);
        row = db.FourFinds.Edit(row, input.Version, () => new FourFinds { SubjectKind = kind, SubjectId = subjectId, Benchmark = benchmark, Gap = gap, Direction = direction, Measures = measures });
        if (row is null) return Refuse.Conflict();
        (row.Benchmark, row.Gap, row.Direction, row.Measures, row.OrganizationId, row.UpdatedAt) = (benchmark, gap, direction, measures, organizationId, campaign.Now);
        return await db.TrySaveAsync(ct) ? Result.Ok(row) : Refuse.Conflict();
    }
}
