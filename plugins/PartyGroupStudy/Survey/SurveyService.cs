using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.Survey;

/// <summary>Who evaluates and when answers are taken (default: from today to the stage's end).</summary>
public sealed record SurveyInput(int Stage2Evaluators, int Raisers, DateOnly? Opens = null, DateOnly? Closes = null);

/// <summary>Paper sheets counted by the office: question key → option key → how many chose it.</summary>
public sealed record PaperTallyInput(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts);

/// <summary>Codes printed on slips for evaluators without an account, and where they answer.</summary>
public sealed record SurveyCodes(long RoundId, string Path, IReadOnlyList<string> Codes);

public sealed record OptionView(string Key, string Label, int Count, decimal Share);
public sealed record QuestionView(string Key, string Prompt, int Responses, IReadOnlyList<OptionView> Options)
{
    /// <summary>满意 and 基本满意 together, the share the public is at least basically satisfied.</summary>
    public decimal SatisfiedShare => Options.Where(o => o.Key != "dissatisfied").Sum(o => o.Share);
}

/// <summary>
/// The survey as the user reads it; <see cref="Results"/> is empty for a member until the result is published.
/// </summary>
public sealed record SurveyView(long RoundId, string Title, string PublicPath, DateOnly? Opens, DateOnly? Closes, int Stage2Evaluators, int Raisers, int Evaluators,
    int CodesIssued, DateOnly? PublishedOn, IReadOnlyList<QuestionView> Results, int Version);

/// <summary>四(三)3 群众满意度测评: the office sets up the round and who evaluates, hands out codes, adds paper sheets, and publishes the result.</summary>
public sealed class SurveyService(PartyGroupStudyDbContext db, IEvaluations evaluations, GroupOffice office, ICurrentUser user, PartyGroupStudyCampaign campaign)
{
    public static readonly BlockKind Kind = new(PartyGroupStudyStartup.PluginId, "satisfaction-survey");

    private static string NoSurvey => Text.Of("还没有设立满意度测评。", "The satisfaction survey is not set up yet.");

    /// <summary>The survey, or null before it is set up; 403 for who is not of the group.</summary>
    public async Task<Result<SurveyView?>> GetAsync(CancellationToken ct)
    {
        if (!await office.MayReadGroupAsync(ct)) return Refuse.Forbidden(Text.Of("只有党组成员和领导小组办公室可以查看满意度测评。", "Only the party group's members and the office may read the survey."));
        return Result.Ok(await db.SatisfactionSurveys.SingleOrDefaultAsync(ct) is { } record ? await ViewAsync(record, await office.MaySeeAllAsync(ct), ct) : null);
    }

    /// <summary>Sets up the anonymous round, once: the document's two questions, the evaluators' numbers (the raisers' share checked).</summary>
    public async Task<Result<SurveyView>> CreateAsync(SurveyInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var rules = await campaign.RulesAsync(ct);
        var (opens, closes) = (input.Opens ?? campaign.Today, input.Closes ?? rules.Rectify.End);
        var errors = SurveyRule.Problems(rules, campaign.Today, input.Stage2Evaluators, input.Raisers, opens, closes);
        if (errors.Count > 0) return Refuse.Fields(errors);
        if (await db.SatisfactionSurveys.AnyAsync(ct)) return Refuse.Conflict(Text.Of("满意度测评已经设立。", "The survey is set up already."));
        var group = await office.GroupAsync(ct);
        var round = await evaluations.CreateRoundAsync(new EvaluationRoundInput(Kind, rules.PeriodKey,
            new($"{rules.PeriodKey} 年县政府党组学习实践活动群众满意度测评", $"{rules.PeriodKey} satisfaction survey of the party group's campaign"),
            SurveyRule.Questions, true, opens, closes, [new EvaluationSubject(SurveyRule.Subject, new(group?.Name ?? "县政府党组", group?.Name ?? "The party group"))]), ct);
        if (!round.Succeeded) return Refuse.As(round);
        var record = new SurveyRecord { RoundId = round.Value!.Id, Stage2Evaluators = input.Stage2Evaluators, Raisers = input.Raisers, SavedBy = user.DisplayName, SavedAt = campaign.Now, Version = 1 };
        db.SatisfactionSurveys.Add(record);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Created("survey", await ViewAsync(record, true, ct));
    }

