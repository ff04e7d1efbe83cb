using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Plugins.CountyFiveActivities.Common;
using Modular.Plugins.CountyFiveActivities.Data;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

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

    public static void Register(IPluginBuilder plugin) => plugin.Services.AddScoped<PartySpiritQuery>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/party-spirit/weeks/{organizationId:long}", async (long organizationId, WeekInput input, CountyDbContext db, CountyAccess access, CountyTree tree, CountyCampaign campaign, CancellationToken ct) =>
        {
            if (await tree.FindAsync(organizationId, ct) is not { } org || !CountyTree.IsPartyOrganization(org)) return CountyApi.NotFound("党组织");
            if (!await access.ManagesAsync(organizationId, ct)) return CountyApi.Forbidden();
            if (input.StartsOn is not { } starts) return CountyApi.Refused("startsOn", "请填写集中学习开始日期。");
            if (input.EndsOn is not { } ends) return CountyApi.Refused("endsOn", "请填写集中学习结束日期。");
            var rules = await campaign.RulesAsync(ct);
            if (ends < starts) return CountyApi.Refused("endsOn", "结束日期不能早于开始日期。");
            if (ends.DayNumber - starts.DayNumber + 1 > rules.PartySpiritWeekDays)
                return CountyApi.Refused("endsOn", $"集中时间为一周，不超过 {rules.PartySpiritWeekDays} 天。");
            if (!rules.BeforePartySpiritDeadline(ends))
                return CountyApi.Refused("endsOn", $"党性分析须在 {rules.PartySpiritBefore:yyyy年M月d日}（“七一”）前集中完成。");
            var row = await db.PartySpiritWeeks.AsTracking().SingleOrDefaultAsync(w => w.OrganizationId == organizationId, ct);
            if (row is null)
            {
                if (input.Version is not null) return CountyApi.Conflict();
                db.PartySpiritWeeks.Add(row = new PartySpiritWeek { OrganizationId = organizationId, Version = 1 });
            }
            else
            {
                if (input.Version != row.Version) return CountyApi.Conflict();
                row.Version++;
            }
            row.StartsOn = starts;
            row.EndsOn = ends;
            row.Note = CountyApi.Required(input.Note);
            return await CountyApi.SaveAsync(db, ct) ?? Results.Ok(new { row.OrganizationId, row.StartsOn, row.EndsOn, row.Version });
        });

        // A member writes their own report; an officer may enter one for a member of their subtree.
        api.MapPost("/party-spirit/reports", async (ReportInput input, ICountedTexts texts, CountyAccess access, CountyCampaign campaign, CancellationToken ct) =>
        {
            var personId = input.PersonId ?? await access.User.PersonIdAsync(ct);
            if (personId is not { } id) return CountyApi.Refused("personId", "请指明撰写报告的党员（本账号未关联党员）。");
            if (!await access.MayActForAsync(id, ct)) return CountyApi.Forbidden("只能为本人或所管理组织的党员提交报告。");
            if (CountyApi.Required(input.Body) is not { } body) return CountyApi.Refused("body", "请填写党性分析报告内容。");
            var rules = await campaign.RulesAsync(ct);
            var result = await texts.SubmitAsync(new CountedTextInput(ReportKind, id, rules.PartySpiritBefore, body,
                PeriodKey: ReportPeriod(rules), MinimumCharacters: rules.PartySpiritReportMinChars > 0 ? rules.PartySpiritReportMinChars : null, Title: "党性分析报告"), ct);
            if (!result.Succeeded) return CountyApi.From(result);
            var submittedOn = campaign.LocalDay(result.Value!.SubmittedAt);
            return Results.Ok(new { result.Value.Id, personId = id, result.Value.CharacterCount, submittedOn, late = !rules.BeforePartySpiritDeadline(submittedOn) });
        });

        api.MapGet("/party-spirit", async (PartySpiritQuery query, CancellationToken ct) => Results.Ok(await query.RowsAsync(ct)));

        api.MapGet("/party-spirit/ledger", async (string? format, PartySpiritQuery query, CancellationToken ct) =>
        {
            var rows = await query.RowsAsync(ct);
            return Results.Extensions.Ledger(new LedgerDefinition("党性分析台账",
                [new("党组织", Width: 24), new("集中开始", LedgerColumnType.Date), new("集中结束", LedgerColumnType.Date), new("七一前完成", LedgerColumnType.Boolean),
                 new("党员", LedgerColumnType.Integer), new("报告按时", LedgerColumnType.Integer), new("报告逾期", LedgerColumnType.Integer), new("未交", LedgerColumnType.Integer)],
                [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.WeekStarts, r.WeekEnds, r.WeekBeforeDeadline, r.Members, r.ReportsOnTime, r.ReportsLate, r.Missing])]), CountyApi.Format(format));
        });

        // 群众评议: the office opens the round once; anyone on the roster evaluates a member (not themselves); results are tallies.
        api.MapPost("/party-spirit/evaluation/round", async (IEvaluations evaluations, CountyAccess access, CountyCampaign campaign, CancellationToken ct) =>
        {
            if (!access.IsOffice) return CountyApi.Forbidden("群众评议由县创先争优活动领导小组办公室组织。");
            return CountyApi.From(await RoundAsync(evaluations, campaign, create: true, ct));
        });

        api.MapPost("/party-spirit/evaluation", async (EvaluationInput input, IEvaluations evaluations, IRoster roster, CountyAccess access, CountyCampaign campaign, CancellationToken ct) =>
        {
            if (input.PersonId is not { } subject || await roster.FindAsync(subject, ct) is null) return CountyApi.Refused("personId", "请选择被评议的党员。");
            if (await access.User.PersonIdAsync(ct) is not { } respondent) return CountyApi.Refused("respondent", "本账号未关联人员，不能参加评议。");
            if (respondent == subject) return CountyApi.Refused("personId", "不能评议自己。");
            if (input.Grade is null || Scale.FourGrades.Options.All(o => o.Key != input.Grade)) return CountyApi.Refused("grade", "请选择评议等次：优秀、合格、基本合格或不合格。");
            var round = await RoundAsync(evaluations, campaign, create: false, ct);
            if (!round.Succeeded) return CountyApi.From(round);
            var answered = await evaluations.RespondAsync(new(round.Value!.Id, Subject(subject), respondent, new Dictionary<string, string> { [EvaluationQuestion] = input.Grade }), ct);
            return answered.Succeeded ? Results.NoContent() : CountyApi.From(answered);
        });

        api.MapGet("/party-spirit/evaluation", async (IEvaluations evaluations, CountyCampaign campaign, CancellationToken ct) =>
        {
            var round = await RoundAsync(evaluations, campaign, create: false, ct);
            if (!round.Succeeded) return Results.Ok(Array.Empty<SubjectResult>());
            return Results.Ok(await evaluations.ResultsAsync(round.Value!.Id, ct));
        });
    }

    public static string Subject(long personId) => $"person:{personId}";

    public static string ReportPeriod(CountyRules rules) => rules.PartySpiritBefore.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<BlockResult<EvaluationRoundInfo>> RoundAsync(IEvaluations evaluations, CountyCampaign campaign, bool create, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var key = ReportPeriod(rules);
        var existing = (await evaluations.ListRoundsAsync(EvaluationKind, ct)).FirstOrDefault(r => r.RoundKey == key);
        if (existing is not null) return BlockResult<EvaluationRoundInfo>.Ok(existing);
        if (!create) return BlockResult<EvaluationRoundInfo>.Refused("round", "群众评议尚未开始。");
        return await evaluations.CreateRoundAsync(new EvaluationRoundInput(EvaluationKind, key, new($"{key}年群众评议党员", $"{key} public evaluation of members"),
            [new EvaluationQuestion(EvaluationQuestion, new("对该党员的总体评价", "Overall"), Scale.FourGrades)], Anonymous: true, Closes: rules.PartySpiritBefore.AddDays(-1)), ct);
    }
}

/// <summary>Per organization: its concentrated week and its members' reports, on time or late.</summary>
public sealed class PartySpiritQuery(CountyDbContext db, CountyTree tree, CountyAccess access, IRoster roster, ICountedTexts texts, CountyCampaign campaign)
{
    public async Task<IReadOnlyList<PartySpiritFeature.OrganizationRow>> RowsAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var visible = await access.VisibleOrganizationsAsync(ct);
        var weeks = await db.PartySpiritWeeks.ToDictionaryAsync(w => w.OrganizationId, ct);
        var members = (await roster.MembersAsync(new RosterQuery(), ct)).ToLookup(m => m.OrganizationId);
        var reports = (await texts.ListAsync(new CountedTextQuery(PartySpiritFeature.ReportKind), ct)).ToDictionary(t => t.AuthorPersonId);
        var rows = new List<PartySpiritFeature.OrganizationRow>();
        foreach (var org in (await tree.AllAsync(ct)).Where(o => visible.Contains(o.Id) && CountyTree.IsPartyOrganization(o)))
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
