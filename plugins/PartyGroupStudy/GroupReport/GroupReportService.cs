using Modular.Plugins.PartyGroupStudy.LeadingGroup;

namespace Modular.Plugins.PartyGroupStudy.GroupReport;

/// <summary>The group's report in its four parts at the version read (0 for the first draft), with what changed.</summary>
public sealed record GroupReportInput(string? Achievements, string? Problems, string? Causes, string? Measures, int Version, string? Note = null)
{
    public IReadOnlyDictionary<string, string?> Parts => new Dictionary<string, string?>
    {
        ["achievements"] = Achievements, ["problems"] = Problems, ["causes"] = Causes, ["measures"] = Measures,
    };
}

/// <summary>A member's comment on a version (the signed-in member unless the office records one for a member).</summary>
public sealed record ReportCommentInput(long? PersonId, int Version, string? Text);

/// <summary>The version read, to finalize or submit.</summary>
public sealed record ReportVersionInput(int Version);

/// <summary>Codes for one group of evaluators.</summary>
public sealed record EvaluationCodesInput(EvaluatorGroup? Group, int Count);

/// <summary>A paper slip entered by the office: the slip's code and an answer to each of the five questions.</summary>
public sealed record SlipInput(string? Code, IReadOnlyDictionary<string, string>? Answers);

/// <summary>Codes just issued, shown this once for the printed slips (only their hashes are kept), with the public sheet's path.</summary>
public sealed record ReportCodeSlips(EvaluatorGroup Group, string GroupName, string Round, string Path, IReadOnlyList<string> Codes);

/// <summary>One question's result: how many answered, the count per option (好/较好/一般/差) and the average (4 best). Names nobody.</summary>
public sealed record QuestionTally(string Key, string Prompt, int Responses, IReadOnlyList<int> Counts, decimal? Average);

public sealed record CodesIssued(EvaluatorGroup Group, string Name, int Codes);

/// <summary>The year's evaluation: open or closed, the codes per group of evaluators, the results per question.</summary>
public sealed record EvaluationView(long RoundId, string Path, DateOnly OpenedOn, DateOnly? ClosedOn, IReadOnlyList<CodesIssued> Codes, int Responses,
    IReadOnlyList<QuestionTally> Questions, int Version)
{
    public int CodesTotal => Codes.Sum(c => c.Codes);
}

/// <summary>The group's report of the year: its parts, every version with who commented what, the evaluation, submitted or not.</summary>
public sealed record GroupReportView(long? GroupId, string Group, DocumentInfo? Document, IReadOnlyDictionary<string, string> Parts, IReadOnlyList<DocumentVersion> History,
    EvaluationView? Evaluation, DateOnly? SubmittedOn, DueState State, DateOnly Due);

