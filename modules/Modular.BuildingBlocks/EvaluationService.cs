using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Blocks;
using Modular.Sdk.Core;

namespace Modular.BuildingBlocks;

/// <summary>
/// <see cref="IEvaluations"/>. Anonymity: an anonymous round stores no answer sheet at all. An answer
/// adds to per-(round, subject, question, option) counters in <c>blocks.evaluation_tallies</c>, in the
/// same transaction as the "has answered" row that names the respondent. A row written in that
/// transaction carries the same hidden xmin, so every answer touches <em>every</em> counter of the
/// subject (adding 1 to the chosen options and 0 to the others) in a fixed order: which counters
/// changed, their xmin and their physical order then say nothing about what was chosen. The counters
/// are written with plain SQL, so the audit log (which names the acting user) never sees them.
/// Named rounds keep one sheet per response in <c>blocks.evaluation_responses</c>.
/// </summary>
internal sealed class EvaluationService(BlocksDbContext db, IRoster roster, IJurisdictionContext jurisdiction, TimeProvider clock) : IEvaluations
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Result<EvaluationRoundInfo>> CreateRoundAsync(EvaluationRoundInput input, CancellationToken ct = default)
    {
        if (input.Questions.Count == 0) return Refuse.Field("questions", Text.Of("至少需要一个问题。", "At least one question is required."));
        if (TooLong(input) is { } tooLong) return Result<EvaluationRoundInfo>.Refused(tooLong.Field, tooLong.Message);
        if (input.Questions.Select(q => q.Key).Distinct().Count() != input.Questions.Count)
            return Refuse.Field("questions", Text.Of("问题编号不能重复。", "Question keys must be unique."));
        if (input.Questions.Any(q => q.Scale.Options.Count == 0))
            return Refuse.Field("questions", Text.Of("每个问题都需要评价选项。", "Every question needs a scale with options."));
        var subjects = input.Subjects ?? [];
        if (subjects.Select(x => x.Key).Distinct().Count() != subjects.Count)
            return Refuse.Field("subjects", Text.Of("评议对象不能重复。", "Each subject is listed once."));
        if (input.Opens is { } opens && input.Closes is { } closes && closes < opens)
            return Refuse.Field("closes", Text.Of($"结束日期 {closes:yyyy-MM-dd} 早于开始日期 {opens:yyyy-MM-dd}。", $"The round closes ({closes:yyyy-MM-dd}) before it opens ({opens:yyyy-MM-dd})."));
        if (await db.EvaluationRounds.AnyAsync(r => r.PluginId == input.Kind.PluginId && r.Kind == input.Kind.Kind && r.RoundKey == input.RoundKey, ct))
            return Refuse.Field("roundKey", Text.Of("该轮次已存在。", "This round already exists."));
        var row = new EvaluationRound
        {
            PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, RoundKey = input.RoundKey, TitleZh = input.Title.ZhCn, TitleEn = input.Title.En,
            Questions = JsonSerializer.Serialize(input.Questions, Json), Anonymous = input.Anonymous, Opens = input.Opens, Closes = input.Closes,
            Subjects = JsonSerializer.Serialize(subjects, Json),
        };
        db.EvaluationRounds.Add(row);
        await db.SaveChangesAsync(ct);
        return Result<EvaluationRoundInfo>.Ok(ToInfo(row));
    }

    // Keys, titles, prompts, option labels and subjects are each a line.
    private static (string Field, string Message)? TooLong(EvaluationRoundInput input)
    {
        IEnumerable<(string Field, string Text)> lines =
        [
            ("roundKey", input.RoundKey), ("title", input.Title.ZhCn), ("title", input.Title.En),
            .. (input.Subjects ?? []).SelectMany((x, i) => new[] { ($"subjects[{i}]", x.Key), ($"subjects[{i}]", x.Name.ZhCn), ($"subjects[{i}]", x.Name.En) }),
            .. input.Questions.SelectMany((q, i) => new[] { ($"questions[{i}]", q.Key), ($"questions[{i}]", q.Prompt.ZhCn), ($"questions[{i}]", q.Prompt.En) }
                .Concat(q.Scale.Options.SelectMany(o => new[] { ($"questions[{i}].scale", o.Key), ($"questions[{i}].scale", o.Label.ZhCn), ($"questions[{i}].scale", o.Label.En) }))),
        ];
        foreach (var (field, text) in lines)
            if (Limits.TooLong(text, Limits.Line) is { } message) return (field, message);
        return null;
    }

    private static EvaluationRoundInfo ToInfo(EvaluationRound r) => new(r.Id, r.PluginId, r.Kind, r.RoundKey, new LocalizedText(r.TitleZh, r.TitleEn),
        JsonSerializer.Deserialize<List<EvaluationQuestion>>(r.Questions, Json)!, r.Anonymous, r.Closed)
    {
        Opens = r.Opens, Closes = r.Closes, Subjects = JsonSerializer.Deserialize<List<EvaluationSubject>>(r.Subjects, Json)!,
    };

    public async Task<EvaluationRoundInfo?> FindRoundAsync(long roundId, CancellationToken ct = default) =>
        await db.EvaluationRounds.SingleOrDefaultAsync(r => r.Id == roundId, ct) is { } r ? ToInfo(r) : null;

    public async Task<IReadOnlyList<EvaluationRoundInfo>> ListRoundsAsync(BlockKind kind, CancellationToken ct = default) =>
        [.. (await db.EvaluationRounds.Where(r => r.PluginId == kind.PluginId && r.Kind == kind.Kind).OrderBy(r => r.Id).ToListAsync(ct)).Select(ToInfo)];

    public async Task<IReadOnlyList<EvaluationRoundInfo>> ListAllRoundsAsync(string? pluginId = null, CancellationToken ct = default) =>
        [.. (await db.EvaluationRounds.Where(r => pluginId == null || r.PluginId == pluginId).OrderByDescending(r => r.Id).ToListAsync(ct)).Select(ToInfo)];

    public async Task<Result<EvaluationRoundInfo>> CloseRoundAsync(long roundId, CancellationToken ct = default)
    {
        var row = await db.EvaluationRounds.AsTracking().SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (row is null) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        row.Closed = true;
        await db.SaveChangesAsync(ct);
        return Result<EvaluationRoundInfo>.Ok(ToInfo(row));
    }

    public async Task<Result<bool>> RespondAsync(EvaluationResponseInput input, CancellationToken ct = default)
    {
        var round = await FindRoundAsync(input.RoundId, ct);
        if (round is null) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        if (SheetProblem(round, input.SubjectKey, input.Answers) is { } refused) return refused;
        if (await roster.PersonProblemAsync(input.RespondentPersonId, ct) is { } noRespondent) return Result<bool>.Refused("respondentPersonId", noRespondent);
        if (await HasAnsweredAsync(input.RoundId, input.SubjectKey, input.RespondentPersonId, ct))
            return AlreadyAnswered();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.EvaluationParticipation.Add(new EvaluationParticipation { RoundId = input.RoundId, SubjectKey = input.SubjectKey, RespondentPersonId = input.RespondentPersonId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (Modular.Sdk.Data.SaveConflicts.IsConflict(e))
        {
            db.ChangeTracker.Clear();
            return AlreadyAnswered();
        }
        if (round.Anonymous)
        {
            await AddToTalliesAsync(round, input.SubjectKey, (question, option) => input.Answers[question] == option ? 1 : 0, ct);
        }
        else
        {
            var answers = JsonSerializer.Serialize(round.Questions.ToDictionary(q => q.Key, q => input.Answers[q.Key]), Json);
            db.EvaluationResponses.Add(new EvaluationResponse { Id = Guid.NewGuid(), RoundId = input.RoundId, SubjectKey = input.SubjectKey, RespondentPersonId = input.RespondentPersonId, Answers = answers });
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return Result<bool>.Ok(true);
    }

    // Every option of every question, in a fixed order, gets its delta (0 for the options not chosen): which counters
    // changed, their xmin and their physical order then say nothing about what was chosen (see the class comment).
    private async Task AddToTalliesAsync(EvaluationRoundInfo round, string subjectKey, Func<string, string, int> delta, CancellationToken ct)
    {
        var cells = round.Questions.SelectMany(q => q.Scale.Options.Select(o => (Question: q.Key, Option: o.Key, Add: delta(q.Key, o.Key))))
            .OrderBy(c => c.Question, StringComparer.Ordinal).ThenBy(c => c.Option, StringComparer.Ordinal).ToList();
        string[] questions = [.. cells.Select(c => c.Question)];
        string[] options = [.. cells.Select(c => c.Option)];
        int[] adds = [.. cells.Select(c => c.Add)];
        var jurisdiction = db.CurrentJurisdictionId;
        await db.Database.ExecuteSqlAsync($"""
            insert into blocks.evaluation_tallies as t (jurisdiction_id, round_id, subject_key, question_key, option_key, count)
            select {jurisdiction}, {round.Id}, {subjectKey}, c.question_key, c.option_key, c.delta
            from unnest({questions}::text[], {options}::text[], {adds}::integer[]) with ordinality as c(question_key, option_key, delta, n)
            order by c.n
            on conflict (jurisdiction_id, round_id, subject_key, question_key, option_key) do update set count = t.count + excluded.count
            """, ct);
    }

    // Whether the round takes answers today (the jurisdiction's day): not closed, and within its days.
    private Refusal? RoundProblem(EvaluationRoundInfo round)
    {
        if (round.Closed) return Refuse.Field("roundId", Text.Of("本轮评议已结束。", "This round is closed."));
        var today = jurisdiction.Required.Today(clock);
        if (round.Opens is { } opens && today < opens)
            return Refuse.Field("roundId", Text.Of($"本轮评议自 {opens:yyyy-MM-dd} 开始。", $"This round opens on {opens:yyyy-MM-dd}."));
        if (round.Closes is { } closes && today > closes)
            return Refuse.Field("roundId", Text.Of($"本轮评议已于 {closes:yyyy-MM-dd} 截止。", $"This round closed on {closes:yyyy-MM-dd}."));
        return null;
    }

    // A round that lists its subjects takes answers for those only.
    private static Refusal? NotListed(EvaluationRoundInfo round, string subjectKey) =>
        round.Subjects.Count > 0 && round.Subjects.All(x => x.Key != subjectKey)
            ? Refuse.Field("subjectKey", Text.Of("评议对象不在本轮名单内。", "The subject is not on this round's list.")) : null;

    // The checks every answer sheet passes, however it comes (an account, a code). Fields are prefixed for a whole sheet.
    private Refusal? SheetProblem(EvaluationRoundInfo round, string subjectKey, IReadOnlyDictionary<string, string> answers, string prefix = "")
    {
        if (RoundProblem(round) is { } closed) return closed;
        if (string.IsNullOrWhiteSpace(subjectKey)) return Refuse.Field("subjectKey", Text.Of("请选择评议对象。", "Choose whom you evaluate."));
        if (Limits.TooLong(subjectKey, Limits.Line) is { } longSubject) return Refuse.Field("subjectKey", longSubject);
        if (NotListed(round, subjectKey) is { } stranger) return stranger;
        foreach (var question in round.Questions)
        {
            if (!answers.TryGetValue(question.Key, out var answer))
                return Refuse.Field($"{prefix}answers.{question.Key}", Text.Of($"请回答“{question.Prompt.ZhCn}”。", $"Answer \"{question.Prompt.En}\"."));
            if (question.Scale.Options.All(o => o.Key != answer))
                return Refuse.Field($"{prefix}answers.{question.Key}", Text.Of("所选项不在评价等次之内。", "The answer is not on the question's scale."));
        }
        if (answers.Keys.Any(k => round.Questions.All(q => q.Key != k)))
            return Refuse.Field($"{prefix}answers", Text.Of("包含未知的问题。", "The answers name an unknown question."));
        return null;
    }

    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: read off a printed slip

    private static string HashCode(long roundId, string code) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{roundId}:{code.Trim().ToUpperInvariant()}")));

    public async Task<Result<IReadOnlyList<string>>> IssueCodesAsync(long roundId, int count, CancellationToken ct = default)
    {
        if (await FindRoundAsync(roundId, ct) is not { } round) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        if (!round.Anonymous) return Refuse.Field("roundId", Text.Of("只有无记名评议可以发放评议码。", "Codes are for anonymous rounds only."));
        if (round.Closed) return Refuse.Field("roundId", Text.Of("本轮评议已结束。", "This round is closed."));
        if (count is < 1 or > 5000) return Refuse.Field("count", Text.Of("一次发放 1 至 5000 个评议码。", "Issue 1 to 5000 codes at a time."));
        var codes = Enumerable.Range(0, count).Select(_ => System.Security.Cryptography.RandomNumberGenerator.GetString(CodeAlphabet, 10)).ToList();
        foreach (var code in codes) db.EvaluationCodes.Add(new EvaluationCode { RoundId = roundId, CodeHash = HashCode(roundId, code) });
        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<string>>.Ok(codes);
    }

    public async Task<Result<CodeSheet>> OpenCodeSheetAsync(long roundId, string code, CancellationToken ct = default)
    {
        if (await FindRoundAsync(roundId, ct) is not { Anonymous: true } round) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        if (RoundProblem(round) is { } closed) return closed;
        return await CodeSheetAsync(round, code, ct);
    }

    public async Task<Result<int>> RespondSheetWithCodeAsync(long roundId, string code, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> answersBySubject,
        CancellationToken ct = default)
    {
        var opened = await OpenCodeSheetAsync(roundId, code, ct);
        if (!opened.Succeeded) return Refuse.As(opened);
        if (answersBySubject.Count == 0) return Refuse.Field("answers", Text.Of("请至少评议一个对象。", "Answer for at least one subject."));
        foreach (var (subject, answers) in answersBySubject)
        {
            if (SheetProblem(opened.Value!.Round, subject, answers, $"{subject}.") is { } refused) return refused;
            if (opened.Value.Answered.Contains(subject)) return CodeUsed();
        }
        return await RecordCodeSheetAsync(opened.Value!, code, answersBySubject, ct);
    }

    public async Task<Result<bool>> RespondWithCodeAsync(long roundId, string code, string subjectKey, IReadOnlyDictionary<string, string> answers, CancellationToken ct = default)
    {
        // One subject: the answers are checked before the code, and their fields carry no subject prefix.
        if (await FindRoundAsync(roundId, ct) is not { } round) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        if (SheetProblem(round, subjectKey, answers) is { } refused) return refused;
        if (!round.Anonymous) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        var sheet = await CodeSheetAsync(round, code, ct);
        if (!sheet.Succeeded) return Refuse.As(sheet);
        if (sheet.Value!.Answered.Contains(subjectKey)) return CodeUsed();
        var recorded = await RecordCodeSheetAsync(sheet.Value!, code, new Dictionary<string, IReadOnlyDictionary<string, string>> { [subjectKey] = answers }, ct);
        return recorded.Succeeded ? Result<bool>.Ok(true) : Refuse.As(recorded);
    }

    // The code is one of the round's: the subjects it has answered so far.
    private async Task<Result<CodeSheet>> CodeSheetAsync(EvaluationRoundInfo round, string code, CancellationToken ct)
    {
        var hash = HashCode(round.Id, code ?? "");
        if (!await db.EvaluationCodes.AnyAsync(c => c.RoundId == round.Id && c.CodeHash == hash, ct)) return CodeInvalid();
        var answered = await db.EvaluationCodeUses.Where(u => u.RoundId == round.Id && u.CodeHash == hash).Select(u => u.SubjectKey).ToListAsync(ct);
        return Result<CodeSheet>.Ok(new CodeSheet(round, answered.ToHashSet(StringComparer.Ordinal)));
    }

    // A checked sheet of an opened code, in one transaction: the code's uses (their key refuses a second use, even one
    // made at the same moment) and the counters.
    private async Task<Result<int>> RecordCodeSheetAsync(CodeSheet sheet, string code, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> answersBySubject,
        CancellationToken ct)
    {
        var hash = HashCode(sheet.Round.Id, code ?? "");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var subject in answersBySubject.Keys) db.EvaluationCodeUses.Add(new EvaluationCodeUse { RoundId = sheet.Round.Id, CodeHash = hash, SubjectKey = subject });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (Modular.Sdk.Data.SaveConflicts.IsConflict(e))
        {
            db.ChangeTracker.Clear(); // the same code used twice at once: the key keeps one
            return CodeUsed();
        }
        foreach (var (subject, answers) in answersBySubject.OrderBy(a => a.Key, StringComparer.Ordinal))
            await AddToTalliesAsync(sheet.Round, subject, (question, option) => answers[question] == option ? 1 : 0, ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(answersBySubject.Count);
    }

    public async Task<Result<int>> AddPaperTallyAsync(long roundId, string subjectKey, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> counts, CancellationToken ct = default)
    {
        if (await FindRoundAsync(roundId, ct) is not { } round) return Refuse.NotFound(BlockMessages.NoSuchRecord);
        if (!round.Anonymous) return Refuse.Field("roundId", Text.Of("纸质汇总只用于无记名评议。", "Paper tallies are for anonymous rounds only."));
        if (round.Closed) return Refuse.Field("roundId", Text.Of("本轮评议已结束。", "This round is closed."));
        if (string.IsNullOrWhiteSpace(subjectKey)) return Refuse.Field("subjectKey", Text.Of("请选择评议对象。", "Choose whom the sheets evaluate."));
        if (NotListed(round, subjectKey.Trim()) is { } stranger) return stranger;
        int? sheets = null;
        foreach (var question in round.Questions)
        {
            var given = counts.GetValueOrDefault(question.Key) ?? new Dictionary<string, int>();
            if (given.Keys.Any(k => question.Scale.Options.All(o => o.Key != k)) || given.Values.Any(v => v < 0))
                return Refuse.Field($"counts.{question.Key}", Text.Of("票数应为所列等次的非负整数。", "Counts are whole numbers of the question's options."));
            var total = given.Values.Sum();
            if (sheets is { } expected && total != expected)
                return Refuse.Field($"counts.{question.Key}", Text.Of($"各题票数合计应相同（{expected} 张），此题为 {total}。", $"Every question adds up to the same number of sheets ({expected}); this one is {total}."));
            sheets = total;
        }
        if (counts.Keys.Any(k => round.Questions.All(q => q.Key != k)))
            return Refuse.Field("counts", Text.Of("包含未知的问题。", "The counts name an unknown question."));
        if (sheets is not > 0) return Refuse.Field("counts", Text.Of("没有可汇总的测评表。", "No sheets to add."));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AddToTalliesAsync(round, subjectKey.Trim(), (question, option) => counts.GetValueOrDefault(question)?.GetValueOrDefault(option) ?? 0, ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(sheets.Value);
    }

    private static Refusal CodeInvalid() => Refuse.Field("code", Text.Of("评议码无效。", "The code is not valid for this round."));

    private static Refusal CodeUsed() => Refuse.Field("code", Text.Of("该评议码已评议过这一对象。", "This code has already answered for this subject."));

    private static Result<bool> AlreadyAnswered() => Refuse.Field("respondent", Text.Of("您已评议过该对象，不能重复评议。", "You have already answered for this subject."));

    public Task<bool> HasAnsweredAsync(long roundId, string subjectKey, long respondentPersonId, CancellationToken ct = default) =>
        db.EvaluationParticipation.AnyAsync(p => p.RoundId == roundId && p.SubjectKey == subjectKey && p.RespondentPersonId == respondentPersonId, ct);

    public async Task<IReadOnlyList<SubjectResult>> ResultsAsync(long roundId, CancellationToken ct = default)
    {
        var round = await FindRoundAsync(roundId, ct);
        if (round is null) return [];
        // (subject, question, option) → how many chose it: the counters of an anonymous round, counted from the sheets of a named one.
        List<(string Subject, string Question, string Option, int Count)> counts;
        if (round.Anonymous)
        {
            counts = [.. (await db.EvaluationTallies.Where(t => t.RoundId == roundId).Select(t => new { t.SubjectKey, t.QuestionKey, t.OptionKey, t.Count }).ToListAsync(ct))
                .Select(t => (t.SubjectKey, t.QuestionKey, t.OptionKey, t.Count))];
        }
        else
        {
            var sheets = await db.EvaluationResponses.Where(r => r.RoundId == roundId).Select(r => new { r.SubjectKey, r.Answers }).ToListAsync(ct);
            counts = [.. sheets.SelectMany(s => JsonSerializer.Deserialize<Dictionary<string, string>>(s.Answers, Json)!.Select(a => (s.SubjectKey, Question: a.Key, Option: a.Value)))
                .GroupBy(c => c).Select(g => (g.Key.SubjectKey, g.Key.Question, g.Key.Option, g.Count()))];
        }
        return [.. counts.GroupBy(c => c.Subject).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var questions = round.Questions.Select(q =>
            {
                var chosen = g.Where(c => c.Question == q.Key).ToDictionary(c => c.Option, c => c.Count);
                var total = q.Scale.Options.Sum(o => chosen.GetValueOrDefault(o.Key));
                var distribution = q.Scale.Options.Select(o =>
                {
                    var count = chosen.GetValueOrDefault(o.Key);
                    return new OptionShare(o.Key, o.Label, count, total == 0 ? 0m : Math.Round((decimal)count / total, 4));
                }).ToList();
                var scored = q.Scale.Options.Where(o => o.Score is not null).Sum(o => chosen.GetValueOrDefault(o.Key));
                decimal? average = scored == 0 ? null : Math.Round(q.Scale.Options.Where(o => o.Score is not null).Sum(o => o.Score!.Value * chosen.GetValueOrDefault(o.Key)) / scored, 2);
                return new QuestionResult(q.Key, total, distribution, average);
            }).ToList();
            // Every sheet answers every question, so any question's total is the number of respondents.
            return new SubjectResult(g.Key, questions.Count == 0 ? 0 : questions.Max(q => q.Responses), questions);
        }).Where(r => r.Responses > 0)];
    }

    public async Task<IReadOnlyList<NamedResponseInfo>> NamedResponsesAsync(long roundId, CancellationToken ct = default)
    {
        var rows = await db.EvaluationResponses.Where(r => r.RoundId == roundId)
            .OrderBy(r => r.RespondentPersonId).ThenBy(r => r.SubjectKey).ToListAsync(ct);
        return [.. rows.Select(r => new NamedResponseInfo(r.RespondentPersonId, r.SubjectKey, JsonSerializer.Deserialize<Dictionary<string, string>>(r.Answers, Json)!))];
    }
}
