using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.Plugins.CountyFiveActivities.Benchmark;

/// <summary>
/// 搞好对标定位: every organization and every member completes the 四找 — 找对标典型、找自身差距、
/// 找努力方向、找赶超措施. Members write their own; officers write their organization's.
/// </summary>
public static class FourFindsFeature
{
    public sealed record FindsInput(string? Benchmark, string? Gap, string? Direction, string? Measures, int? Version);

    public sealed record CompletionRow(long OrganizationId, string Name, bool OrganizationDone, int Members, int MembersDone);

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<FourFindsService>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/four-finds/organizations/{organizationId:long}", async (long organizationId, FindsInput input, FourFindsService service, CancellationToken ct) =>
            (await service.SaveForOrganizationAsync(organizationId, input, ct)).ToHttpResult());

        api.MapPut("/four-finds/people/{personId:long}", async (long personId, FindsInput input, FourFindsService service, CancellationToken ct) =>
            (await service.SaveForPersonAsync(personId, input, ct)).ToHttpResult());

        api.MapGet("/four-finds", async (CountyDbContext db, CountyAccess access, CountyTree tree, IRoster roster, CancellationToken ct) =>
            Results.Ok(await CompletionAsync(db, access, tree, roster, ct)));

        api.MapGet("/four-finds/ledger", async (string? format, CountyDbContext db, CountyAccess access, CountyTree tree, IRoster roster, CancellationToken ct) =>
        {
            var rows = await CompletionAsync(db, access, tree, roster, ct);
            return Results.Extensions.Ledger(new LedgerDefinition("“四找”完成情况台账",
                [new("党组织", Width: 24), new("组织四找", LedgerColumnType.Boolean), new("党员", LedgerColumnType.Integer), new("党员已完成", LedgerColumnType.Integer)],
                [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.OrganizationDone, r.Members, r.MembersDone])]), CountyApi.Format(format));
        });

        api.MapGet("/four-finds/{subject}/{id:long}", async (string subject, long id, CountyDbContext db, CountyAccess access, IRoster roster, CancellationToken ct) =>
        {
            var kind = subject == "people" ? FourFindsSubject.Person : FourFindsSubject.Organization;
            // Who may read comes first, so a refusal does not tell whether the 四找 exists.
            var allowed = kind == FourFindsSubject.Person ? await access.User.MayReadPersonAsync(id, ct) : await access.User.MaySeeOrganizationAsync(id, ct);
            if (!allowed) return CountyApi.Forbidden();
            return await db.FourFinds.SingleOrDefaultAsync(f => f.SubjectKind == kind && f.SubjectId == id, ct) is { } row ? Results.Ok(row) : CountyApi.NotFound("“四找”");
        });
    }

    private static async Task<IReadOnlyList<CompletionRow>> CompletionAsync(CountyDbContext db, CountyAccess access, CountyTree tree, IRoster roster, CancellationToken ct)
    {
        var visible = await access.VisibleOrganizationsAsync(ct);
        var finds = await db.FourFinds.ToListAsync(ct);
        var orgDone = finds.Where(f => f.SubjectKind == FourFindsSubject.Organization).Select(f => f.SubjectId).ToHashSet();
        var personDone = finds.Where(f => f.SubjectKind == FourFindsSubject.Person).Select(f => f.SubjectId).ToHashSet();
        var members = (await roster.MembersAsync(new RosterQuery(), ct)).ToLookup(m => m.OrganizationId);
        return [.. (await tree.AllAsync(ct)).Where(o => visible.Contains(o.Id) && CountyTree.IsPartyOrganization(o))
            .Select(o => new CompletionRow(o.Id, o.Name, orgDone.Contains(o.Id), members[o.Id].Count(), members[o.Id].Count(m => personDone.Contains(m.Id))))];
    }
}

/// <summary>四找 of an organization (by its officers) or a member (by themselves or their organization's officers). For the API and the demo.</summary>
public sealed class FourFindsService(CountyDbContext db, IRoster roster, CountyAccess access, CountyTree tree, CountyCampaign campaign)
{
    public async Task<Result<FourFinds>> SaveForOrganizationAsync(long organizationId, FourFindsFeature.FindsInput input, CancellationToken ct)
    {
        if (await tree.FindAsync(organizationId, ct) is not { } org || !CountyTree.IsPartyOrganization(org)) return Refuse.NotFound("未找到该" + "党组织" + "。");
        if (!await access.ManagesAsync(organizationId, ct)) return Refuse.Forbidden();
        return await SaveAsync(FourFindsSubject.Organization, organizationId, organizationId, input, ct);
    }

    public async Task<Result<FourFinds>> SaveForPersonAsync(long personId, FourFindsFeature.FindsInput input, CancellationToken ct)
    {
        if (await roster.FindAsync(personId, ct) is not { } person) return Refuse.NotFound("未找到该" + "党员" + "。");
        if (!await access.MayActForAsync(personId, ct)) return Refuse.Forbidden("只能填写本人的“四找”。");
        return await SaveAsync(FourFindsSubject.Person, personId, person.OrganizationId, input, ct);
    }

    private async Task<Result<FourFinds>> SaveAsync(FourFindsSubject kind, long subjectId, long organizationId, FourFindsFeature.FindsInput input, CancellationToken ct)
    {
        if (CountyApi.Required(input.Benchmark) is not { } benchmark) return Refuse.Field("benchmark", "请填写“找对标典型”。");
        if (CountyApi.Required(input.Gap) is not { } gap) return Refuse.Field("gap", "请填写“找自身差距”。");
        if (CountyApi.Required(input.Direction) is not { } direction) return Refuse.Field("direction", "请填写“找努力方向”。");
        if (CountyApi.Required(input.Measures) is not { } measures) return Refuse.Field("measures", "请填写“找赶超措施”。");
        var row = await db.FourFinds.AsTracking().SingleOrDefaultAsync(f => f.SubjectKind == kind && f.SubjectId == subjectId, ct);
        if (row is null)
        {
            if (input.Version is not null) return Refuse.Conflict();
            db.FourFinds.Add(row = new FourFinds { SubjectKind = kind, SubjectId = subjectId, Benchmark = benchmark, Gap = gap, Direction = direction, Measures = measures, Version = 1 });
        }
        else
        {
            if (input.Version != row.Version) return Refuse.Conflict();
            row.Version++;
        }
        (row.Benchmark, row.Gap, row.Direction, row.Measures, row.OrganizationId, row.UpdatedAt) = (benchmark, gap, direction, measures, organizationId, campaign.Now);
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Ok(row) : Refuse.Conflict();
    }
}
