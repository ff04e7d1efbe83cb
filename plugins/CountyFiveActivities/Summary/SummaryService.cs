using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Dashboards;
using Modular.Sdk.Texts;

namespace Modular.Plugins.CountyFiveActivities.Summary;

/// <summary>A summary's text; <paramref name="Version"/> the version read, when revising it.</summary>
public sealed record SummaryInput(string? Body, int? Version);

/// <summary>A summary as read: whose (全县 or the organization's name), the figures it is written against, the report so far.</summary>
public sealed record SummaryView(string Name, Figures Figures, SummaryReport? Report);

/// <summary>搞好总结: an organization's summary by its officers, the county's by the county office; read with the figures. For the API and the demo.</summary>
public sealed class SummaryService(CountyDbContext db, ICurrentUser user, IOrganizationDirectory directory, CampaignFigures figures, CountyCampaign campaign)
{
    public Task<Result<SummaryReport>> SaveCountyAsync(SummaryInput input, CancellationToken ct) =>
        user.IsJurisdictionAdmin ? WriteAsync(SummaryReport.County, input, ct)
            : Task.FromResult<Result<SummaryReport>>(Refuse.Forbidden(Text.Of("全县总结由县创先争优活动领导小组办公室撰写。", "The county office writes the county's summary.")));

    public async Task<Result<SummaryReport>> SaveAsync(long organizationId, SummaryInput input, CancellationToken ct)
    {
        if ((await directory.TreeAsync(ct)).Find(organizationId) is not { } org || !OrganizationTree.IsPartyOrganization(org))
            return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        return await WriteAsync(organizationId, input, ct);
    }

    /// <summary>The county's summary with the whole county's figures: the office and auditors.</summary>
    public async Task<Result<SummaryView>> ReadCountyAsync(CancellationToken ct)
    {
        if (!user.ReadsAll()) return Refuse.Forbidden();
        var all = (await directory.TreeAsync(ct)).All.Select(o => o.Id);
        var report = await db.SummaryReports.SingleOrDefaultAsync(r => r.OrganizationId == SummaryReport.County, ct);
        return Result.Ok(new SummaryView(Text.Of("全县", "The whole county"), await figures.ForAsync(all, ct), report));
    }

    /// <summary>An organization's summary with its subtree's figures: whoever sees the organization.</summary>
    public async Task<Result<SummaryView>> ReadAsync(long organizationId, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        if (tree.Find(organizationId) is not { } org) return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.MaySeeOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        var report = await db.SummaryReports.SingleOrDefaultAsync(r => r.OrganizationId == organizationId, ct);
        return Result.Ok(new SummaryView(org.Name, await figures.ForAsync(tree.SubtreeIds(organizationId), ct), report));
    }

    private async Task<Result<SummaryReport>> WriteAsync(long organizationId, SummaryInput input, CancellationToken ct)
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
