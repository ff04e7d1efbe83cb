using System.Runtime.CompilerServices;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.PartySpirit;

/// <summary>An organization's concentrated week; <paramref name="Version"/> the version read, when changing it.</summary>
public sealed record WeekInput(DateOnly? StartsOn, DateOnly? EndsOn, string? Note, int? Version);

/// <summary>A member's report: the caller's own unless a person is named.</summary>
public sealed record ReportInput(long? PersonId, string? Body);

/// <summary>The public's grade of a member (a key of <see cref="Scale.FourGrades"/>).</summary>
public sealed record EvaluationInput(long? PersonId, string? Grade);

/// <summary>A party organization's line: its week (and whether it ends before 七一) and its members' reports, on time or late.</summary>
public sealed record PartySpiritRow(long OrganizationId, string Name, DateOnly? WeekStarts, DateOnly? WeekEnds, bool WeekBeforeDeadline,
    int Members, int ReportsOnTime, int ReportsLate, int Missing);

/// <summary>A party committee's 党性教育周 as set.</summary>
public sealed record PartySpiritWeekSet(long OrganizationId, DateOnly StartsOn, DateOnly EndsOn, int Version);

/// <summary>A member's 党性分析 report as filed: its characters, the day it came and whether after the deadline.</summary>
public sealed record PartySpiritReportSubmitted(long Id, long PersonId, int CharacterCount, DateOnly SubmittedOn, bool Late);

/// <summary>党性教育's acts: an organization's concentrated week, members' reports, the public's evaluation. For the API and the demo.</summary>
public sealed class PartySpiritService(CountyDbContext db, ICountedTexts texts, IEvaluations evaluations, IRoster roster, ICurrentUser user, IOrganizationDirectory directory, CountyCampaign campaign)
{
    /// <summary>集中一周时间: at most partySpirit.weekDays days, ending before 七一 (on or before 06-30).</summary>
    public async Task<Result<PartySpiritWeekSet>> SetWeekAsync(long organizationId, WeekInput input, CancellationToken ct)
    {
        if ((await directory.TreeAsync(ct)).Find(organizationId) is not { } org || !OrganizationTree.IsPartyOrganization(org))
            return Refuse.NotFound(References.NoOrganization(organizationId));
        if (!await user.ManagesOrganizationAsync(organizationId, ct)) return Refuse.Forbidden();
        if (input.StartsOn is not { } starts) return Refuse.Field("startsOn", Text.Of("请填写集中学习开始日期。", "Give the first day of the week."));
        if (input.EndsOn is not { } ends) return Refuse.Field("endsOn", Text.Of("请填写集中学习结束日期。", "Give the last day of the week."));
        var rules = await campaign.RulesAsync(ct);
        if (ends < starts) return Refuse.Field("endsOn", Text.Of("结束日期不能早于开始日期。", "The last day cannot be before the first."));
        if (!PartySpiritRule.FitsTheWeek(starts, ends, rules))
            return Refuse.Field("endsOn", Text.Of($"集中时间为一周，不超过 {rules.PartySpiritWeekDays} 天。", $"The concentrated week is at most {rules.PartySpiritWeekDays} days."));
        if (!PartySpiritRule.OnTime(ends, rules))
            return Refuse.Field("endsOn", Text.Of($"党性分析须在“七一”前（{rules.PartySpiritLastDay:yyyy年M月d日}前，含当日）集中完成。",
                $"The analysis is done before 1 July (by {rules.PartySpiritLastDay:yyyy-MM-dd})."));
        var row = await db.PartySpiritWeeks.AsTracking().SingleOrDefaultAsync(w => w.OrganizationId == organizationId, ct);
        row = db.PartySpiritWeeks.Edit(row, input.Version, () => new PartySpiritWeek { OrganizationId = organizationId });
        if (row is null) return Refuse.Conflict();
        row.StartsOn = starts;
        row.EndsOn = ends;
        row.Note = Entered.Text(input.Note);
        return await db.TrySaveAsync(ct) ? Result.Ok(new PartySpiritWeekSet(row.OrganizationId, row.StartsOn, row.EndsOn, row.Version)) : Refuse.Conflict();
    }

