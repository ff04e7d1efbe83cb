using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Dashboards;
using Modular.Plugins.CountyFiveActivities.Data;
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

    /// <summary>A summary as read: whose (全县 or the organization's name), the figures it is written against, the report so far.</summary>
    public sealed record SummaryView(string Name, Figures Figures, SummaryReport? Report);

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<SummaryService>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/summaries/county", async (SummaryInput input, SummaryService service, CancellationToken ct) =>
            (await service.SaveCountyAsync(input, ct)).ToHttpResult());

        api.MapPut("/summaries/{organizationId:long}", async (long organizationId, SummaryInput input, SummaryService service, CancellationToken ct) =>
            (await service.SaveAsync(organizationId, input, ct)).ToHttpResult());

        api.MapGet("/summaries/county", async (SummaryService service, CancellationToken ct) => (await service.ReadCountyAsync(ct)).ToHttpResult());

        api.MapGet("/summaries/{organizationId:long}", async (long organizationId, SummaryService service, CancellationToken ct) =>
            (await service.ReadAsync(organizationId, ct)).ToHttpResult());
    }
}

/// <summary>搞好总结: an organization's summary by its officers, the county's by the county office; read with the figures. For the API and the demo.</summary>
public sealed class SummaryService(CountyDbContext db, ICurrentUser user, IOrganizationDirectory directory, CampaignFigures figures, CountyCampaign campaign)
{
    public Task<Result<SummaryReport>> SaveCountyAsync(SummaryFeature.SummaryInput input, CancellationToken ct) =>
        user.IsJurisdictionAdmin ? WriteAsync(SummaryReport.County, input, ct)
            : Task.FromResult<Result<SummaryReport>>(Refuse.Forbidden(Text.Of("全县总结由县创先争优活动领导小组办公室撰写。", "The county office writes the county's summary.")));

    public async Task<Result<SummaryReport>> SaveAsync(long organizationId, SummaryFeature.SummaryInput input, CancellationToken ct)
    {
        if ((await directory.TreeAsync(ct)).Find(organizationId) is not { } org || !OrganizationTree.IsPartyOrganization(org))
            return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        return await WriteAsync(organizationId, input, ct);
    }

    /// <summary>The county's summary with the whole county's figures: the office and auditors.</summary>
    public async Task<Result<SummaryFeature.SummaryView>> ReadCountyAsync(CancellationToken ct)
    {
        if (!user.ReadsAll()) return Refuse.Forbidden();
        var all = (await directory.TreeAsync(ct)).All.Select(o => o.Id);
        var report = await db.SummaryReports.SingleOrDefaultAsync(r => r.OrganizationId == SummaryReport.County, ct);
        return Result.Ok(new SummaryFeature.SummaryView("全县", await figures.ForAsync(all, ct), report));
    }

    /// <summary>An organization's summary with its subtree's figures: whoever sees the organization.</summary>
    public async Task<Result<SummaryFeature.SummaryView>> ReadAsync(long organizationId, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is not { } org) return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.MaySeeOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        var report = await db.SummaryReports.SingleOrDefaultAsync(r => r.OrganizationId == organizationId, ct);
        return Result.Ok(new SummaryFeature.SummaryView(org.Name, await figures.ForAsync(tree.SubtreeIds(organizationId), ct), report));
    }

    private async Task<Result<SummaryReport>> WriteAsync(long organizationId, SummaryFeature.SummaryInput input, CancellationToken ct)
    {
        if (Entered.Text(input.Body) is not { } body) return Refuse.Field("body", Text.Of("请填写总结报告内容。", "Write the summary."));
        if (Limits.TooLong(body, Limits.Body) is { } longBody) return Refuse.Field("body", longBody);
        var row = await db.SummaryReports.AsTracking().SingleOrDefaultAsync(r => r.OrganizationId == organizationId, ct);
        row = db.SummaryReports.Edit(row, input.Version, () => new SummaryReport { OrganizationId = organizationId, Body = body });
        if (row is null) return Refuse.Conflict();
        row.Body = body;
        row.Characters = CharacterCount.Of(body);
        row.SubmittedAt = campaign.Now;
        row.SubmittedBy = user.DisplayName;
        return await db.TrySaveAsync(ct) ? Result.Ok(row) : Refuse.Conflict();
    }
}
