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

/// <summary>The bank as the office browses it: questions per category and the questions of the filter.</summary>
public sealed record QuestionList(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<QuestionView> Questions);

/// <summary>
/// 题库: import (all-or-nothing; a question whose text is already in the bank is updated, not duplicated),
/// list with filters and counts, edit, delete. Papers of published contests are copies, so edits do not change them.
/// </summary>
public sealed class QuestionBank(SixOnesDbContext db, ITableFiles tables, TimeProvider clock, ICurrentUser user)
{
    /// <summary>The bank filtered by category and kind (both optional, refused when not valid names): the office and auditors.</summary>
    public async Task<Result<QuestionList>> BrowseAsync(string? category, string? kind, CancellationToken ct)
    {
        if (!user.ReadsAll()) return ContestSetup.OfficeOnly;
        var k = QuestionRules.ParseKind(kind);
        if (!string.IsNullOrEmpty(kind) && k is null) return Refuse.Field("kind", Text.Of($"“{kind}”不是有效题型（单选/多选/判断）", $"“{kind}” is no question kind (单选/多选/判断)."));
        var c = string.IsNullOrEmpty(category) ? null : QuestionRules.ParseCategory(category);
        if (!string.IsNullOrEmpty(category) && c is null) return Refuse.Field("category", Text.Of($"“{category}”不是有效类别", $"“{category}” is no category."));
        return Result.Ok(new QuestionList(await CountsAsync(ct), [.. (await ListAsync(c, k, ct)).Select(View)]));
    }

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

    /// <summary>
    /// Imports a bank file (the office): all or nothing; the outcome lists each bad cell by row and column. No file
    /// (<paramref name="content"/> null) is refused.
    /// </summary>
    public async Task<Result<ImportOutcome>> ImportAsync(byte[]? content, string? fileName, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return ContestSetup.OfficeOnly;
        if (content is null) return Refuse.Field("file", Text.Of("请以 multipart/form-data 上传题库文件（.xlsx 或 .csv）", "No file."));
        TableFile file;
        try { file = tables.Read(content, fileName); }
        catch (FormatException e) { return Result.Ok(new ImportOutcome(0, 0, [e.Message])); }
        var import = QuestionImport.Read(file);
        if (import.Errors.Count > 0)
        {
            var listed = import.Errors.OrderBy(e => e.Row).Take(Limits.ListedErrors).Select(e => e.ToString()).ToList();
            if (import.Errors.Count > listed.Count) listed.Add(Limits.MoreErrors(import.Errors.Count - listed.Count));
            return Result.Ok(new ImportOutcome(0, 0, listed));
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
        return Result.Ok(new ImportOutcome(import.Questions.Count - existing.Count, existing.Count, []));
    }

    public async Task<Result<QuestionView>> CreateAsync(QuestionInput input, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return ContestSetup.OfficeOnly;
        if (Check(input) is { } refused) return refused;
        var draft = QuestionImport.ReadOne(input).Questions[0];
        if (await db.Questions.AnyAsync(q => q.Text == draft.Text, ct)) return AlreadyInBank;
        var question = Apply(new ContestQuestion { Text = draft.Text, Answer = draft.Answer, Category = draft.Category }, draft, clock.GetUtcNow());
        db.Questions.Add(question);
        await db.SaveChangesAsync(ct);
        return Result.Ok(View(question));
    }

    /// <summary>Edits a question at the version read (409 when someone saved in between).</summary>
    public async Task<Result<QuestionView>> UpdateAsync(long id, QuestionInput input, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return ContestSetup.OfficeOnly;
        var question = await db.Questions.AsTracking().FirstOrDefaultAsync(q => q.Id == id, ct);
        if (question is null) return NoSuchQuestion;
        if (Check(input) is { } refused) return refused;
        if (input.Version is null) return Refuse.Field("version", Text.Of("缺少版本号", "Version is required for an edit."));
        if (input.Version != question.Version) return Refuse.Conflict();
        var draft = QuestionImport.ReadOne(input).Questions[0];
        if (draft.Text != question.Text && await db.Questions.AnyAsync(q => q.Text == draft.Text && q.Id != id, ct)) return AlreadyInBank;
        question.Text = draft.Text;
        Apply(question, draft, clock.GetUtcNow());
        question.Version++;
        return await db.TrySaveAsync(ct) ? Result.Ok(View(question)) : Refuse.Conflict();
    }

    public async Task<Result<bool>> DeleteAsync(long id, CancellationToken ct)
    {
        if (!user.IsJurisdictionAdmin) return ContestSetup.OfficeOnly;
        return await db.Questions.Where(q => q.Id == id).ExecuteDeleteAsync(ct) > 0 ? Result.Ok(true) : NoSuchQuestion;
    }

    private static Refusal NoSuchQuestion => Refuse.NotFound(Text.Of("题库中没有这道题。", "No such question."));

    private static Refusal AlreadyInBank => Refuse.Field("text", Text.Of("题库中已有相同题目", "The bank already has this question."));

    private static Refusal? Check(QuestionInput input)
    {
        var errors = QuestionImport.ReadOne(input).Errors;
        if (errors.Count == 0) return null;
        return Refuse.Fields(errors.GroupBy(e => FieldOf(e.Column)).ToDictionary(g => g.Key, g => g.Select(e => Text.Of($"{e.Column}：{e.Message}", $"{e.Column}: {e.Message}")).ToArray()));
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
