using Modular.Plugins.InstituteBranchPlan.LeadingGroup;
using Modular.Plugins.InstituteBranchPlan.PersonalPlans;

namespace Modular.Plugins.InstituteBranchPlan.Evaluation;

/// <summary>
/// A rating: the grade (an option of <see cref="Scale.FourGrades"/>) one gives a colleague (<paramref name="PersonId"/>); with a
/// code when given by the public; <paramref name="RaterId"/> when the branch enters a member's paper sheet for them.
/// </summary>
public sealed record EvaluationRatingInput(long? PersonId, string? Grade, string? Code = null, long? RaterId = null);

/// <summary>How many codes to hand out to the public for a round.</summary>
public sealed record EvaluationCodesInput(int Count);

/// <summary>
/// Codes just issued for a branch's round, for the printed slips: the round, the public answer sheet's path (the site's
/// address goes before it) and the codes, shown this once (only their hashes are kept).
/// </summary>
public sealed record CodeSlips(long BranchId, EvaluationPeriod Period, string Round, string Path, IReadOnlyList<string> Codes);

/// <summary>
/// A member's result in a round: the members' and the public's votes per grade (优秀/合格/基本合格/不合格) and marks, the
/// personal-plan score, the composite mark and the grade; live while the round is open, fixed once it closed.
/// </summary>
public sealed record MemberEvaluation(long PersonId, string Name, IReadOnlyList<int> MembersTally, decimal? MembersMark, IReadOnlyList<int> PublicTally,
    decimal? PublicMark, decimal? PlanScore, decimal? Composite, string? Grade, string GradeName)
{
    public int MembersRatings => MembersTally.Sum();
    public int PublicRatings => PublicTally.Sum();
}

/// <summary>A branch's round: open or not, closed or not, and every member's result (for those who run or see the branch).</summary>
public sealed record RoundView(long BranchId, string Branch, int Year, EvaluationPeriod Period, string PeriodName, DateOnly Closes, bool Opened, bool Closed,
    IReadOnlyList<MemberEvaluation> Lines)
{
    /// <summary>How many members reached each grade (优秀/合格/基本合格/不合格), for the chart.</summary>
    public IReadOnlyList<int> Grades => [.. Scale.FourGrades.Options.Select(o => Lines.Count(l => l.Grade == o.Key))];
}

/// <summary>A colleague the signed-in member rates in an open round, and whether they have rated them.</summary>
public sealed record Colleague(long PersonId, string Name, bool Rated);

/// <summary>The signed-in member's round: the colleagues to rate while it is open; their own result once it is closed.</summary>
public sealed record MyRound(long BranchId, string Branch, int Year, EvaluationPeriod Period, string PeriodName, DateOnly Closes, bool Closed,
    IReadOnlyList<Colleague> Colleagues, MemberEvaluation? Mine);

