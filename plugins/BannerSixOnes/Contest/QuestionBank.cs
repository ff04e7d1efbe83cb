using Modular.Sdk;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Blocks;

namespace Modular.Plugins.BannerSixOnes.Contest;

/// <param name="Kind">单选/多选/判断.</param>
/// <param name="Answer">Letters (<c>ABD</c>) or 对/错.</param>
/// <param name="Version">The version read, for edits (409 when someone saved in between).</param>
public sealed record QuestionInput(string? Kind, string? Text, IReadOnlyList<string?>? Options, string? Answer, int? Points, string? Category, int? Version = null);

public sealed record QuestionView(long Id, string Kind, string Text, string[] Options, string Answer, int Points, string Category, int Version);

public sealed record ImportOutcome(int Created, int Updated, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// 题库: import (all-or-nothing; a question whose text is already in the bank is updated, not duplicated),
/// list with filters and counts, edit, delete. Papers of published contests are copies, so edits do not change them.
/// </summary>
public sealed class QuestionBank(ContestDbContext db, ITableFiles tables, TimeProvider clock)
{
    public static QuestionView View(ContestQuestion q) =>
        new(q.Id, QuestionRules.KindName(q.Kind), q.Text, q.Options, QuestionRules.Display(q.Kind, q.Answer), q.Points, q.Category, q.Version);

    public async Task<IReadOnlyList<ContestQuestion>> ListAsync(string? category, QuestionKind? kind, CancellationToken ct)
    {
        var query = db.Questions.AsNoTracking();
        if (!string.IsNullOrEmpty(category)) query = query.Where(q => q.Category == category);
        if (kind is { } k) query = query.Where(q => q.Kind == k);
        return await query.OrderBy(q => q.Category).ThenBy(q => q.Id).ToListAsync(ct);
    }

    /// <summary>Questions per category (every category listed, zero included).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken ct)
    {
        var counts = await db.Questions.GroupBy(q => q.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return QuestionRules.Categories.ToDictionary(c => c, c => counts.GetValueOrDefault(c));
    }

    public async Task<ImportOutcome> ImportAsync(byte[] content, string? fileName, CancellationToken ct)
    {
        TableFile file;
        try { file = tables.Read(content, fileName); }
        catch (FormatException e) { return new(0, 0, [e.Message]); }
        var import = QuestionImport.Read(file);
        if (import.Errors.Count > 0)
        {
            var listed = import.Errors.OrderBy(e => e.Row).Take(Limits.ListedErrors).Select(e => e.ToString()).ToList();
            if (import.Errors.Count > listed.Count) listed.Add(Limits.MoreErrors(import.Errors.Count - listed.Count));
            return new(0, 0, listed);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var texts = import.Questions.Select(q => q.Text).ToList();
        var existing = await db.Questions.AsTracking().Where(q => texts.Contains(q.Text)).ToDictionaryAsync(q => q.Text, ct);
        var now = clock.GetUtcNow();
        foreach (var draft in import.Questions)
        {
            if (existing.TryGetValue(draft.Text, out var question)) { Apply(question, draft, now); question.Version++; }
            else db.Questions.Add(Apply(new ContestQuestion { Text = draft.Text, Answer = draft.Answer, Category = draft.Category }, draft, now));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(import.Questions.Count - existing.Count, existing.Count, []);
    }

    public async Task<Result<QuestionView>> CreateAsync(QuestionInput input, CancellationToken ct)
    {
        if (Check(input) is { } refused) return refused;
        var draft = QuestionImport.ReadOne(input).Questions[0];
        if (await db.Questions.AnyAsync(q => q.Text == draft.Text, ct))
            return Result<QuestionView>.Refused("text", "题库中已有相同题目 (The bank already has this question)");
        var question = Apply(new ContestQuestion { Text = draft.Text, Answer = draft.Answer, Category = draft.Category }, draft, clock.GetUtcNow());
        db.Questions.Add(question);
        await db.SaveChangesAsync(ct);
        return Result<QuestionView>.Ok(View(question));
    }

    /// <summary>Null when the question does not exist; a <see cref="DbUpdateConcurrencyException"/> surfaces as 409 at the endpoint.</summary>
    public async Task<Result<QuestionView>?> UpdateAsync(long id, QuestionInput input, CancellationToken ct)
    {
        var question = await db.Questions.AsTracking().FirstOrDefaultAsync(q => q.Id == id, ct);
        if (question is null) return null;
        if (Check(input) is { } refused) return refused;
        if (input.Version is null) return Result<QuestionView>.Refused("version", "缺少版本号 (version is required for an edit)");
        if (input.Version != question.Version) throw new DbUpdateConcurrencyException("版本已变化");
        var draft = QuestionImport.ReadOne(input).Questions[0];
        if (draft.Text != question.Text && await db.Questions.AnyAsync(q => q.Text == draft.Text && q.Id != id, ct))
            return Result<QuestionView>.Refused("text", "题库中已有相同题目 (The bank already has this question)");
        question.Text = draft.Text;
        Apply(question, draft, clock.GetUtcNow());
        question.Version++;
        await db.SaveChangesAsync(ct);
        return Result<QuestionView>.Ok(View(question));
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct) =>
        await db.Questions.Where(q => q.Id == id).ExecuteDeleteAsync(ct) > 0;

    private static Result<QuestionView>? Check(QuestionInput input)
    {
        var errors = QuestionImport.ReadOne(input).Errors;
        if (errors.Count == 0) return null;
        return new(null, errors.GroupBy(e => FieldOf(e.Column)).ToDictionary(g => g.Key, g => g.Select(e => $"{e.Column}：{e.Message}").ToArray()));
    }

    private static string FieldOf(string column) => column switch
    {
        "题型" => "kind",
        "题目" => "text",
        "答案" => "answer",
        "分值" => "points",
        "类别" => "category",
        _ => "options",
    };

    private static ContestQuestion Apply(ContestQuestion question, QuestionDraft draft, DateTimeOffset now)
    {
        question.Kind = draft.Kind;
        question.Options = draft.Options;
        question.Answer = draft.Answer;
        question.Points = draft.Points;
        question.Category = draft.Category;
        question.UpdatedAt = now;
        return question;
    }
}