    /// <summary>A member's report (the caller's own unless a person is named): one a year; after 七一 it is accepted and flagged late.</summary>
    public async Task<Result<PartySpiritReportSubmitted>> SubmitReportAsync(ReportInput input, CancellationToken ct)
    {
        var personId = input.PersonId ?? await user.PersonIdAsync(ct);
        if (personId is not { } id) return Refuse.Field("personId", Text.Of("请指明撰写报告的党员（本账号未关联党员）。", "Name the member (this account is not linked to the roster)."));
        if (await roster.FindAsync(id, ct) is null) return Refuse.Field("personId", References.NoPerson(id));
        if (!await user.MayActForPersonAsync(id, ct))
            return Refuse.Forbidden(Text.Of("只能为本人或所管理组织的党员提交报告。", "You submit reports for yourself or the members you manage."));
        if (Entered.Text(input.Body) is not { } body) return Refuse.Field("body", Text.Of("请填写党性分析报告内容。", "Write the report."));
        var rules = await campaign.RulesAsync(ct);
        var result = await texts.SubmitAsync(new CountedTextInput(PartySpiritFeature.ReportKind, id, rules.PartySpiritBefore, body,
            PeriodKey: PartySpiritRule.Period(rules), MinimumCharacters: rules.PartySpiritReportMinChars > 0 ? rules.PartySpiritReportMinChars : null, Title: "党性分析报告"), ct);
        if (!result.Succeeded) return Refuse.As(result);
        var submittedOn = campaign.LocalDay(result.Value!.SubmittedAt);
        return Result.Ok(new PartySpiritReportSubmitted(result.Value.Id, id, result.Value.CharacterCount, submittedOn, !PartySpiritRule.OnTime(submittedOn, rules)));
    }

    /// <summary>群众评议 is organized by the county office: it opens the year's anonymous round once.</summary>
    public async Task<Result<EvaluationRoundInfo>> OpenEvaluationAsync(CancellationToken ct) =>
        user.IsJurisdictionAdmin ? await RoundAsync(create: true, ct)
            : Refuse.Forbidden(Text.Of("群众评议由县创先争优活动领导小组办公室组织。", "The county office organizes the public evaluation."));

    /// <summary>Anyone on the roster (the caller's linked person) grades a member other than themselves, once.</summary>
    public async Task<Result<bool>> EvaluateAsync(EvaluationInput input, CancellationToken ct)
    {
        if (input.PersonId is not { } subject || await roster.FindAsync(subject, ct) is null) return Refuse.Field("personId", Text.Of("请选择被评议的党员。", "Choose the member you evaluate."));
        if (await user.PersonIdAsync(ct) is not { } respondent)
            return Refuse.Field("respondent", Text.Of("本账号未关联人员，不能参加评议。", "This account is not linked to the roster; it cannot evaluate."));
        if (respondent == subject) return Refuse.Field("personId", Text.Of("不能评议自己。", "You cannot evaluate yourself."));
        if (input.Grade is null || Scale.FourGrades.Options.All(o => o.Key != input.Grade))
            return Refuse.Field("grade", Text.Of("请选择评议等次：优秀、合格、基本合格或不合格。", "Choose a grade: excellent, qualified, basically qualified or unqualified."));
        var round = await RoundAsync(create: false, ct);
        if (!round.Succeeded) return Refuse.As(round);
        var answered = await evaluations.RespondAsync(new(round.Value!.Id, PartySpiritRule.Subject(subject), respondent,
            new Dictionary<string, string> { [PartySpiritFeature.EvaluationQuestion] = input.Grade }), ct);
        return answered.Succeeded ? Result.Ok(true) : Refuse.As(answered);
    }

    /// <summary>The round's tallies of the members the caller may read (their own; their subtree's; all for the office and auditors); none before the round is opened.</summary>
    public async Task<IReadOnlyList<SubjectResult>> EvaluationResultsAsync(CancellationToken ct)
    {
        var round = await RoundAsync(create: false, ct);
        if (!round.Succeeded) return [];
        var readable = new List<SubjectResult>();
        foreach (var result in await evaluations.ResultsAsync(round.Value!.Id, ct))
            if (PartySpiritRule.PersonOf(result.SubjectKey) is { } person && await user.MayReadPersonAsync(person, ct)) readable.Add(result);
        return readable;
    }