/// <summary>
/// 群众评议: the branch opens a round (half-year, year-end), hands out one-time codes to the public, closes it; members rate
/// their colleagues; closing fixes each member's composite grade (<see cref="EvaluationRule"/>). The rounds and the
/// ratings are the SDK's (<see cref="IEvaluations"/>): a named round for the members (shown only as tallies) and an
/// anonymous one for the public's codes.
/// </summary>
public sealed class EvaluationService(IEvaluations evaluations, IPledges pledges, IRoster roster, IOrganizationDirectory directory, ICurrentUser user,
    BranchOffice office, InstituteBranchPlanCampaign campaign, InstituteBranchPlanDbContext db)
{
    private static string Runs => Text.Of("只有党支部（领导小组）可以组织评议。", "Only the branch (its leading group) runs the evaluation.");

    public DateTime WallClock(DateTimeOffset at) => campaign.WallClock(at);

    /// <summary>The branch opens its round of the year: the members' and the public's SDK rounds are made.</summary>
    public async Task<Result<RoundView>> OpenAsync(long branchId, EvaluationPeriod period, CancellationToken ct)
    {
        if (await office.FindBranchAsync(branchId, ct) is not { } branch) return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        if (!await office.MayRunAsync(branchId, ct)) return Refuse.Forbidden(Runs);
        var rules = await campaign.RulesAsync(ct);
        var rounds = EvaluationRule.Rounds(rules);
        if (rounds.All(r => r.Period != period))
            return Refuse.Field("period", Text.Of("本年度不设半年评议（设置为仅年终评议）。", "This year has no half-year round (the settings hold the year-end one only)."));
        var closes = rounds.First(r => r.Period == period).Closes;
        if (await db.EvaluationRounds.AnyAsync(r => r.OrganizationId == branchId && r.Year == rules.Year && r.Period == period, ct))
            return Refuse.Conflict(Text.Of("本轮评议已开启。", "This round is open already."));
        if (!EvaluationRule.MayOpen(campaign.Today, closes))
            return Refuse.Field("period", Text.Of($"本轮评议应于 {closes:yyyy-MM-dd} 结束，已过期。", $"This round was to close on {closes:yyyy-MM-dd}; that day has passed."));
        var title = EvaluationRule.PeriodName(period);
        var members = await evaluations.CreateRoundAsync(new EvaluationRoundInput(EvaluationRule.Kind, EvaluationRule.RoundKey(rules.Year, period, branchId, false),
            new($"{rules.Year} 年{title.ZhCn}（{branch.Name}·党员）", $"{rules.Year} {title.En} ({branch.Name}, members)"), [EvaluationRule.Question], false, campaign.Today, closes), ct);
        if (!members.Succeeded) return Refuse.As(members);
        // The public answer without accounts, on the SDK's public sheet: it lists the branch's members as they are today.
        var subjects = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branchId }, ct)).OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new EvaluationSubject(EvaluationRule.SubjectKey(m.Id), new(m.Name, m.Name))).ToList();
        var @public = await evaluations.CreateRoundAsync(new EvaluationRoundInput(EvaluationRule.Kind, EvaluationRule.RoundKey(rules.Year, period, branchId, true),
            new($"{rules.Year} 年{title.ZhCn}（{branch.Name}·群众）", $"{rules.Year} {title.En} ({branch.Name}, the public)"), [EvaluationRule.Question], true, campaign.Today, closes,
            subjects), ct);
        if (!@public.Succeeded) return Refuse.As(@public);
        db.EvaluationRounds.Add(new EvaluationRoundRecord
        {
            OrganizationId = branchId, Year = rules.Year, Period = period, MembersRoundId = members.Value!.Id, PublicRoundId = @public.Value!.Id,
            Closes = closes, OpenedBy = user.DisplayName, OpenedAt = campaign.Now,
        });
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Created($"evaluation/branches/{branchId}/{period}", (await RoundAsync(branch, period, rules, ct))!);
    }

    /// <summary>One-time codes for the public (printed slips): each code rates each member once, anonymously, on the public sheet.</summary>
    public async Task<Result<CodeSlips>> IssueCodesAsync(long branchId, EvaluationPeriod period, EvaluationCodesInput input, CancellationToken ct)
    {
        var found = await OpenRoundAsync(branchId, period, ct);
        if (!found.Succeeded) return Refuse.As(found);
        if (!await office.MayRunAsync(branchId, ct)) return Refuse.Forbidden(Runs);
        var roundId = found.Value!.PublicRoundId;
        var codes = await evaluations.IssueCodesAsync(roundId, input.Count, ct);
        if (!codes.Succeeded) return Refuse.As(codes);
        var round = (await evaluations.FindRoundAsync(roundId, ct))!;
        return Result.Ok(new CodeSlips(branchId, period, round.Title.ToString(), PublicEvaluation.Path(campaign.Jurisdiction.Code, roundId), codes.Value!));
    }

    /// <summary>
    /// A rating: the signed-in member rates a colleague of their branch (named to the system, shown only as tallies), or,
    /// with a code, a member of the public rates a member (anonymous).
    /// </summary>
    public async Task<Result<bool>> RateAsync(long branchId, EvaluationPeriod period, EvaluationRatingInput input, CancellationToken ct)
    {
        var found = await OpenRoundAsync(branchId, period, ct);
        if (!found.Succeeded) return Refuse.As(found);
        var round = found.Value!;
        var members = (await roster.MembersAsync(new RosterQuery { SubtreeRootId = branchId }, ct)).Select(m => m.Id).ToHashSet();
        if (input.PersonId is not { } subject || !members.Contains(subject))
            return Refuse.Field("personId", Text.Of("请选择本支部的一名党员。", "Choose a member of the branch."));
        if (Scale.FourGrades.Options.All(o => o.Key != input.Grade))
            return Refuse.Field("grade", Text.Of("请选择优秀、合格、基本合格或不合格。", "Choose excellent, qualified, basically qualified or unqualified."));
        var answers = new Dictionary<string, string> { [EvaluationRule.Question.Key] = input.Grade! };
        if (Entered.Text(input.Code) is { } code)
            return await evaluations.RespondWithCodeAsync(round.PublicRoundId, code, EvaluationRule.SubjectKey(subject), answers, ct);
        var self = await user.PersonIdAsync(ct);
        if ((input.RaterId ?? self) is not { } me || !members.Contains(me))
            return input.RaterId is not null && await office.MayRunAsync(branchId, ct)
                ? Refuse.Field("raterId", Text.Of("评议人须是本支部党员。", "The rater is a member of the branch."))
                : Refuse.Forbidden(Text.Of("只有本支部党员可以评议；群众请使用评议码。", "Only the branch's members rate; the public use a code."));
        if (me != self && !await office.MayRunAsync(branchId, ct))
            return Refuse.Forbidden(Text.Of("只能以本人名义评议；代为录入纸质评议表须由党支部办理。", "Rate in your own name; the branch enters a member's paper sheet."));
        if (!EvaluationRule.MayRate(me, subject, members))
            return Refuse.Field("personId", Text.Of("不能评议自己。", "You do not rate yourself."));
        return await evaluations.RespondAsync(new EvaluationResponseInput(round.MembersRoundId, EvaluationRule.SubjectKey(subject), me, answers), ct);
    }

    /// <summary>The branch closes the round: each member's composite grade is computed and fixed; the SDK rounds close.</summary>
    public async Task<Result<RoundView>> CloseAsync(long branchId, EvaluationPeriod period, CancellationToken ct)
    {
        var found = await OpenRoundAsync(branchId, period, ct);
        if (!found.Succeeded) return Refuse.As(found);
        if (!await office.MayRunAsync(branchId, ct)) return Refuse.Forbidden(Runs);
        var round = found.Value!;
        var rules = await campaign.RulesAsync(ct);
        var branch = (await office.FindBranchAsync(branchId, ct))!;
        foreach (var line in await LiveLinesAsync(round, rules, ct))
            db.EvaluationResults.Add(new EvaluationResultRecord
            {
                OrganizationId = branchId, Year = round.Year, Period = period, PersonId = line.PersonId, Name = line.Name,
                MembersTally = string.Join(',', line.MembersTally), MembersMark = line.MembersMark, PublicTally = string.Join(',', line.PublicTally),
                PublicMark = line.PublicMark, PlanScore = line.PlanScore, Composite = line.Composite, Grade = line.Grade,
            });
        round.ClosedAt = campaign.Now;
        round.ClosedBy = user.DisplayName;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        await evaluations.CloseRoundAsync(round.MembersRoundId, ct);
        await evaluations.CloseRoundAsync(round.PublicRoundId, ct);
        return Result.Ok((await RoundAsync(branch, period, rules, ct))!);
    }

    /// <summary>Every round of the year of each branch the user sees (run or inspect), with every member's result.</summary>
    public async Task<IReadOnlyList<RoundView>> BranchesAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var result = new List<RoundView>();
        foreach (var branch in await office.BranchesSeenAsync(ct))
            foreach (var (period, _) in EvaluationRule.Rounds(rules))
                result.Add((await RoundAsync(branch, period, rules, ct))!);
        return result;
    }

    /// <summary>One branch's round (404 for a branch the user does not see).</summary>
    public async Task<Result<RoundView>> FindAsync(long branchId, EvaluationPeriod period, CancellationToken ct)
    {
        if (await office.FindBranchAsync(branchId, ct) is not { } branch || !await office.MaySeeAsync(branchId, ct)) return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        var rules = await campaign.RulesAsync(ct);
        return EvaluationRule.Rounds(rules).Any(r => r.Period == period) && await RoundAsync(branch, period, rules, ct) is { } view
            ? Result.Ok(view) : Refuse.NotFound(BranchOffice.NoBranch(branchId));
    }

    /// <summary>The signed-in member's rounds this year: colleagues to rate while open, their own grade once closed.</summary>
    public async Task<IReadOnlyList<MyRound>> MineAsync(CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) is not { } me || await roster.FindAsync(me, ct) is not { } person) return [];
        if (BranchOffice.BranchOf(await directory.TreeAsync(ct), person.OrganizationId) is not { } branch) return [];
        var rules = await campaign.RulesAsync(ct);
        var rounds = await db.EvaluationRounds.AsNoTracking().Where(r => r.OrganizationId == branch.Id && r.Year == rules.Year).ToListAsync(ct);
        var members = await roster.MembersAsync(new RosterQuery { SubtreeRootId = branch.Id }, ct);
        var mine = new List<MyRound>();
        foreach (var round in rounds.OrderBy(r => r.Period))
        {
            var colleagues = new List<Colleague>();
            if (!round.Closed)
                foreach (var m in members.Where(m => m.Id != me).OrderBy(m => m.Name, StringComparer.Ordinal))
                    colleagues.Add(new(m.Id, m.Name, await evaluations.HasAnsweredAsync(round.MembersRoundId, EvaluationRule.SubjectKey(m.Id), me, ct)));
            var own = round.Closed
                ? await db.EvaluationResults.AsNoTracking().FirstOrDefaultAsync(r => r.OrganizationId == branch.Id && r.Year == round.Year && r.Period == round.Period && r.PersonId == me, ct)
                : null;
            mine.Add(new(branch.Id, branch.Name, round.Year, round.Period, EvaluationRule.PeriodName(round.Period).ToString(), round.Closes, round.Closed, colleagues,
                own is null ? null : Fixed(own)));
        }
        return mine;
    }

    /// <summary>The year-end grades of the year, fixed by closed rounds: person → grade (for 评选表彰).</summary>
    public async Task<IReadOnlyDictionary<long, string?>> YearEndGradesAsync(int year, CancellationToken ct) =>
        await db.EvaluationResults.AsNoTracking().Where(r => r.Year == year && r.Period == EvaluationPeriod.YearEnd)
            .ToDictionaryAsync(r => r.PersonId, r => r.Grade, ct);

    private async Task<RoundView?> RoundAsync(OrganizationInfo branch, EvaluationPeriod period, InstituteRules rules, CancellationToken ct)
    {
        var closes = EvaluationRule.Rounds(rules).FirstOrDefault(r => r.Period == period).Closes;
        var round = await db.EvaluationRounds.AsNoTracking().FirstOrDefaultAsync(r => r.OrganizationId == branch.Id && r.Year == rules.Year && r.Period == period, ct);
        IReadOnlyList<MemberEvaluation> lines = round is null ? []
            : round.Closed
                ? [.. (await db.EvaluationResults.AsNoTracking().Where(r => r.OrganizationId == branch.Id && r.Year == round.Year && r.Period == period).ToListAsync(ct))
                    .OrderBy(r => r.Name, StringComparer.Ordinal).Select(Fixed)]
                : await LiveLinesAsync(round, rules, ct);
        return new(branch.Id, branch.Name, rules.Year, period, EvaluationRule.PeriodName(period).ToString(), round?.Closes ?? closes, round is not null,
            round?.Closed ?? false, lines);
    }

    /// <summary>An open round's lines as they stand and how many of them have a grade (the overview's bar).</summary>
    internal async Task<(int Lines, int Graded)> LiveCountsAsync(EvaluationRoundRecord round, InstituteRules rules, CancellationToken ct)
    {
        var lines = await LiveLinesAsync(round, rules, ct);
        return (lines.Count, lines.Count(l => l.Grade is not null));
    }

    /// <summary>Each member's result as it stands: the SDK's tallies, the personal plan's score, the composite by the rule.</summary>
    private async Task<IReadOnlyList<MemberEvaluation>> LiveLinesAsync(EvaluationRoundRecord round, InstituteRules rules, CancellationToken ct)
    {
        var members = await roster.MembersAsync(new RosterQuery { SubtreeRootId = round.OrganizationId }, ct);
        var byMembers = (await evaluations.ResultsAsync(round.MembersRoundId, ct)).ToDictionary(r => r.SubjectKey);
        var byPublic = (await evaluations.ResultsAsync(round.PublicRoundId, ct)).ToDictionary(r => r.SubjectKey);
        var plans = (await pledges.ListAsync(PersonalPlanRule.Kind, rules.PeriodKey, cancellationToken: ct)).ToDictionary(p => p.OwnerId);
        return [.. members.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m =>
        {
            var key = EvaluationRule.SubjectKey(m.Id);
            var (mTally, mAverage) = Tally(byMembers.GetValueOrDefault(key));
            var (pTally, pAverage) = Tally(byPublic.GetValueOrDefault(key));
            var plan = plans.GetValueOrDefault(m.Id)?.Score;
            var membersMark = EvaluationRule.Mark(mAverage);
            var publicMark = EvaluationRule.Mark(pAverage);
            var composite = EvaluationRule.Composite(rules.Evaluation, membersMark, publicMark, plan);
            var grade = EvaluationRule.Grade(rules.Evaluation, composite);
            return new MemberEvaluation(m.Id, m.Name, mTally, membersMark, pTally, publicMark, plan, composite, grade, EvaluationRule.GradeName(grade).ToString());
        })];
    }

    private static (IReadOnlyList<int> Tally, decimal? Average) Tally(SubjectResult? result)
    {
        var question = result?.Questions.FirstOrDefault(q => q.QuestionKey == EvaluationRule.Question.Key);
        if (question is null || question.Responses == 0) return ([0, 0, 0, 0], null);
        return ([.. Scale.FourGrades.Options.Select(o => question.Distribution.FirstOrDefault(d => d.OptionKey == o.Key)?.Count ?? 0)], question.AverageScore);
    }

    private static MemberEvaluation Fixed(EvaluationResultRecord r) => new(r.PersonId, r.Name, Counts(r.MembersTally), r.MembersMark, Counts(r.PublicTally),
        r.PublicMark, r.PlanScore, r.Composite, r.Grade, EvaluationRule.GradeName(r.Grade).ToString());

    private static IReadOnlyList<int> Counts(string tally) => [.. tally.Split(',').Select(int.Parse)];

    private async Task<Result<EvaluationRoundRecord>> OpenRoundAsync(long branchId, EvaluationPeriod period, CancellationToken ct)
    {
        if (await office.FindBranchAsync(branchId, ct) is null) return Refuse.NotFound(BranchOffice.NoBranch(branchId));
        var rules = await campaign.RulesAsync(ct);
        var round = await db.EvaluationRounds.AsTracking().FirstOrDefaultAsync(r => r.OrganizationId == branchId && r.Year == rules.Year && r.Period == period, ct);
        if (round is null) return Refuse.Field("period", Text.Of("本轮评议尚未开启。", "This round is not open."));
        if (round.Closed) return Refuse.Conflict(Text.Of("本轮评议已结束，结果已确定。", "This round is closed; its results are fixed."));
        return Result.Ok(round);
    }
}
