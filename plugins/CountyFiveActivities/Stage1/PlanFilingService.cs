using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;

namespace Modular.Plugins.CountyFiveActivities.Stage1;

/// <summary>An organization's own side of 制定活动方案: it files (or refiles) its plan and publishes its pledge. For the API and the demo.</summary>
public sealed class PlanFilingService(CountyDbContext db, IPledges pledges, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    /// <summary>Files the plan with the level above, or resubmits it after a return; a received plan is final.</summary>
    public async Task<Result<PlanFilingFeature.PlanFilingView>> SubmitAsync(long organizationId, PlanFilingFeature.PlanInput input, CancellationToken ct)
    {
        var org = (await directory.TreeAsync(ct)).Find(organizationId);
        if (org is null || !OrganizationTree.IsPartyOrganization(org)) return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        if (Entered.Text(input.Title) is not { } title) return Refuse.Field("title", Text.Of("请填写实施方案标题。", "Give the plan's title."));
        if (Limits.TooLong(title, Limits.Line) is { } longTitle) return Refuse.Field("title", longTitle);
        if (Entered.Text(input.Body) is not { } body) return Refuse.Field("body", Text.Of("请填写实施方案内容（活动主题、目标和要求）。", "Give the plan's text (theme, goals and requirements)."));
        if (Limits.TooLong(body, Limits.Body) is { } longBody) return Refuse.Field("body", longBody);
        var row = await db.PlanFilings.AsTracking().SingleOrDefaultAsync(f => f.OrganizationId == organizationId, ct);
        if (row?.State == FilingState.Received) return Refuse.Field("state", Text.Of("实施方案已备案，不能再修改。", "The plan is filed; it can no longer be changed."));
        row = db.PlanFilings.Edit(row, input.Version, () => new PlanFiling { OrganizationId = organizationId, Title = title, Body = body });
        if (row is null) return Refuse.Conflict();
        row.Title = title;
        row.Body = body;
        row.FiledWithOrganizationId = org.ParentId;
        row.State = FilingState.Submitted;
        row.Submissions++;
        row.SubmittedAt = campaign.Now;
        row.SubmittedBy = user.DisplayName;
        row.DecidedAt = null;
        row.DecidedBy = null;
        return await db.TrySaveAsync(ct) ? Result.Ok(PlanFilingFeature.Describe(row)) : Refuse.Conflict();
    }

    /// <summary>向群众公布，进行承诺: the organization's pledge for the campaign, published or not.</summary>
    public async Task<Result<PledgeInfo>> PledgeAsync(long organizationId, PlanFilingFeature.PledgeInput input, CancellationToken ct)
    {
        if ((await directory.TreeAsync(ct)).Find(organizationId) is null) return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        if (Entered.Text(input.Text) is not { } text) return Refuse.Field("text", Text.Of("请填写承诺内容。", "Give the pledge's text."));
        var rules = await campaign.RulesAsync(ct);
        var saved = await pledges.SaveAsync(new(PlanFilingFeature.PledgeKind, PledgeKind.Organization, organizationId, PlanFilingFeature.PeriodKey(rules), text, input.Published), ct);
        if (saved.Succeeded && saved.Value!.Published != input.Published)
            saved = await pledges.PublishAsync(saved.Value.Id, input.Published, ct);
        return saved;
    }
}
