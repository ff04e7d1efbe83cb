using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;

namespace Modular.Plugins.CountyFiveActivities.Activities;

/// <summary>
/// 五项活动之一 “党性教育”: 在“七一”前集中一周时间 (partySpirit.before, partySpirit.weekDays) 组织党员进行
/// 一次党性分析; 在职党员撰写党性分析报告 (a counted text per member); 组织群众对党员进行评议 (an
/// anonymous evaluation round: no answer rows, tallies only).
/// </summary>
public static class PartySpiritFeature
{
    public static readonly BlockKind ReportKind = new(CountyStartup.PluginId, "party-spirit-report");
    public static readonly BlockKind EvaluationKind = new(CountyStartup.PluginId, "public-evaluation");
    public const string EvaluationQuestion = "overall";

    public sealed record WeekInput(DateOnly? StartsOn, DateOnly? EndsOn, string? Note, int? Version);
    public sealed record ReportInput(long? PersonId, string? Body);
    public sealed record EvaluationInput(long? PersonId, string? Grade);

    public sealed record OrganizationRow(long OrganizationId, string Name, DateOnly? WeekStarts, DateOnly? WeekEnds, bool WeekBeforeDeadline,
        int Members, int ReportsOnTime, int ReportsLate, int Missing);

    public static void Register(IPluginBuilder plugin)
    {
        plugin.AddLedger<PartySpiritQuery>("party-spirit", new("党性分析台账", "Party-spirit analysis"), async (s, q, ct) => Result.Ok(Ledger(await s.RowsAsync(ct))));
        plugin.Services.AddScoped<PartySpiritQuery>();
        plugin.Services.AddScoped<PartySpiritService>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/party-spirit/weeks/{organizationId:long}", async (long organizationId, WeekInput input, PartySpiritService service, CancellationToken ct) =>
            (await service.SetWeekAsync(organizationId, input, ct)).ToHttpResult());

        // A member writes their own report; an officer may enter one for a member of their subtree.
        api.MapPost("/party-spirit/reports", async (ReportInput input, PartySpiritService service, CancellationToken ct) =>
            (await service.SubmitReportAsync(input, ct)).ToHttpResult());

        api.MapGet("/party-spirit", async (PartySpiritQuery query, CancellationToken ct) => Results.Ok(await query.RowsAsync(ct)));

        // 群众评议: the office opens the round once; anyone on the roster evaluates a member (not themselves); results are tallies.
        api.MapPost("/party-spirit/evaluation/round", async (PartySpiritService service, CancellationToken ct) =>
            (await service.OpenEvaluationAsync(ct)).ToHttpResult());

        api.MapPost("/party-spirit/evaluation", async (EvaluationInput input, PartySpiritService service, CancellationToken ct) =>
            (await service.EvaluateAsync(input, ct)).ToHttpResult(_ => Results.NoContent()));

        api.MapGet("/party-spirit/evaluation", async (PartySpiritService service, CancellationToken ct) =>
            Results.Ok(await service.EvaluationResultsAsync(ct)))
            .WithSummary("The year's tallies per member: the caller's own, their subtree's, everyone's for the office and auditors.");
    }

    /// <summary>党性分析台账: one row per party organization.</summary>
    public static LedgerDefinition Ledger(IReadOnlyList<OrganizationRow> rows) => new("党性分析台账",
        [new("党组织", Width: 24), new("集中开始", LedgerColumnType.Date), new("集中结束", LedgerColumnType.Date), new("七一前完成", LedgerColumnType.Boolean),
         new("党员", LedgerColumnType.Integer), new("报告按时", LedgerColumnType.Integer), new("报告逾期", LedgerColumnType.Integer), new("未交", LedgerColumnType.Integer)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.WeekStarts, r.WeekEnds, r.WeekBeforeDeadline, r.Members, r.ReportsOnTime, r.ReportsLate, r.Missing])]);

    public static string Subject(long personId) => $"person:{personId}";

    /// <summary>The member a subject key names, or null.</summary>
    public static long? PersonOf(string subjectKey) =>
        subjectKey.StartsWith("person:", StringComparison.Ordinal) && long.TryParse(subjectKey["person:".Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string ReportPeriod(CountyRules rules) => rules.PartySpiritBefore.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Per organization: its concentrated week and its members' reports, on time or late.</summary>
public sealed class PartySpiritQuery(CountyDbContext db, IOrganizationDirectory directory, ICurrentUser user, IRoster roster, ICountedTexts texts, CountyCampaign campaign)
{
    public async Task<IReadOnlyList<PartySpiritFeature.OrganizationRow>> RowsAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var weeks = await db.PartySpiritWeeks.ToDictionaryAsync(w => w.OrganizationId, ct);
        var members = (await roster.MembersAsync(new RosterQuery(), ct)).ToLookup(m => m.OrganizationId);
        var reports = (await texts.ListAsync(new CountedTextQuery(PartySpiritFeature.ReportKind), ct)).ToDictionary(t => t.AuthorPersonId);
        var rows = new List<PartySpiritFeature.OrganizationRow>();
        foreach (var org in tree.All.Where(o => visible.Contains(o.Id) && OrganizationTree.IsPartyOrganization(o)))
        {
            var own = members[org.Id].ToList();
            if (own.Count == 0 && !weeks.ContainsKey(org.Id)) continue;
            int onTime = 0, late = 0;
            foreach (var m in own)
                if (reports.GetValueOrDefault(m.Id) is { } r)
                {
                    if (rules.BeforePartySpiritDeadline(campaign.LocalDay(r.SubmittedAt))) onTime++; else late++;
                }
            var week = weeks.GetValueOrDefault(org.Id);
            rows.Add(new(org.Id, org.Name, week?.StartsOn, week?.EndsOn, week is not null && rules.BeforePartySpiritDeadline(week.EndsOn), own.Count, onTime, late, own.Count - onTime - late));
        }
        return rows;
    }
}
