using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Dashboards;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk;
using Modular.Sdk.Texts;

namespace Modular.Plugins.CountyFiveActivities.Summary;

/// <summary>
/// 第四步 系统总结: each organization writes its summary report, the county office the county's; each
/// comes with the figures of every stage for its subtree (or the whole county), so the report is
/// written against the record.
/// </summary>
public static class SummaryFeature
{
    public sealed record SummaryInput(string? Body, int? Version);

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<SummaryService>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/summaries/county", async (SummaryInput input, SummaryService service, CancellationToken ct) =>
            (await service.SaveCountyAsync(input, ct)).ToHttpResult());

        api.MapPut("/summaries/{organizationId:long}", async (long organizationId, SummaryInput input, SummaryService service, CancellationToken ct) =>
            (await service.SaveAsync(organizationId, input, ct)).ToHttpResult());

        api.MapGet("/summaries/county", async (CountyDbContext db, CountyAccess access, CountyTree tree, CampaignFigures figures, CancellationToken ct) =>
        {
            if (!access.IsOffice && !access.User.IsAuditor) return CountyApi.Forbidden();
            var all = (await tree.AllAsync(ct)).Select(o => o.Id);
            var report = await db.SummaryReports.SingleOrDefaultAsync(r => r.OrganizationId == SummaryReport.County, ct);
            return Results.Ok(new { name = "全县", figures = await figures.ForAsync(all, ct), report });
        });

        api.MapGet("/summaries/{organizationId:long}", async (long organizationId, CountyDbContext db, CountyAccess access, CountyTree tree, CampaignFigures figures, CancellationToken ct) =>
        {
            if (await tree.FindAsync(organizationId, ct) is not { } org) return CountyApi.NotFound("党组织");
            if (!await access.User.MaySeeOrganizationAsync(organizationId, ct)) return CountyApi.Forbidden();
            var subtree = (await tree.SubtreeAsync(organizationId, ct)).Select(o => o.Id);
            var report = await db.SummaryReports.SingleOrDefaultAsync(r => r.OrganizationId == organizationId, ct);
            return Results.Ok(new { org.Name, figures = await figures.ForAsync(subtree, ct), report });
        });
    }
}

/// <summary>搞好总结: an organization's summary by its officers, the county's by the county office. For the API and the demo.</summary>
public sealed class SummaryService(CountyDbContext db, CountyAccess access, CountyTree tree, CountyCampaign campaign)
{
    public Task<Result<SummaryReport>> SaveCountyAsync(SummaryFeature.SummaryInput input, CancellationToken ct) =>
        access.IsOffice ? WriteAsync(SummaryReport.County, input, ct) : Task.FromResult<Result<SummaryReport>>(Refuse.Forbidden("全县总结由县创先争优活动领导小组办公室撰写。"));

    public async Task<Result<SummaryReport>> SaveAsync(long organizationId, SummaryFeature.SummaryInput input, CancellationToken ct)
    {
        if (await tree.FindAsync(organizationId, ct) is not { } org || !CountyTree.IsPartyOrganization(org)) return Refuse.NotFound("未找到该" + "党组织" + "。");
        if (!await access.ManagesAsync(organizationId, ct)) return Refuse.Forbidden();
        return await WriteAsync(organizationId, input, ct);
    }

    private async Task<Result<SummaryReport>> WriteAsync(long organizationId, SummaryFeature.SummaryInput input, CancellationToken ct)
    {
        if (CountyApi.Required(input.Body) is not { } body) return Refuse.Field("body", "请填写总结报告内容。");
        if (Limits.TooLong(body, Limits.Body) is { } longBody) return Refuse.Field("body", longBody);
        var row = await db.SummaryReports.AsTracking().SingleOrDefaultAsync(r => r.OrganizationId == organizationId, ct);
        if (row is null)
        {
            if (input.Version is not null) return Refuse.Conflict();
            db.SummaryReports.Add(row = new SummaryReport { OrganizationId = organizationId, Body = body, Version = 1 });
        }
        else
        {
            if (input.Version != row.Version) return Refuse.Conflict();
            row.Version++;
        }
        row.Body = body;
        row.Characters = CharacterCount.Of(body);
        row.SubmittedAt = campaign.Now;
        row.SubmittedBy = access.User.DisplayName;
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Ok(row) : Refuse.Conflict();
    }
}
