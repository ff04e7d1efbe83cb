using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;

namespace Modular.Plugins.CountyFiveActivities.Stage1;

/// <summary>
/// 制定活动方案: every organization files its implementation plan with the office one level up
/// (备案: submitted → received, or returned with comments → resubmitted) and publishes its pledge
/// (向群众公布，进行承诺) through the pledges block.
/// </summary>
public static class PlanFilingFeature
{
    public static readonly BlockKind PledgeKind = new(CountyStartup.PluginId, "organization-pledge");

    public sealed record PlanInput(string? Title, string? Body, int? Version);
    public sealed record DecisionInput(string? Comment, int? Version);
    public sealed record PledgeInput(string? Text, bool Published);

    public sealed record FilingRow(long OrganizationId, string Name, long? FiledWith, string FiledWithName, FilingState? State, int Submissions,
        DateTimeOffset? SubmittedAt, string? Comment, bool PledgePublished, int? Version);

    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<PlanFilingQuery>("plans", new("实施方案备案台账", "Implementation plans filed"), async (s, q, ct) => Result.Ok(Ledger(await s.RowsAsync(ct))));
        plugin.Services.AddScoped<PlanFilingQuery>();
        plugin.Services.AddScoped<PlanFilingDesk>();
        plugin.Services.AddScoped<PlanFilingService>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/plans/{organizationId:long}", async (long organizationId, PlanInput input, PlanFilingService plans, CancellationToken ct) =>
            (await plans.SubmitAsync(organizationId, input, ct)).ToHttpResult());

        api.MapPost("/plans/{organizationId:long}/receive", async (long organizationId, DecisionInput input, PlanFilingDesk desk, CancellationToken ct) =>
            (await desk.DecideAsync(organizationId, input, FilingState.Received, ct)).ToHttpResult());

        api.MapPost("/plans/{organizationId:long}/return", async (long organizationId, DecisionInput input, PlanFilingDesk desk, CancellationToken ct) =>
            (await desk.DecideAsync(organizationId, input, FilingState.Returned, ct)).ToHttpResult());

        api.MapPut("/plans/{organizationId:long}/pledge", async (long organizationId, PledgeInput input, PlanFilingService plans, CancellationToken ct) =>
            (await plans.PledgeAsync(organizationId, input, ct)).ToHttpResult());

        api.MapGet("/plans", async (PlanFilingQuery query, CancellationToken ct) => Results.Ok(await query.RowsAsync(ct)));
    }

    /// <summary>实施方案备案台账: one row per party organization.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<FilingRow> rows) => new("实施方案备案台账",
        [new("党组织", Width: 24), new("备案单位", Width: 24), new("状态"), new("报送次数", LedgerColumnType.Integer), new("报送时间", LedgerColumnType.DateTime), new("退回意见", Width: 30), new("承诺已公开", LedgerColumnType.Boolean)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.FiledWithName, StateName(r.State).ZhCn, r.Submissions, r.SubmittedAt, r.Comment, r.PledgePublished])]);

    public static string PeriodKey(CountyRules rules) => rules.Stages[0].Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static LocalizedText StateName(FilingState? state) => state switch
    {
        FilingState.Submitted => new("已报送待备案", "Submitted, awaiting filing"),
        FilingState.Received => new("已备案", "Filed"),
        FilingState.Returned => new("退回修改", "Returned for changes"),
        _ => new("未报送", "Not submitted"),
    };

    public sealed record PlanFilingView(long OrganizationId, long? FiledWithOrganizationId, string Title, FilingState State, int Submissions,
        DateTimeOffset SubmittedAt, string? Comment, int Version);

    public static PlanFilingView Describe(PlanFiling f) => new(f.OrganizationId, f.FiledWithOrganizationId, f.Title, f.State, f.Submissions, f.SubmittedAt, f.Comment, f.Version);

}

/// <summary>Every party organization's filing state and whether its pledge is published.</summary>
public sealed class PlanFilingQuery(CountyDbContext db, IOrganizationDirectory directory, ICurrentUser user, IPledges pledges, CountyCampaign campaign)
{
    public async Task<IReadOnlyList<PlanFilingFeature.FilingRow>> RowsAsync(CancellationToken ct)
    {
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var filings = await db.PlanFilings.ToDictionaryAsync(f => f.OrganizationId, ct);
        var rules = await campaign.RulesAsync(ct);
        var published = (await pledges.ListAsync(PlanFilingFeature.PledgeKind, PlanFilingFeature.PeriodKey(rules), publishedOnly: true, cancellationToken: ct)).Select(p => p.OwnerId).ToHashSet();
        var rows = new List<PlanFilingFeature.FilingRow>();
        foreach (var org in tree.All.Where(o => OrganizationTree.IsPartyOrganization(o) && visible.Contains(o.Id)))
        {
            var f = filings.GetValueOrDefault(org.Id);
            var filedWith = org.ParentId is { } p ? tree.Find(p) : null;
            rows.Add(new(org.Id, org.Name, org.ParentId, filedWith?.Name ?? "县创先争优活动领导小组办公室", f?.State, f?.Submissions ?? 0, f?.SubmittedAt, f?.Comment, published.Contains(org.Id), f?.Version));
        }
        return rows;
    }
}

/// <summary>The level above's desk (上一级活动领导小组办公室): receive a filed plan, or return it with comments.</summary>
public sealed class PlanFilingDesk(CountyDbContext db, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    public async Task<Result<PlanFilingFeature.PlanFilingView>> DecideAsync(long organizationId, PlanFilingFeature.DecisionInput input, FilingState decision, CancellationToken ct)
    {
        var row = await db.PlanFilings.AsTracking().SingleOrDefaultAsync(f => f.OrganizationId == organizationId, ct);
        if (row is null) return Refuse.NotFound(Text.Of("未找到该实施方案。", "No such implementation plan."));
        if (!await user.IsLevelAboveAsync(await directory.TreeAsync(ct), organizationId, ct))
            return Refuse.Forbidden(Text.Of("实施方案由上一级活动领导小组办公室备案。", "The office one level up files the plan."));
        if (input.Version is { } v && v != row.Version) return Refuse.Conflict();
        if (row.State != FilingState.Submitted)
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
        return await db.TrySaveAsync(ct) ? Result.Ok(PlanFilingFeature.Describe(row)) : Refuse.Conflict();
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