    /// <summary>One-time codes for evaluators without an account; never more codes than evaluators.</summary>
    public async Task<Result<SurveyCodes>> IssueCodesAsync(int count, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await db.SatisfactionSurveys.AsTracking().SingleOrDefaultAsync(ct) is not { } record) return Refuse.Field("count", NoSurvey);
        if (record.PublishedOn is not null) return Refuse.Field("count", Text.Of("测评结果已公布，测评已结束。", "The result is published; the survey is over."));
        if (count < 1 || record.CodesIssued + count > record.Evaluators)
            return Refuse.Field("count", Text.Of($"测评码不超过测评人员总数（{record.Evaluators} 人，已发 {record.CodesIssued} 个）。", $"No more codes than evaluators ({record.Evaluators}; {record.CodesIssued} issued)."));
        var codes = await evaluations.IssueCodesAsync(record.RoundId, count, ct);
        if (!codes.Succeeded) return Refuse.As(codes);
        record.CodesIssued += count;
        record.Version++;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Ok(new SurveyCodes(record.RoundId, PublicEvaluation.Path(campaign.Jurisdiction.Code, record.RoundId), codes.Value!));
    }

    /// <summary>Paper sheets counted by the office (纸质测评表汇总).</summary>
    public async Task<Result<SurveyView>> AddPaperAsync(PaperTallyInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await db.SatisfactionSurveys.SingleOrDefaultAsync(ct) is not { } record) return Refuse.Field("counts", NoSurvey);
        var added = await evaluations.AddPaperTallyAsync(record.RoundId, SurveyRule.Subject, input.Counts, ct);
        return added.Succeeded ? Result.Ok(await ViewAsync(record, true, ct)) : Refuse.As(added);
    }

    /// <summary>结果公布: closes the round and publishes the result today, at the version read; the members then read it.</summary>
    public async Task<Result<SurveyView>> PublishAsync(int version, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await db.SatisfactionSurveys.AsTracking().SingleOrDefaultAsync(ct) is not { } found) return Refuse.Field("version", NoSurvey);
        if (found.PublishedOn is not null) return Refuse.Conflict(Text.Of("测评结果已经公布。", "The result is published already."));
        if (db.SatisfactionSurveys.Edit(found, version, () => throw new InvalidOperationException()) is not { } record) return Refuse.Conflict();
        (record.PublishedOn, record.SavedBy, record.SavedAt) = (campaign.Today, user.DisplayName, campaign.Now);
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        await evaluations.CloseRoundAsync(record.RoundId, ct);
        return Result.Ok(await ViewAsync(record, true, ct));
    }

    private async Task<SurveyView> ViewAsync(SurveyRecord record, bool seeAll, CancellationToken ct)
    {
        var round = await evaluations.FindRoundAsync(record.RoundId, ct);
        var results = seeAll || record.PublishedOn is not null ? await ResultsAsync(record.RoundId, ct) : [];
        return new(record.RoundId, round?.Title.ToString() ?? "", PublicEvaluation.Path(campaign.Jurisdiction.Code, record.RoundId), round?.Opens, round?.Closes,
            record.Stage2Evaluators, record.Raisers, record.Evaluators, record.CodesIssued, record.PublishedOn, results, record.Version);
    }

    /// <summary>Per question, how many chose each option and its share.</summary>
    private async Task<IReadOnlyList<QuestionView>> ResultsAsync(long roundId, CancellationToken ct)
    {
        var subject = (await evaluations.ResultsAsync(roundId, ct)).FirstOrDefault(r => r.SubjectKey == SurveyRule.Subject);
        return [.. SurveyRule.Questions.Select(q =>
        {
            var result = subject?.Questions.FirstOrDefault(r => r.QuestionKey == q.Key);
            return new QuestionView(q.Key, q.Prompt.ToString(), result?.Responses ?? 0, [.. q.Scale.Options.Select(o =>
            {
                var share = result?.Distribution.FirstOrDefault(d => d.OptionKey == o.Key);
                return new OptionView(o.Key, o.Label.ToString(), share?.Count ?? 0, share?.Share ?? 0);
            })]);
        })];
    }
}
