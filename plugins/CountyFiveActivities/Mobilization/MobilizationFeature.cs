using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.Mobilization;

/// <summary>
/// 第一步 广泛发动，安排部署 (实施方案 二(一)): 进行发动部署 — the county records its mobilization meeting, every party committee
/// its own, within 7 days after the county's (mobilization.committeeDays; <see cref="MobilizationRule"/>); 制定活动方案 — every
/// organization files its implementation plan with the office one level up (备案: submitted → received, or returned with
/// comments → resubmitted; <see cref="PlanFilingRule"/>) and publishes its pledge (向群众公布，进行承诺) through the pledges
/// block. Its kinds of record and obligation, services, tables, ledgers and API.
/// </summary>
public static class MobilizationFeature
{
    public static readonly BlockKind PledgeKind = new(CountyStartup.PluginId, "organization-pledge");

    /// <summary>The county's and every party committee's leading group and working office, set up by the end of stage 1 (<see cref="LeadingBodiesService"/>).</summary>
    public static readonly ObligationType BodiesObligation = new("county5-leading-bodies", new("组建领导机构和工作机构", "Leading and working bodies set up"));

    /// <summary>Every party committee's meeting, due the county's day + 7 (computed by <see cref="MobilizationQuery"/>).</summary>
    public static readonly ObligationType MeetingObligation = new("county5-committee-meeting", new("党委召开发动大会（县委大会后7日内）", "Committee mobilization meeting"));

    /// <summary>Every meeting held (the county's and each committee's) deployed by its organization's secretary in person (<see cref="DeploymentRule"/>).</summary>
    public static readonly ObligationType InPersonObligation = new("county5-deployed-in-person", new("主要负责同志亲自发动部署", "Meeting deployed by the secretary in person"));

    /// <summary>Every party organization's plan, filed by the end of stage 1 (computed by <see cref="PlanFilingQuery"/>).</summary>
    public static readonly ObligationType FilingObligation = new("county5-plan-filing", new("实施方案报上一级备案", "Implementation plan filed"));

    public static void Register(IPluginBuilder plugin)
    {
        // 进行发动部署: the leading and working bodies (the SDK's block), then the meetings.
        plugin.Services.AddObligationQuery<LeadingBodiesService>();
        plugin.AddLedger<MobilizationQuery>("mobilization", new("各党委发动大会台账", "Committees' mobilization meetings"), async (s, q, ct) => Result.Ok(MeetingsLedger(await s.OverviewAsync(ct))));
        plugin.Services.AddObligationQuery<MobilizationQuery>();
        plugin.Services.AddScoped<MobilizationService>();
        plugin.Services.AddObligationQuery<DeploymentQuery>();
        // 制定活动方案: the plans and pledges.
        plugin.AddLedger<PlanFilingQuery>("plans", new("实施方案备案台账", "Implementation plans filed"), async (s, q, ct) => Result.Ok(PlansLedger(await s.RowsAsync(ct))));
        plugin.Services.AddObligationQuery<PlanFilingQuery>();
        plugin.Services.AddScoped<PlanFilingService>();
        plugin.Services.AddScoped<PlanFilingDesk>();
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b)
    {
        b.Entity<MobilizationMeeting>().OnePerOrganization("mobilization_meetings");
        b.Entity<PlanFiling>().OnePerOrganization("plan_filings").Property(x => x.State).HasConversion<string>();
    }

    /// <summary>各党委发动大会台账: one row per committee.</summary>
    public static LedgerDefinition MeetingsLedger(MobilizationOverview o) => new(Text.Of("各党委发动大会台账", "Committees' mobilization meetings"),
        [new(Text.Of("党委", "Committee"), Width: 24), new(Text.Of("所属", "Under"), Width: 16), new(Text.Of("县委大会日期", "County meeting held on"), LedgerColumnType.Date), new(Text.Of("应于此日前召开", "Due by"), LedgerColumnType.Date), new(Text.Of("召开日期", "Held on"), LedgerColumnType.Date), new(Text.Of("状态", "Status")),
         new(Text.Of("发动部署人", "Deployed by"), LedgerColumnType.Person), new(Text.Of("书记", "Secretary"), LedgerColumnType.Person), new(Text.Of("亲自部署", "In person"))],
        [.. o.Committees.Select(c => (IReadOnlyList<object?>)[c.Name, c.TopLevel, o.CountyMeeting, c.DueOn, c.HeldOn, MobilizationRule.StatusName(c.Status).ToString(),
            c.Deployment?.DeployedBy, c.Deployment?.Secretary, c.Deployment?.StateName])]);

    /// <summary>实施方案备案台账: one row per party organization.</summary>
    public static LedgerDefinition PlansLedger(IReadOnlyList<FilingRow> rows) => new(Text.Of("实施方案备案台账", "Implementation plans filed"),
        [new(Text.Of("党组织", "Organization"), Width: 24), new(Text.Of("备案单位", "Filed with"), Width: 24), new(Text.Of("状态", "Status")), new(Text.Of("报送次数", "Submissions"), LedgerColumnType.Integer), new(Text.Of("报送时间", "Submitted at"), LedgerColumnType.DateTime), new(Text.Of("退回意见", "Comments"), Width: 30), new(Text.Of("承诺已公开", "Pledge published"), LedgerColumnType.Boolean)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.FiledWithName, PlanFilingRule.StateName(r.State).ToString(), r.Submissions, r.SubmittedAt, r.Comment, r.PledgePublished])]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/mobilization/county", async (MeetingInput input, MobilizationService service, CancellationToken ct) =>
            (await service.RecordCountyAsync(input, ct)).ToHttpResult());

        api.MapPut("/mobilization/committees/{organizationId:long}", async (long organizationId, MeetingInput input, MobilizationService service, CancellationToken ct) =>
            (await service.RecordCommitteeAsync(organizationId, input, ct)).ToHttpResult());

        api.MapGet("/mobilization/bodies", async (LeadingBodiesService service, CancellationToken ct) => Results.Ok(await service.OverviewAsync(ct)));

        api.MapGet("/mobilization/bodies/{organizationId:long}", async (long organizationId, LeadingBodiesService service, CancellationToken ct) =>
            (await service.GetAsync(organizationId, ct)).ToHttpResult());

        api.MapPut("/mobilization/bodies/{organizationId:long}", async (long organizationId, BodyInput input, LeadingBodiesService service, CancellationToken ct) =>
            (await service.SaveAsync(organizationId, input, ct)).ToHttpResult());

        api.MapGet("/mobilization", async (MobilizationQuery query, CancellationToken ct) => Results.Ok(await query.OverviewAsync(ct)));

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
}