    private async Task<Result<EvaluationRoundInfo>> RoundAsync(bool create, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var key = PartySpiritRule.Period(rules);
        var existing = (await evaluations.ListRoundsAsync(PartySpiritFeature.EvaluationKind, ct)).FirstOrDefault(r => r.RoundKey == key);
        if (existing is not null) return Result<EvaluationRoundInfo>.Ok(existing);
        if (!create) return Refuse.Field("round", Text.Of("群众评议尚未开始。", "The public evaluation has not begun."));
        return await evaluations.CreateRoundAsync(new EvaluationRoundInput(PartySpiritFeature.EvaluationKind, key, new($"{key}年群众评议党员", $"{key} public evaluation of members"),
            [new EvaluationQuestion(PartySpiritFeature.EvaluationQuestion, new("对该党员的总体评价", "Overall"), Scale.FourGrades)],
            Anonymous: true, Closes: rules.PartySpiritLastDay), ct);
    }
}

/// <summary>
/// Per organization the caller sees: its concentrated week and its members' reports, on time or late, for the API, the page
/// and the ledger; and every member's report as the host's obligation (<see cref="PartySpiritFeature.Obligation"/>): due the
/// day before <c>partySpirit.before</c> (“七一前”, from the start of stage 2), met when it was submitted.
/// </summary>
public sealed class PartySpiritQuery(CountyDbContext db, IOrganizationDirectory directory, ICurrentUser user, IRoster roster, ICountedTexts texts, CountyCampaign campaign) : ICountyObligation
{
    public async Task<IReadOnlyList<PartySpiritRow>> RowsAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var visible = user.VisibleOrganizations(tree);
        var weeks = await db.PartySpiritWeeks.ToDictionaryAsync(w => w.OrganizationId, ct);
        var members = (await roster.MembersAsync(new RosterQuery(), ct)).ToLookup(m => m.OrganizationId);
        var reports = (await texts.ListAsync(new CountedTextQuery(PartySpiritFeature.ReportKind), ct)).ToDictionary(t => t.AuthorPersonId);
        var rows = new List<PartySpiritRow>();
        foreach (var org in tree.All.Where(o => visible.Contains(o.Id) && OrganizationTree.IsPartyOrganization(o)))
        {
            var own = members[org.Id].ToList();
            if (own.Count == 0 && !weeks.ContainsKey(org.Id)) continue;
            int onTime = 0, late = 0;
            foreach (var m in own)
                if (reports.GetValueOrDefault(m.Id) is { } r)
                {
                    if (PartySpiritRule.OnTime(campaign.LocalDay(r.SubmittedAt), rules)) onTime++; else late++;
                }
            var week = weeks.GetValueOrDefault(org.Id);
            rows.Add(new(org.Id, org.Name, week?.StartsOn, week?.EndsOn, week is not null && PartySpiritRule.OnTime(week.EndsOn, rules), own.Count, onTime, late, own.Count - onTime - late));
        }
        return rows;
    }

    ObligationType ICountyObligation.Type => PartySpiritFeature.Obligation;

    async IAsyncEnumerable<ObligationDue> ICountyObligation.DueAsync(IJurisdiction jurisdiction, CountyRules rules, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var due = rules.PartySpiritLastDay;
        if (due < from || due > to) yield break;
        var reports = (await texts.ListAsync(new CountedTextQuery(PartySpiritFeature.ReportKind), cancellationToken)).ToDictionary(t => t.AuthorPersonId);
        foreach (var member in await roster.MembersAsync(new RosterQuery(), cancellationToken))
        {
            var r = reports.GetValueOrDefault(member.Id);
            yield return new ObligationDue(PartySpiritFeature.Obligation.Key, ObligedKind.Person, member.Id, rules.Stages[1].Start, due)
            {
                MetAt = r?.SubmittedAt, RecordRef = r is null ? null : $"text:{r.Id}",
            };
        }
    }
}
