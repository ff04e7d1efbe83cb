using System.Runtime.CompilerServices;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Mobilization;

/// <summary>A plan as the organization files it; <paramref name="Version"/> the version read, when resubmitting.</summary>
public sealed record PlanInput(string? Title, string? Body, int? Version);

/// <summary>The level above's decision: a comment (required when returning) and the version read.</summary>
public sealed record DecisionInput(string? Comment, int? Version);

/// <summary>The organization's public pledge (向群众公布，进行承诺), published or not.</summary>
public sealed record PledgeInput(string? Text, bool Published);

/// <summary>A filed plan as the API answers it.</summary>
public sealed record PlanFilingView(long OrganizationId, long? FiledWithOrganizationId, string Title, FilingState State, int Submissions,
    DateTimeOffset SubmittedAt, string? Comment, int Version)
{
    public static PlanFilingView Of(PlanFiling f) => new(f.OrganizationId, f.FiledWithOrganizationId, f.Title, f.State, f.Submissions, f.SubmittedAt, f.Comment, f.Version);
}

/// <summary>A party organization's line on the list and in the ledger: whom it files with, the filing's state, whether its pledge is public.</summary>
public sealed record FilingRow(long OrganizationId, string Name, long? FiledWith, string FiledWithName, FilingState? State, int Submissions,
    DateTimeOffset? SubmittedAt, string? Comment, bool PledgePublished, int? Version);

/// <summary>An organization's own side of 制定活动方案: it files (or refiles) its plan and publishes its pledge. For the API and the demo.</summary>
public sealed class PlanFilingService(CountyDbContext db, IPledges pledges, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    /// <summary>Files the plan with the level above, or resubmits it after a return; a received plan is final.</summary>
    public async Task<Result<PlanFilingView>> SubmitAsync(long organizationId, PlanInput input, CancellationToken ct)
    {
        var org = (await directory.TreeAsync(ct)).Find(organizationId);
        if (org is null || !OrganizationTree.IsPartyOrganization(org)) return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        if (Entered.Text(input.Title) is not { } title) return Refuse.Field("title", Text.Of("请填写实施方案标题。", "Give the plan's title."));
        if (Limits.TooLong(title, Limits.Line) is { } longTitle) return Refuse.Field("title", longTitle);
        if (Entered.Text(input.Body) is not { } body) return Refuse.Field("body", Text.Of("请填写实施方案内容（活动主题、目标和要求）。", "Give the plan's text (theme, goals and requirements)."));
        if (Limits.TooLong(body, Limits.Body) is { } longBody) return Refuse.Field("body", longBody);
        var row = await db.PlanFilings.AsTracking().SingleOrDefaultAsync(f => f.OrganizationId == organizationId, ct);
        if (!PlanFilingRule.MaySubmit(row?.State)) return Refuse.Field("state", Text.Of("实施方案已备案，不能再修改。", "The plan is filed; it can no longer be changed."));
        row = db.PlanFilings.Edit(row, input.Version, () => new PlanFiling { OrganizationId = organizationId, Title = title, Body = body });
        if (row is null) return Refuse.Conflict();
        row.Title = title;
        row.Body = body;
        row.FiledWithOrganizationId = PlanFilingRule.FiledWith(org);
        row.State = FilingState.Submitted;
        row.Submissions++;
        row.SubmittedAt = campaign.Now;
        row.SubmittedBy = user.DisplayName;
        row.DecidedAt = null;
        row.DecidedBy = null;
        return await db.TrySaveAsync(ct) ? Result.Ok(PlanFilingView.Of(row)) : Refuse.Conflict();
    }

    /// <summary>向群众公布，进行承诺: the organization's pledge for the campaign, published or not.</summary>
    public async Task<Result<PledgeInfo>> PledgeAsync(long organizationId, PledgeInput input, CancellationToken ct)
    {
        if ((await directory.TreeAsync(ct)).Find(organizationId) is null) return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        if (Entered.Text(input.Text) is not { } text) return Refuse.Field("text", Text.Of("请填写承诺内容。", "Give the pledge's text."));
        var rules = await campaign.RulesAsync(ct);
        var saved = await pledges.SaveAsync(new(MobilizationFeature.PledgeKind, PledgeKind.Organization, organizationId, rules.PledgePeriod, text, input.Published), ct);
        if (saved.Succeeded && saved.Value!.Published != input.Published)
            saved = await pledges.PublishAsync(saved.Value.Id, input.Published, ct);
        return saved;
    }
}

