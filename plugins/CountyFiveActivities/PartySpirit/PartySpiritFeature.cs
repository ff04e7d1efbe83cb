using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.PartySpirit;

/// <summary>
/// 五项活动之一 “党性教育” (实施方案 二(二)1): 在“七一”前集中一周时间 (partySpirit.before, partySpirit.weekDays) 组织党员进行
/// 一次党性分析; 在职党员撰写党性分析报告 (a counted text per member); 组织群众对党员进行评议 (anonymous evaluation
/// rounds, one per organization: no answer rows, tallies only; the public answer with codes on the host's public sheet). Its kinds of block record, its obligation, services, table, ledger and API.
/// </summary>
public static class PartySpiritFeature
{
    public static readonly BlockKind ReportKind = new(CountyStartup.PluginId, "party-spirit-report");
    public static readonly BlockKind EvaluationKind = new(CountyStartup.PluginId, "public-evaluation");
    public const string EvaluationQuestion = "overall";

    /// <summary>Every member's report, due before 七一 (computed by <see cref="PartySpiritQuery"/>).</summary>
    public static readonly ObligationType Obligation = new("county5-party-spirit-report", new("党性分析报告（七一前）", "Party-spirit analysis report"));

    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<PartySpiritQuery>("party-spirit", new("党性分析台账", "Party-spirit analysis"), async (s, q, ct) => Result.Ok(Ledger(await s.RowsAsync(ct))));
        plugin.Services.AddObligationQuery<PartySpiritQuery>();
        plugin.Services.AddScoped<PartySpiritService>();
    }

    /// <summary>This item's tables in the plugin's one context (<see cref="CountyDbContext"/>).</summary>
    public static void ConfigureModel(ModelBuilder b) => b.Entity<PartySpiritWeek>().OnePerOrganization("party_spirit_weeks");

    /// <summary>党性分析台账: one row per party organization.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<PartySpiritRow> rows) => new(Text.Of("党性分析台账", "Party-spirit analysis"),
        [new(Text.Of("党组织", "Organization"), Width: 24), new(Text.Of("集中开始", "Week starts"), LedgerColumnType.Date), new(Text.Of("集中结束", "Week ends"), LedgerColumnType.Date), new(Text.Of("七一前完成", "Done before July 1"), LedgerColumnType.Boolean),
         new(Text.Of("党员", "Members"), LedgerColumnType.Integer), new(Text.Of("应交报告（在职）", "Owing a report (serving)"), LedgerColumnType.Integer), new(Text.Of("报告按时", "Reports on time"), LedgerColumnType.Integer), new(Text.Of("报告逾期", "Reports late"), LedgerColumnType.Integer), new(Text.Of("未交", "Missing"), LedgerColumnType.Integer)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.WeekStarts, r.WeekEnds, r.WeekBeforeDeadline, r.Members, r.Owing, r.ReportsOnTime, r.ReportsLate, r.Missing])]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/party-spirit/weeks/{organizationId:long}", async (long organizationId, WeekInput input, PartySpiritService service, CancellationToken ct) =>
            (await service.SetWeekAsync(organizationId, input, ct)).ToHttpResult());

        // A member writes their own report; an officer may enter one for a member of their subtree.
        api.MapPost("/party-spirit/reports", async (ReportInput input, PartySpiritService service, CancellationToken ct) =>
            (await service.SubmitReportAsync(input, ct)).ToHttpResult());

        api.MapGet("/party-spirit", async (PartySpiritQuery query, CancellationToken ct) => Results.Ok(await query.RowsAsync(ct)));

        // 群众评议: the office opens the year's rounds (one per organization) once; anyone on the roster evaluates a member (not themselves); results are tallies.
        api.MapPost("/party-spirit/evaluation/round", async (PartySpiritService service, CancellationToken ct) =>
            (await service.OpenEvaluationAsync(ct)).ToHttpResult());

        // 群众 without an account: codes per organization, answered on the host's public sheet (/evaluate/{code}/{round}).
        api.MapPost("/party-spirit/evaluation/codes", async (EvaluationCodesInput input, PartySpiritService service, CancellationToken ct) =>
            (await service.IssueCodesAsync(input, ct)).ToHttpResult())
            .WithSummary("One-time codes for the public to evaluate an organization's members on the public sheet without an account (path in the answer; only hashes are kept).");

        api.MapPost("/party-spirit/evaluation", async (EvaluationInput input, PartySpiritService service, CancellationToken ct) =>
            (await service.EvaluateAsync(input, ct)).ToHttpResult(_ => Results.NoContent()));

        api.MapGet("/party-spirit/evaluation", async (PartySpiritService service, CancellationToken ct) =>
            Results.Ok(await service.EvaluationResultsAsync(ct)))
            .WithSummary("The year's tallies per member: the caller's own, their subtree's, everyone's for the office and auditors.");
    }
}