/// <summary>
/// 四(二)3–4: the office drafts the group's report (the SDK's versioned document of the party group), every member comments
/// on it, the office revises it (every version kept); the public evaluate it anonymously with codes on the SDK's public sheet
/// (the codes counted per group of evaluators); it is revised, made final and submitted to the county leading group (the
/// parent jurisdiction). The office writes; the group's members comment and read; inspectors read.
/// </summary>
public sealed class GroupReportService(IVersionedDocuments documents, IEvaluations evaluations, PartyGroupStudyDbContext db, GroupOffice office, ICurrentUser user,
    PartyGroupStudyCampaign campaign)
{
    private static string NoRead => Text.Of("只有党组成员和领导小组办公室可以查看。", "Only the party group's members and the office may read this.");
    private static string NoDraft => Text.Of("还没有报告初稿。", "There is no draft yet.");
    private static string NoEvaluation => Text.Of("尚未组织群众评议。", "The public evaluation has not been opened.");

    public async Task<Result<GroupReportView>> ReadAsync(CancellationToken ct) =>
        await office.MayReadGroupAsync(ct) ? Result.Ok(await ViewAsync(ct)) : Refuse.Forbidden(NoRead);

    /// <summary>The first draft (version 0) or the next version; every part required; refused once final.</summary>
    public async Task<Result<GroupReportView>> SaveAsync(GroupReportInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var errors = DocumentParts.Problems(GroupReportRule.Parts, input.Parts);
        if (Limits.TooLong(Entered.Text(input.Note), Limits.Note) is { } longNote) errors["note"] = [longNote];
        if (errors.Count > 0) return Refuse.Fields(errors);
        if (await office.GroupAsync(ct) is not { } group) return Refuse.Field("organizationId", Text.Of("尚无党组。", "There is no party group."));
        var rules = await campaign.RulesAsync(ct);
        var body = DocumentParts.Compose(GroupReportRule.Parts, input.Parts);
        var saved = await OfTheYearAsync(documents, group.Id, rules, ct) is { } document
            ? await documents.ReviseAsync(document.Id, body, input.Version, Entered.Text(input.Note), ct)
            : input.Version != 0 ? Refuse.Conflict()
            : await documents.CreateAsync(new DocumentInput(GroupReportRule.Kind, GroupReportRule.Title(rules, group.Name), body, OrganizationId: group.Id), ct);
        if (!saved.Succeeded) return Refuse.As(saved);
        return saved.Value!.Version == 1 ? Result.Created("group-report", await ViewAsync(ct)) : Result.Ok(await ViewAsync(ct));
    }

    /// <summary>A member's comment on a version (征求意见 within the group): theirs, or the office records one for a member.</summary>
    public async Task<Result<DocumentComment>> CommentAsync(ReportCommentInput input, CancellationToken ct)
    {
        var who = await office.HandInForAsync(input.PersonId, Text.Of("只能以本人名义提出修改意见（办公室可代为登记）。", "Comment in your own name (the office may record a member's)."), ct);
        if (!who.Succeeded) return Refuse.As(who);
        if (await CurrentAsync(ct) is not { } document) return Refuse.Field("version", NoDraft);
        if (input.Version < 1 || input.Version > document.Version) return Refuse.Field("version", Text.Of($"没有第 {input.Version} 稿。", $"There is no version {input.Version}."));
        var comment = await documents.CommentAsync(document.Id, input.Version, Entered.Text(input.Text) ?? "", who.Value!.PersonId, ct);
        return comment.Succeeded ? Result.Created($"group-report/versions/{input.Version}", comment.Value!) : comment;
    }

    /// <summary>定稿 at the version read (the office).</summary>
    public async Task<Result<GroupReportView>> FinalizeAsync(ReportVersionInput input, CancellationToken ct) =>
        await OnDocumentAsync(ct, document => documents.FinalizeAsync(document.Id, input.Version, ct));

    /// <summary>报县委学习实践活动领导小组: the final report, at the version read, goes to the parent jurisdiction, once.</summary>
    public async Task<Result<GroupReportView>> SubmitAsync(ReportVersionInput input, CancellationToken ct) =>
        await OnDocumentAsync(ct, document => documents.SubmitToParentAsync(document.Id, input.Version, ct));

    /// <summary>The office opens the year's evaluation once a draft exists: an anonymous round with the report its one subject.</summary>
    public async Task<Result<GroupReportView>> OpenEvaluationAsync(CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await CurrentAsync(ct) is not { } document) return Refuse.Field("document", NoDraft);
        var rules = await campaign.RulesAsync(ct);
        if (await db.ReportEvaluations.AnyAsync(e => e.PeriodKey == rules.PeriodKey, ct)) return Refuse.Conflict(Text.Of("群众评议已组织。", "The evaluation is open already."));
        var round = await evaluations.CreateRoundAsync(new EvaluationRoundInput(GroupReportRule.EvaluationKind, GroupReportRule.RoundKey(rules),
            new($"{rules.PeriodKey} 年党组分析检查报告群众评议", $"{rules.PeriodKey} public evaluation of the party group's analysis report"), GroupReportRule.Questions, true, campaign.Today,
            Subjects: [new(GroupReportRule.Subject, new(document.Title, document.Title))]), ct);
        if (!round.Succeeded) return Refuse.As(round);
        db.ReportEvaluations.Add(new ReportEvaluation
        {
            PeriodKey = rules.PeriodKey, RoundId = round.Value!.Id, DocumentId = document.Id, OpenedOn = campaign.Today, OpenedBy = user.DisplayName,
        });
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        return Result.Created("group-report/evaluation", await ViewAsync(ct));
    }

    /// <summary>Codes for one group of evaluators (printed as slips; anyone with one answers once, without an account); the group's count grows.</summary>
    public async Task<Result<ReportCodeSlips>> IssueCodesAsync(EvaluationCodesInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (input.Group is not { } group || !Enum.IsDefined(group))
            return Refuse.Field("group", Text.Of("请选择评议人员类别。", "Choose the group of evaluators."));
        var rules = await campaign.RulesAsync(ct);
        if (await db.ReportEvaluations.AsTracking().SingleOrDefaultAsync(e => e.PeriodKey == rules.PeriodKey, ct) is not { } evaluation)
            return Refuse.Field("group", NoEvaluation);
        var codes = await evaluations.IssueCodesAsync(evaluation.RoundId, input.Count, ct);
        if (!codes.Succeeded) return Refuse.As(codes);
        evaluation.AddCodes(group, codes.Value!.Count);
        evaluation.Version++;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var round = (await evaluations.FindRoundAsync(evaluation.RoundId, ct))!;
        return Result.Ok(new ReportCodeSlips(group, GroupReportRule.GroupName(group).ToString(), round.Title.ToString(),
            PublicEvaluation.Path(campaign.Jurisdiction.Code, evaluation.RoundId), codes.Value));
    }

    /// <summary>The office enters a paper slip by its code: every question answered, or nothing is recorded; the code answers once.</summary>
    public async Task<Result<bool>> EnterSlipAsync(SlipInput input, CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await EvaluationAsync(ct) is not { } evaluation) return Refuse.Field("code", NoEvaluation);
        if (Entered.Text(input.Code) is not { } code) return Refuse.Field("code", Text.Of("请填写评议码。", "Give the slip's code."));
        return await evaluations.RespondWithCodeAsync(evaluation.RoundId, code, GroupReportRule.Subject, input.Answers ?? new Dictionary<string, string>(), ct);
    }

    /// <summary>The office closes the evaluation: the results stay, no more answers.</summary>
    public async Task<Result<GroupReportView>> CloseEvaluationAsync(CancellationToken ct)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        var rules = await campaign.RulesAsync(ct);
        if (await db.ReportEvaluations.AsTracking().SingleOrDefaultAsync(e => e.PeriodKey == rules.PeriodKey, ct) is not { } evaluation)
            return Refuse.Field("evaluation", NoEvaluation);
        if (evaluation.ClosedOn is not null) return Refuse.Conflict(Text.Of("群众评议已结束。", "The evaluation is closed already."));
        (evaluation.ClosedOn, evaluation.ClosedBy) = (campaign.Today, user.DisplayName);
        evaluation.Version++;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict();
        var closed = await evaluations.CloseRoundAsync(evaluation.RoundId, ct);
        return closed.Succeeded ? Result.Ok(await ViewAsync(ct)) : Refuse.As(closed);
    }

    /// <summary>The results per question (for the page, the API and the ledger); names nobody.</summary>
    public async Task<IReadOnlyList<QuestionTally>> ResultsAsync(long roundId, CancellationToken ct)
    {
        var result = (await evaluations.ResultsAsync(roundId, ct)).FirstOrDefault(r => r.SubjectKey == GroupReportRule.Subject);
        return [.. GroupReportRule.Questions.Select(q =>
        {
            var question = result?.Questions.FirstOrDefault(x => x.QuestionKey == q.Key);
            return new QuestionTally(q.Key, q.Prompt.ToString(), question?.Responses ?? 0,
                [.. q.Scale.Options.Select(o => question?.Distribution.FirstOrDefault(d => d.OptionKey == o.Key)?.Count ?? 0)], question?.AverageScore);
        })];
    }

    private async Task<Result<GroupReportView>> OnDocumentAsync(CancellationToken ct, Func<DocumentInfo, Task<Result<DocumentInfo>>> act)
    {
        if (!await office.MayRunAsync(ct)) return Refuse.Forbidden(GroupOffice.OnlyOffice);
        if (await CurrentAsync(ct) is not { } document) return Refuse.Field("version", NoDraft);
        var done = await act(document);
        return done.Succeeded ? Result.Ok(await ViewAsync(ct)) : Refuse.As(done);
    }

    private async Task<ReportEvaluation?> EvaluationAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        return await db.ReportEvaluations.SingleOrDefaultAsync(e => e.PeriodKey == rules.PeriodKey, ct);
    }

    private async Task<DocumentInfo?> CurrentAsync(CancellationToken ct) =>
        await office.GroupAsync(ct) is { } group ? await OfTheYearAsync(documents, group.Id, await campaign.RulesAsync(ct), ct) : null;

    private async Task<GroupReportView> ViewAsync(CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var group = await office.GroupAsync(ct);
        var document = group is null ? null : await OfTheYearAsync(documents, group.Id, rules, ct);
        var history = document is null ? [] : await documents.HistoryAsync(document.Id, ct);
        DateOnly? submittedOn = document?.SubmittedAt is { } at ? campaign.LocalDay(at) : null;
        EvaluationView? evaluation = null;
        if (await EvaluationAsync(ct) is { } e)
        {
            var questions = await ResultsAsync(e.RoundId, ct);
            evaluation = new EvaluationView(e.RoundId, PublicEvaluation.Path(campaign.Jurisdiction.Code, e.RoundId), e.OpenedOn, e.ClosedOn,
                [.. Enum.GetValues<EvaluatorGroup>().Select(g => new CodesIssued(g, GroupReportRule.GroupName(g).ToString(), e.Codes(g)))],
                questions.Count == 0 ? 0 : questions.Max(q => q.Responses), questions, e.Version);
        }
        return new GroupReportView(group?.Id, group?.Name ?? "", document, DocumentParts.Parse(GroupReportRule.Parts, document?.Body), history, evaluation, submittedOn,
            DueStates.Of(rules.Analysis.End, submittedOn, campaign.Today), rules.Analysis.End);
    }

    /// <summary>The party group's report of the campaign's year, if any (for the steps, which check no permission).</summary>
    public static async Task<DocumentInfo?> OfTheYearAsync(IVersionedDocuments documents, long groupId, PartyGroupRules rules, CancellationToken ct) =>
        (await documents.ListAsync(GroupReportRule.Kind, groupId, cancellationToken: ct)).LastOrDefault(d => d.Title.StartsWith(rules.PeriodKey + " ", StringComparison.Ordinal));
}
