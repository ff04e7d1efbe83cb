using System.Runtime.CompilerServices;
using Modular.Plugins.CountyFiveActivities.Common;

namespace Modular.Plugins.CountyFiveActivities.PartySpirit;

/// <summary>An organization's concentrated week; <paramref name="Version"/> the version read, when changing it.</summary>
public sealed record WeekInput(DateOnly? StartsOn, DateOnly? EndsOn, string? Note, int? Version);

/// <summary>A member's report: the caller's own unless a person is named.</summary>
public sealed record ReportInput(long? PersonId, string? Body);

/// <summary>The public's grade of a member (a key of <see cref="Scale.FourGrades"/>).</summary>
public sealed record EvaluationInput(long? PersonId, string? Grade);

/// <summary>How many codes to hand out for an organization's round.</summary>
public sealed record EvaluationCodesInput(long? OrganizationId, int? Count);

/// <summary>The year's rounds: opened now, and open in all; they close on <paramref name="Closes"/>.</summary>
public sealed record EvaluationOpened(string Year, DateOnly Closes, int Opened, int Rounds);

/// <summary>Codes just issued (shown once) and the public sheet's path to print beside them.</summary>
public sealed record EvaluationCodes(long OrganizationId, string OrganizationName, long RoundId, string Path, DateOnly Closes, IReadOnlyList<string> Codes);

