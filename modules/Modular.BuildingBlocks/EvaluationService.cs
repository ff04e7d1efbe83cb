using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.BuildingBlocks;

/// <summary>
/// <see cref="IEvaluations"/>. Anonymity: an anonymous sheet is stored with no respondent, a random
/// id and no time, and it is inserted with plain SQL so the audit log (which names the acting user)
/// never sees it; only the "has answered" row names the respondent. Both go in one transaction.
/// </summary>
public sealed class EvaluationService(BlocksDbContext db) : IEvaluations
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<BlockResult<EvaluationRoundInfo>> CreateRoundAsync(EvaluationRoundInput input, CancellationToken ct = default)
    {
        if (input.Questions.Count == 0) return Refuse.With<EvaluationRoundInfo>("questions", "至少需要一个问题。", "At least one question is required.");
        if (input.Questions.Select(q => q.Key).Distinct().Count() != input.Questions.Count)
            return Refuse.With<EvaluationRoundInfo>("questions", "问题编号不能重复。", "Question keys must be unique.");
        if (input.Questions.Any(q => q.Scale.Options.Count == 0))
            return Refuse.With<EvaluationRoundInfo>("questions", "每个问题都需要评价选项。", "Every question needs a scale with options.");
        if (await db.EvaluationRounds.AnyAsync(r => r.PluginId == input.Kind.PluginId && r.Kind == input.Kind.Kind && r.RoundKey == input.RoundKey, ct))
            return Refuse.With<EvaluationRoundInfo>("roundKey", "该轮次已存在。", "This round already exists.");
        var row = new EvaluationRound
        {
            PluginId = input.Kind.PluginId, Kind = input.Kind.Kind, RoundKey = input.RoundKey, TitleZh = input.Title.ZhCn, TitleEn = input.Title.En,
            Questions = JsonSerializer.Serialize(input.Questions, Json), Anonymous = input.Anonymous, Opens = input.Opens, Closes = input.Closes,
        };
        db.EvaluationRounds.Add(row);
        await db.SaveChangesAsync(ct);
        return BlockResult<EvaluationRoundInfo>.Ok(ToInfo(row));
    }

    private static EvaluationRoundInfo ToInfo(EvaluationRound r) => new(r.Id, r.PluginId, r.Kind, r.RoundKey, new LocalizedText(r.TitleZh, r.TitleEn),
        JsonSerializer.Deserialize<List<EvaluationQuestion>>(r.Questions, Json)!, r.Anonymous, r.Closed);

    public async Task<EvaluationRoundInfo?> FindRoundAsync(long roundId, CancellationToken ct = default) =>
        await db.EvaluationRounds.SingleOrDefaultAsync(r => r.Id == roundId, ct) is { } r ? ToInfo(r) : null;

    public async Task<IReadOnlyList<EvaluationRoundInfo>> ListRoundsAsync(BlockKind kind, CancellationToken ct = default) =>
        [.. (await db.EvaluationRounds.Where(r => r.PluginId == kind.PluginId && r.Kind == kind.Kind).OrderBy(r => r.Id).ToListAsync(ct)).Select(ToInfo)];

    public async Task<BlockResult<EvaluationRoundInfo>> CloseRoundAsync(long roundId, CancellationToken ct = default)
    {
        var row = await db.EvaluationRounds.AsTracking().SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (row is null) return Refuse.NotFound<EvaluationRoundInfo>();
        row.Closed = true;
        await db.SaveChangesAsync(ct);
        return BlockResult<EvaluationRoundInfo>.Ok(ToInfo(row));
    }

    public async Task<BlockResult<bool>> RespondAsync(EvaluationResponseInput input, CancellationToken ct = default)
    {
        var round = await FindRoundAsync(input.RoundId, ct);
        if (round is null) return Refuse.NotFound<bool>("roundId");
        if (round.Closed) return Refuse.With<bool>("roundId", "本轮评议已结束。", "This round is closed.");
        if (string.IsNullOrWhiteSpace(input.SubjectKey)) return Refuse.With<bool>("subjectKey", "请选择评议对象。", "Choose whom you evaluate.");
        foreach (var question in round.Questions)
        {
            if (!input.Answers.TryGetValue(question.Key, out var answer))
                return Refuse.With<bool>($"answers.{question.Key}", $"请回答“{question.Prompt.ZhCn}”。", $"Answer \"{question.Prompt.En}\".");
            if (question.Scale.Options.All(o => o.Key != answer))
                return Refuse.With<bool>($"answers.{question.Key}", "所选项不在评价等次之内。", "The answer is not on the question's scale.");
        }
        if (input.Answers.Keys.Any(k => round.Questions.All(q => q.Key != k)))
            return Refuse.With<bool>("answers", "包含未知的问题。", "The answers name an unknown question.");
        if (await HasAnsweredAsync(input.RoundId, input.SubjectKey, input.RespondentPersonId, ct))
            return AlreadyAnswered();

        var answers = JsonSerializer.Serialize(round.Questions.ToDictionary(q => q.Key, q => input.Answers[q.Key]), Json);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.EvaluationParticipation.Add(new EvaluationParticipation { RoundId = input.RoundId, SubjectKey = input.SubjectKey, RespondentPersonId = input.RespondentPersonId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return AlreadyAnswered();
        }
        if (round.Anonymous)
        {
            // Outside the change tracker, so the audit log records no user beside these answers.
            var jurisdiction = db.CurrentJurisdictionId;
            await db.Database.ExecuteSqlAsync($"""
                insert into blocks.evaluation_responses (jurisdiction_id, id, round_id, subject_key, respondent_person_id, answers)
                values ({jurisdiction}, {Guid.NewGuid()}, {input.RoundId}, {input.SubjectKey}, null, {answers}::jsonb)
                """, ct);
        }
        else
        {
            db.EvaluationResponses.Add(new EvaluationResponse { Id = Guid.NewGuid(), RoundId = input.RoundId, SubjectKey = input.SubjectKey, RespondentPersonId = input.RespondentPersonId, Answers = answers });
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return BlockResult<bool>.Ok(true);
    }

    private static BlockResult<bool> AlreadyAnswered() => Refuse.With<bool>("respondent", "您已评议过该对象，不能重复评议。", "You have already answered for this subject.");

    public Task<bool> HasAnsweredAsync(long roundId, string subjectKey, long respondentPersonId, CancellationToken ct = default) =>
        db.EvaluationParticipation.AnyAsync(p => p.RoundId == roundId && p.SubjectKey == subjectKey && p.RespondentPersonId == respondentPersonId, ct);

    public async Task<IReadOnlyList<SubjectResult>> ResultsAsync(long roundId, CancellationToken ct = default)
    {
        var round = await FindRoundAsync(roundId, ct);
        if (round is null) return [];
        var sheets = await db.EvaluationResponses.Where(r => r.RoundId == roundId).Select(r => new { r.SubjectKey, r.Answers }).ToListAsync(ct);
        return [.. sheets.GroupBy(s => s.SubjectKey).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var answers = g.Select(s => JsonSerializer.Deserialize<Dictionary<string, string>>(s.Answers, Json)!).ToList();
            var questions = round.Questions.Select(q =>
            {
                var chosen = answers.Where(a => a.ContainsKey(q.Key)).Select(a => a[q.Key]).ToList();
                var distribution = q.Scale.Options.Select(o =>
                {
                    var count = chosen.Count(c => c == o.Key);
                    return new OptionShare(o.Key, o.Label, count, chosen.Count == 0 ? 0m : Math.Round((decimal)count / chosen.Count, 4));
                }).ToList();
                var scored = chosen.Select(c => q.Scale.Options.First(o => o.Key == c).Score).Where(s => s is not null).Select(s => s!.Value).ToList();
                return new QuestionResult(q.Key, chosen.Count, distribution, scored.Count == 0 ? null : Math.Round(scored.Average(), 2));
            }).ToList();
            return new SubjectResult(g.Key, answers.Count, questions);
        })];
    }

    public async Task<IReadOnlyList<NamedResponseInfo>> NamedResponsesAsync(long roundId, CancellationToken ct = default)
    {
        var rows = await db.EvaluationResponses.Where(r => r.RoundId == roundId && r.RespondentPersonId != null)
            .OrderBy(r => r.RespondentPersonId).ThenBy(r => r.SubjectKey).ToListAsync(ct);
        return [.. rows.Select(r => new NamedResponseInfo(r.RespondentPersonId!.Value, r.SubjectKey, JsonSerializer.Deserialize<Dictionary<string, string>>(r.Answers, Json)!))];
    }
}
