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

namespace Modular.Plugins.CountyFiveActivities.Activities;

/// <summary>
/// 五项活动之三 “服务群众”: each service is recorded — who served (a member), for whom, on which day,
/// how many hours — by the member or their organization's officer.
/// </summary>
public static class ServiceFeature
{
    public sealed record ServiceInput(long? PersonId, ServiceKind? Kind, string? Beneficiary, DateOnly? ServedOn, decimal? Hours, string? Description);

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<ServiceLog>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/services", async (ServiceInput input, ServiceLog log, CancellationToken ct) => (await log.RecordAsync(input, ct)).ToHttpResult());

        api.MapGet("/services", async (long? organizationId, CountyDbContext db, CountyAccess access, CountyTree tree, CancellationToken ct) =>
            Results.Ok(await VisibleAsync(organizationId, db, access, tree, ct)));

        api.MapGet("/services/ledger", async (long? organizationId, string? format, CountyDbContext db, CountyAccess access, CountyTree tree, IRoster roster, CancellationToken ct) =>
        {
            var rows = await VisibleAsync(organizationId, db, access, tree, ct);
            var names = (await roster.MembersAsync(new RosterQuery(), ct)).ToDictionary(m => m.Id, m => m.Name);
            var orgs = (await tree.AllAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
            return Results.Extensions.Ledger(new LedgerDefinition("服务群众台账",
                [new("党员"), new("所在党组织", Width: 24), new("服务类型"), new("服务对象", Width: 20), new("日期", LedgerColumnType.Date), new("时长（小时）", LedgerColumnType.Decimal), new("内容", Width: 30)],
                [.. rows.Select(r => (IReadOnlyList<object?>)[names.GetValueOrDefault(r.PersonId), orgs.GetValueOrDefault(r.OrganizationId), KindName(r.Kind), r.Beneficiary, r.ServedOn, r.Hours, r.Description])]), CountyApi.Format(format));
        });
    }

    public static string KindName(ServiceKind kind) => kind switch
    {
        ServiceKind.Volunteer => "紫塞先锋志愿服务",
        ServiceKind.Pairing => "结对帮扶",
        ServiceKind.Visit => "走访慰问",
        ServiceKind.SpringPloughing => "春耕助农",
        _ => "其他服务",
    };

    /// <summary>Services the caller may see: within the organizations they serve or inspect, or their own.</summary>
    private static async Task<List<ServiceRecord>> VisibleAsync(long? organizationId, CountyDbContext db, CountyAccess access, CountyTree tree, CancellationToken ct)
    {
        var visible = await access.VisibleOrganizationsAsync(ct);
        if (organizationId is { } root) visible.IntersectWith((await tree.SubtreeAsync(root, ct)).Select(o => o.Id));
        var me = await access.User.PersonIdAsync(ct);
        return (await db.ServiceRecords.OrderBy(s => s.ServedOn).ThenBy(s => s.Id).ToListAsync(ct))
            .Where(s => visible.Contains(s.OrganizationId) || (organizationId is null && s.PersonId == me)).ToList();
    }
}

/// <summary>Records a service to the people: by the member, or for them by whoever manages their organization. For the API and the demo.</summary>
public sealed class ServiceLog(CountyDbContext db, IRoster roster, CountyAccess access, CountyCampaign campaign)
{
    public async Task<Result<ServiceRecord>> RecordAsync(ServiceFeature.ServiceInput input, CancellationToken ct)
    {
        var personId = input.PersonId ?? await access.User.PersonIdAsync(ct);
        if (personId is not { } id || await roster.FindAsync(id, ct) is not { } person) return Refuse.Field("personId", "请选择提供服务的党员。");
        if (!await access.MayActForAsync(id, ct)) return Refuse.Forbidden("只能记录本人或所管理组织党员的服务。");
        if (input.Kind is not { } kind) return Refuse.Field("kind", "请选择服务类型。");
        if (CountyApi.Required(input.Beneficiary) is not { } beneficiary) return Refuse.Field("beneficiary", "请填写服务对象。");
        if (input.ServedOn is not { } servedOn) return Refuse.Field("servedOn", "请填写服务日期。");
        if (servedOn > campaign.Today) return Refuse.Field("servedOn", "服务日期不能晚于今天。");
        if (input.Hours is not ({ } hours and > 0 and <= 24)) return Refuse.Field("hours", "服务时长须大于0且不超过24小时。");
        var row = new ServiceRecord
        {
            PersonId = id, OrganizationId = person.OrganizationId, Kind = kind, Beneficiary = beneficiary, ServedOn = servedOn, Hours = hours,
            Description = CountyApi.Required(input.Description), RecordedAt = campaign.Now,
        };
        db.ServiceRecords.Add(row);
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Created($"services/{row.Id}", row) : Refuse.Conflict();
    }
}