/// <summary>
/// A party organization's line: its week (and whether it ends before 七一), its members, those who owe a report (serving, or
/// not given: <paramref name="EmploymentNotGiven"/>), and the owed reports on time, late and missing.
/// </summary>
public sealed record PartySpiritRow(long OrganizationId, string Name, DateOnly? WeekStarts, DateOnly? WeekEnds, bool WeekBeforeDeadline,
    int Members, int ReportsOnTime, int ReportsLate, int Missing)
{
    public int Owing { get; init; }
    public int EmploymentNotGiven { get; init; }
}

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

    /// <summary>
    /// 群众评议 is organized by the county office: it opens the year's anonymous rounds once, one per party organization with
    /// members (its members the subjects, so the public sheet lists them), closing on the last day before 七一.
    /// </summary>
    public async Task<Result<EvaluationOpened>> OpenEvaluationAsync(CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return Refuse.Forbidden(Text.Of("群众评议由县创先争优活动领导小组办公室组织。", "The county office organizes the public evaluation."));
        var rules = await campaign.RulesAsync(ct);
        if (PartySpiritRule.EvaluationClosed(campaign.Today, rules)) return Closed(rules);
        var tree = await directory.TreeAsync(ct);
        var members = (await roster.MembersAsync(new RosterQuery(), ct)).ToLookup(m => m.OrganizationId);
        var existing = (await evaluations.ListRoundsAsync(PartySpiritFeature.EvaluationKind, ct)).Select(r => r.RoundKey).ToHashSet(StringComparer.Ordinal);
        var opened = 0;
        foreach (var org in tree.All.Where(o => OrganizationTree.IsPartyOrganization(o) && members[o.Id].Any()))
        {
            var key = PartySpiritRule.RoundKey(rules, org.Id);
            if (existing.Contains(key)) continue;
            var year = PartySpiritRule.Period(rules);
            var created = await evaluations.CreateRoundAsync(new EvaluationRoundInput(PartySpiritFeature.EvaluationKind, key,
                new($"{year}年{org.Name}群众评议党员", $"{year} public evaluation of the members of {org.Name}"),
                [new EvaluationQuestion(PartySpiritFeature.EvaluationQuestion, new("对该党员的总体评价", "Overall"), Scale.FourGrades)],
                Anonymous: true, Closes: rules.PartySpiritLastDay,
                Subjects: [.. members[org.Id].OrderBy(m => m.Id).Select(m => new EvaluationSubject(PartySpiritRule.Subject(m.Id), new(m.Name, m.Name)))]), ct);
            if (!created.Succeeded) return Refuse.As(created);
            opened++;
        }
        return Result.Ok(new EvaluationOpened(PartySpiritRule.Period(rules), rules.PartySpiritLastDay, opened, existing.Count + opened));
    }

    /// <summary>
    /// Anyone on the roster (the caller's linked person) grades a member other than themselves, once, up to the closing day
    /// (the last day before 七一); the public answer with a code on the public sheet (<see cref="IssueCodesAsync"/>).
    /// </summary>
    public async Task<Result<bool>> EvaluateAsync(EvaluationInput input, CancellationToken ct)
    {
        if (input.PersonId is not { } subject || await roster.FindAsync(subject, ct) is not { } person) return Refuse.Field("personId", Text.Of("请选择被评议的党员。", "Choose the member you evaluate."));
        if (await user.PersonIdAsync(ct) is not { } respondent)
            return Refuse.Field("respondent", Text.Of("本账号未关联人员，不能参加评议；群众请使用评议码在公开评议页评议。", "This account is not linked to the roster; the public use a code on the public sheet."));
        if (respondent == subject) return Refuse.Field("personId", Text.Of("不能评议自己。", "You cannot evaluate yourself."));
        if (input.Grade is null || Scale.FourGrades.Options.All(o => o.Key != input.Grade))
            return Refuse.Field("grade", Text.Of("请选择评议等次：优秀、合格、基本合格或不合格。", "Choose a grade: excellent, qualified, basically qualified or unqualified."));
        var rules = await campaign.RulesAsync(ct);
        var round = await RoundOfAsync(person.OrganizationId, rules, ct);
        if (!round.Succeeded) return Refuse.As(round);
        if (PartySpiritRule.EvaluationClosed(campaign.Today, rules)) return Closed(rules);
        var answered = await evaluations.RespondAsync(new(round.Value!.Id, PartySpiritRule.Subject(subject), respondent,
            new Dictionary<string, string> { [PartySpiritFeature.EvaluationQuestion] = input.Grade }), ct);
        return answered.Succeeded ? Result.Ok(true) : Refuse.As(answered);
    }

    /// <summary>
    /// One-time codes for the public (群众, no account) to evaluate an organization's members on the public sheet
    /// (<see cref="PublicEvaluation.Path"/>); issued by whoever manages the organization, before the round closes. Only the
    /// codes' hashes are kept: print them now.
    /// </summary>
    public async Task<Result<EvaluationCodes>> IssueCodesAsync(EvaluationCodesInput input, CancellationToken ct)
    {
        if (input.OrganizationId is not { } organizationId || (await directory.TreeAsync(ct)).Find(organizationId) is not { } org || !OrganizationTree.IsPartyOrganization(org))
            return Refuse.Field("organizationId", Text.Of("请选择党组织。", "Choose the organization."));
        if (!await user.ManagesOrganizationAsync(organizationId, ct))
            return await user.MaySeeOrganizationAsync(organizationId, ct) || (await user.PersonAsync(roster, ct))?.OrganizationId == organizationId ? Refuse.Forbidden(Text.Of("评议码由本党组织或上级发放。", "The organization or a level above hands out the codes.")) : Refuse.NotFound(References.NoOrganization(organizationId));
        if (input.Count is not (>= 1 and <= PartySpiritRule.MaxCodes))
            return Refuse.Field("count", Text.Of($"一次发放 1 至 {PartySpiritRule.MaxCodes} 个评议码。", $"Issue 1 to {PartySpiritRule.MaxCodes} codes at a time."));
        var rules = await campaign.RulesAsync(ct);
        var round = await RoundOfAsync(organizationId, rules, ct);
        if (!round.Succeeded) return Refuse.As(round);
        if (PartySpiritRule.EvaluationClosed(campaign.Today, rules)) return Closed(rules);
        var codes = await evaluations.IssueCodesAsync(round.Value!.Id, input.Count.Value, ct);
        if (!codes.Succeeded) return Refuse.As(codes);
        return Result.Ok(new EvaluationCodes(organizationId, org.Name, round.Value.Id, PublicEvaluation.Path(campaign.Jurisdiction.Code, round.Value.Id), rules.PartySpiritLastDay, codes.Value!));
    }

    /// <summary>The rounds' tallies of the members the caller may read (their own; their subtree's; all for the office and auditors); none before the rounds are opened.</summary>
    public async Task<IReadOnlyList<SubjectResult>> EvaluationResultsAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var readable = new List<SubjectResult>();
        foreach (var round in (await evaluations.ListRoundsAsync(PartySpiritFeature.EvaluationKind, ct)).Where(r => PartySpiritRule.OfYear(r.RoundKey, rules)))
            foreach (var result in await evaluations.ResultsAsync(round.Id, ct))
                if (PartySpiritRule.PersonOf(result.SubjectKey) is { } person && await user.MayReadPersonAsync(person, ct)) readable.Add(result);
        return readable;
    }

    /// <summary>The year's rounds of the organizations whose members the caller manages: for the page's codes form.</summary>
    public async Task<IReadOnlyList<(long OrganizationId, string Name, long RoundId)>> CodeRoundsAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var tree = await directory.TreeAsync(ct);
        var result = new List<(long, string, long)>();
        foreach (var round in await evaluations.ListRoundsAsync(PartySpiritFeature.EvaluationKind, ct))
            if (PartySpiritRule.OrganizationOf(round.RoundKey, rules) is { } id && tree.Find(id) is { } org && await user.ManagesOrganizationAsync(id, ct))
                result.Add((id, org.Name, round.Id));
        return [.. result.OrderBy(r => r.Item2)];
    }

    private async Task<Result<EvaluationRoundInfo>> RoundOfAsync(long organizationId, CountyRules rules, CancellationToken ct)
    {
        var key = PartySpiritRule.RoundKey(rules, organizationId);
        return (await evaluations.ListRoundsAsync(PartySpiritFeature.EvaluationKind, ct)).FirstOrDefault(r => r.RoundKey == key) is { } round
            ? Result<EvaluationRoundInfo>.Ok(round)
            : Refuse.Field("round", Text.Of("群众评议尚未开始。", "The public evaluation has not begun."));
    }

    private static Refusal Closed(CountyRules rules) => Refuse.Field("date", Text.Of($"群众评议已于 {rules.PartySpiritLastDay:yyyy年M月d日}（“七一”前）截止。",
        $"The public evaluation closed on {rules.PartySpiritLastDay:yyyy-MM-dd} (before 1 July)."));
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
        var reports = (await texts.TallyAsync(new CountedTextQuery(PartySpiritFeature.ReportKind), ct)).ToDictionary(t => t.AuthorPersonId);
        var rows = new List<PartySpiritRow>();
        foreach (var org in tree.All.Where(o => visible.Contains(o.Id) && OrganizationTree.IsPartyOrganization(o)))
        {
            var all = members[org.Id].ToList();
            if (all.Count == 0 && !weeks.ContainsKey(org.Id)) continue;
            var own = all.Where(PartySpiritRule.OwesReport).ToList();
            int onTime = 0, late = 0;
            foreach (var m in own)
                if (reports.GetValueOrDefault(m.Id) is { } r)
                {
                    if (PartySpiritRule.OnTime(campaign.LocalDay(r.FirstSubmittedAt), rules)) onTime++; else late++;
                }
            var week = weeks.GetValueOrDefault(org.Id);
            rows.Add(new(org.Id, org.Name, week?.StartsOn, week?.EndsOn, week is not null && PartySpiritRule.OnTime(week.EndsOn, rules), all.Count, onTime, late, own.Count - onTime - late)
            {
                Owing = own.Count, EmploymentNotGiven = all.Count(m => m.Employment == EmploymentStatus.Unspecified),
            });
        }
        return rows;
    }

    ObligationType ICountyObligation.Type => PartySpiritFeature.Obligation;

    async IAsyncEnumerable<ObligationDue> ICountyObligation.DueAsync(IJurisdiction jurisdiction, CountyRules rules, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var due = rules.PartySpiritLastDay;
        if (due < from || due > to) yield break;
        var reports = (await texts.ListAsync(new CountedTextQuery(PartySpiritFeature.ReportKind) { WithoutBody = true }, cancellationToken)).ToDictionary(t => t.AuthorPersonId);
        foreach (var member in (await roster.MembersAsync(new RosterQuery(), cancellationToken)).Where(PartySpiritRule.OwesReport))
        {
            var r = reports.GetValueOrDefault(member.Id);
            yield return new ObligationDue(PartySpiritFeature.Obligation.Key, ObligedKind.Person, member.Id, rules.Stages[1].Start, due)
            {
                MetAt = r?.SubmittedAt, RecordRef = r is null ? null : $"text:{r.Id}",
            };
        }
    }
}