/// <summary>The level above's desk (上一级活动领导小组办公室): receive a filed plan, or return it with comments. For the API, the page and the demo.</summary>
public sealed class PlanFilingDesk(CountyDbContext db, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    public async Task<Result<PlanFilingView>> DecideAsync(long organizationId, DecisionInput input, FilingState decision, CancellationToken ct)
    {
        var row = await db.PlanFilings.AsTracking().SingleOrDefaultAsync(f => f.OrganizationId == organizationId, ct);
        if (row is null) return Refuse.NotFound(Text.Of("未找到该实施方案。", "No such implementation plan."));
        if (!await user.IsLevelAboveAsync(await directory.TreeAsync(ct), organizationId, ct))
            return Refuse.Forbidden(Text.Of("实施方案由上一级活动领导小组办公室备案。", "The office one level up files the plan."));
        if (input.Version is { } v && v != row.Version) return Refuse.Conflict();
        if (!PlanFilingRule.AwaitsDecision(row.State))
            return Refuse.Field("state", row.State == FilingState.Received
                ? Text.Of("该方案已备案。", "The plan is already filed.")
                : Text.Of("该方案已退回，待重新报送。", "The plan was returned; it awaits resubmission."));
        var comment = Entered.Text(input.Comment);
        if (decision == FilingState.Returned && comment is null) return Refuse.Field("comment", Text.Of("退回时请填写修改意见。", "Say what to change when returning the plan."));
        row.State = decision;
        row.Comment = comment;
        row.DecidedBy = user.DisplayName;
        row.DecidedAt = campaign.Now;
        row.Version++;
        return await db.TrySaveAsync(ct) ? Result.Ok(PlanFilingView.Of(row)) : Refuse.Conflict();
    }

    /// <summary>The organizations (of these) whose filed plan the user decides on: those they are the level above of.</summary>
    public async Task<HashSet<long>> DecidableAsync(IEnumerable<long> organizationIds, CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var decidable = new HashSet<long>();
        foreach (var id in organizationIds)
            if (await user.IsLevelAboveAsync(tree, id, ct)) decidable.Add(id);
        return decidable;
    }
}

/// <summary>
/// Every party organization's filing state and whether its pledge is published: those the caller sees, for the API, the page
/// and the ledger; and all of them as the host's obligation (<see cref="MobilizationFeature.FilingObligation"/>): due the end of stage 1,
/// met when the plan was submitted.
/// </summary>
public sealed class PlanFilingQuery(CountyDbContext db, IOrganizationDirectory directory, ICurrentUser user, IPledges pledges, CountyCampaign campaign) : ICountyObligation
{
    public async Task<IReadOnlyList<FilingRow>> RowsAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var filings = await db.PlanFilings.ToDictionaryAsync(f => f.OrganizationId, ct);
        var rules = await campaign.RulesAsync(ct);
        var published = (await pledges.ListAsync(MobilizationFeature.PledgeKind, rules.PledgePeriod, publishedOnly: true, cancellationToken: ct)).Select(p => p.OwnerId).ToHashSet();
        var rows = new List<FilingRow>();
        foreach (var org in tree.All.Where(o => OrganizationTree.IsPartyOrganization(o) && visible.Contains(o.Id)))
        {
            var f = filings.GetValueOrDefault(org.Id);
            var filedWith = PlanFilingRule.FiledWith(org) is { } p ? tree.Find(p) : null;
            rows.Add(new(org.Id, org.Name, org.ParentId, filedWith?.Name ?? PlanFilingRule.CountyOfficeName, f?.State, f?.Submissions ?? 0, f?.SubmittedAt, f?.Comment, published.Contains(org.Id), f?.Version));
        }
        return rows;
    }

    ObligationType ICountyObligation.Type => MobilizationFeature.FilingObligation;

    async IAsyncEnumerable<ObligationDue> ICountyObligation.DueAsync(IJurisdiction jurisdiction, CountyRules rules, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stage1 = rules.Stages[0];
        if (stage1.End < from || stage1.End > to) yield break;
        var filings = await db.PlanFilings.ToDictionaryAsync(f => f.OrganizationId, cancellationToken);
        foreach (var org in (await directory.TreeAsync(cancellationToken)).All.Where(OrganizationTree.IsPartyOrganization))
        {
            var f = filings.GetValueOrDefault(org.Id);
            yield return new ObligationDue(MobilizationFeature.FilingObligation.Key, ObligedKind.Organization, org.Id, stage1.Start, stage1.End)
            {
                MetAt = f?.SubmittedAt, RecordRef = f is null ? null : $"plan:{org.Id}",
            };
        }
    }
}
