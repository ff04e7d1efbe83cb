using Microsoft.EntityFrameworkCore;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.Plugins.CountyFiveActivities.Stage1;

/// <summary>An organization's own side of 制定活动方案: it files (or refiles) its plan and publishes its pledge. For the API and the demo.</summary>
public sealed class PlanFilingService(CountyDbContext db, IPledges pledges, CountyAccess access, CountyTree tree, CountyCampaign campaign)
{
    /// <summary>Files the plan with the level above, or resubmits it after a return; a received plan is final.</summary>
    public async Task<Result<PlanFilingFeature.PlanFilingView>> SubmitAsync(long organizationId, PlanFilingFeature.PlanInput input, CancellationToken ct)
    {
        var org = await tree.FindAsync(organizationId, ct);
        if (org is null || !CountyTree.IsPartyOrganization(org)) return Refuse.NotFound("未找到该" + "党组织" + "。");
        if (!await access.ManagesAsync(organizationId, ct)) return Refuse.Forbidden();
        if (CountyApi.Required(input.Title) is not { } title) return Refuse.Field("title", "请填写实施方案标题。");
        if (Limits.TooLong(title, Limits.Line) is { } longTitle) return Refuse.Field("title", longTitle);
        if (CountyApi.Required(input.Body) is not { } body) return Refuse.Field("body", "请填写实施方案内容（活动主题、目标和要求）。");
        if (Limits.TooLong(body, Limits.Body) is { } longBody) return Refuse.Field("body", longBody);
        var row = await db.PlanFilings.AsTracking().SingleOrDefaultAsync(f => f.OrganizationId == organizationId, ct);
        if (row is null)
        {
            if (input.Version is not null) return Refuse.Conflict();
            row = new PlanFiling { OrganizationId = organizationId, Title = title, Body = body, Version = 1 };
            db.PlanFilings.Add(row);
        }
        else
        {
            if (input.Version != row.Version) return Refuse.Conflict();
            if (row.State == FilingState.Received) return Refuse.Field("state", "实施方案已备案，不能再修改。");
            row.Version++;
        }
        row.Title = title;
        row.Body = body;
        row.FiledWithOrganizationId = org.ParentId;
        row.State = FilingState.Submitted;
        row.Submissions++;
        row.SubmittedAt = campaign.Now;
        row.SubmittedBy = access.User.DisplayName;
        row.DecidedAt = null;
        row.DecidedBy = null;
        return await CountyApi.SaveAsync(db, ct) is null ? Result.Ok(PlanFilingFeature.Describe(row)) : Refuse.Conflict();
    }

    /// <summary>向群众公布，进行承诺: the organization's pledge for the campaign, published or not.</summary>
    public async Task<Result<PledgeInfo>> PledgeAsync(long organizationId, PlanFilingFeature.PledgeInput input, CancellationToken ct)
    {
        if (await tree.FindAsync(organizationId, ct) is null) return Refuse.NotFound("未找到该" + "党组织" + "。");
        if (!await access.ManagesAsync(organizationId, ct)) return Refuse.Forbidden();
        if (CountyApi.Required(input.Text) is not { } text) return Refuse.Field("text", "请填写承诺内容。");
        var rules = await campaign.RulesAsync(ct);
        var saved = await pledges.SaveAsync(new(PlanFilingFeature.PledgeKind, PledgeKind.Organization, organizationId, PlanFilingFeature.PeriodKey(rules), text, input.Published), ct);
        if (saved.Succeeded && saved.Value!.Published != input.Published)
            saved = await pledges.PublishAsync(saved.Value.Id, input.Published, ct);
        return saved;
    }
}
