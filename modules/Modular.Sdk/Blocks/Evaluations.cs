namespace Modular.Sdk.Blocks;

/// <summary>One choice on a scale: a key stored with the answer, its labels, and an optional score.</summary>
public sealed record ScaleOption(string Key, LocalizedText Label, decimal? Score = null);

/// <summary>A scale answers are chosen from.</summary>
public sealed record Scale(string Key, IReadOnlyList<ScaleOption> Options)
{
    /// <summary>民主评议: 优秀 / 合格 / 基本合格 / 不合格.</summary>
    public static Scale FourGrades { get; } = new("four-grades",
    [
        new("excellent", new("优秀", "Excellent"), 4), new("qualified", new("合格", "Qualified"), 3),
        new("basically-qualified", new("基本合格", "Basically qualified"), 2), new("unqualified", new("不合格", "Unqualified"), 1),
    ]);

    /// <summary>满意 / 基本满意 / 不满意.</summary>
    public static Scale Satisfaction { get; } = new("satisfaction",
    [
        new("satisfied", new("满意", "Satisfied"), 3), new("basically-satisfied", new("基本满意", "Basically satisfied"), 2),
        new("dissatisfied", new("不满意", "Dissatisfied"), 1),
    ]);

    /// <summary>1 to <paramref name="max"/> points.</summary>
    public static Scale Points(int max) => new($"points-1-{max}",
        [.. Enumerable.Range(1, max).Select(i => new ScaleOption(i.ToString(System.Globalization.CultureInfo.InvariantCulture), new($"{i} 分", $"{i} points"), i))]);
}

/// <summary>A question of a round, answered on its scale (e.g. "认识是否深刻？").</summary>
public sealed record EvaluationQuestion(string Key, LocalizedText Prompt, Scale Scale);

/// <summary>Whom or what a round evaluates, as the evaluators read it on the public answer sheet (e.g. <c>person:42</c>, "王芳").</summary>
public sealed record EvaluationSubject(string Key, LocalizedText Name);

/// <summary>
/// A round of evaluation or survey (e.g. "2011 上半年民主评议"). Anonymous rounds keep no answer rows,
/// only counts per subject, question and option, and a separate ledger of who has answered (to refuse a second answer).
/// Answers are taken from <paramref name="Opens"/> to <paramref name="Closes"/> (the jurisdiction's days, both included).
/// </summary>
/// <param name="Subjects">
/// Who is evaluated, for the public answer sheet of an anonymous round (<see cref="PublicEvaluation"/>): evaluators with a
/// code see these names and answer for any of them. Rounds answered only through a plugin's own pages may leave it empty.
/// </param>
public sealed record EvaluationRoundInput(BlockKind Kind, string RoundKey, LocalizedText Title, IReadOnlyList<EvaluationQuestion> Questions, bool Anonymous,
    DateOnly? Opens = null, DateOnly? Closes = null, IReadOnlyList<EvaluationSubject>? Subjects = null);

public sealed record EvaluationRoundInfo(long Id, string PluginId, string Kind, string RoundKey, LocalizedText Title, IReadOnlyList<EvaluationQuestion> Questions, bool Anonymous, bool Closed)
{
    public DateOnly? Opens { get; init; }
    public DateOnly? Closes { get; init; }
    public IReadOnlyList<EvaluationSubject> Subjects { get; init; } = [];
}

/// <summary>
/// The public answer sheet of an anonymous round as one code holder sees it: the round, and which subjects this code has
/// answered already (a code answers each subject once).
/// </summary>
public sealed record CodeSheet(EvaluationRoundInfo Round, IReadOnlySet<string> Answered);

/// <summary>
/// Where evaluators without an account answer an anonymous round: a page outside any sign-in, reached from the printed
/// slip that carries the code. Print this path (with the site's address) beside each code.
/// </summary>
public static class PublicEvaluation
{
    public static string Path(string jurisdictionCode, long roundId) => $"/evaluate/{Uri.EscapeDataString(jurisdictionCode)}/{roundId}";
}

/// <param name="SubjectKey">Who or what is evaluated (e.g. <c>person:42</c>, <c>org:7</c>, <c>report</c>).</param>
/// <param name="Answers">Question key → option key.</param>
public sealed record EvaluationResponseInput(long RoundId, string SubjectKey, long RespondentPersonId, IReadOnlyDictionary<string, string> Answers);

public sealed record OptionShare(string OptionKey, LocalizedText Label, int Count, decimal Share);
public sealed record QuestionResult(string QuestionKey, int Responses, IReadOnlyList<OptionShare> Distribution, decimal? AverageScore);
/// <summary>Results for one subject: per question, the count and share (0..1) of each option.</summary>
public sealed record SubjectResult(string SubjectKey, int Responses, IReadOnlyList<QuestionResult> Questions);

/// <summary>A named response as stored (anonymous rounds have none to show).</summary>
public sealed record NamedResponseInfo(long RespondentPersonId, string SubjectKey, IReadOnlyDictionary<string, string> Answers);

/// <summary>Democratic evaluations (民主评议), N-question public evaluations and satisfaction surveys, for the current jurisdiction.</summary>
public interface IEvaluations
{
    Task<Result<EvaluationRoundInfo>> CreateRoundAsync(EvaluationRoundInput input, CancellationToken cancellationToken = default);
    Task<EvaluationRoundInfo?> FindRoundAsync(long roundId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<EvaluationRoundInfo>> ListRoundsAsync(BlockKind kind, CancellationToken cancellationToken = default);

    /// <summary>Every round of the jurisdiction (optionally one plugin's), newest first.</summary>
    Task<IReadOnlyList<EvaluationRoundInfo>> ListAllRoundsAsync(string? pluginId = null, CancellationToken cancellationToken = default);
    Task<Result<EvaluationRoundInfo>> CloseRoundAsync(long roundId, CancellationToken cancellationToken = default);
    /// <summary>Records one answer sheet. Refused if the respondent already answered this subject in this round, the round is closed, or an answer is not on its scale.</summary>
    Task<Result<bool>> RespondAsync(EvaluationResponseInput input, CancellationToken cancellationToken = default);
    Task<bool> HasAnsweredAsync(long roundId, string subjectKey, long respondentPersonId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<SubjectResult>> ResultsAsync(long roundId, CancellationToken cancellationToken = default);
    /// <summary>Who answered what — only for named rounds; empty for anonymous ones.</summary>
    Task<IReadOnlyList<NamedResponseInfo>> NamedResponsesAsync(long roundId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One-time codes for evaluators who have no account (the public, town heads, representatives) in an anonymous round:
    /// each code answers each subject once. Only their hashes are kept, so hand the codes out now (printed slips).
    /// </summary>
    Task<Result<IReadOnlyList<string>>> IssueCodesAsync(long roundId, int count, CancellationToken cancellationToken = default);
    /// <summary>
    /// Opens the public sheet for a code: refused when the code is not one of the round's, the round is closed or outside
    /// its days; else the round and the subjects this code has answered.
    /// </summary>
    Task<Result<CodeSheet>> OpenCodeSheetAsync(long roundId, string code, CancellationToken cancellationToken = default);
    /// <summary>
    /// A code holder's whole sheet: subject key → (question key → option key). All or nothing: every subject must be one of
    /// the round's, not answered with this code before, and fully answered; then every answer is recorded in one transaction.
    /// Returns how many subjects were answered.
    /// </summary>
    Task<Result<int>> RespondSheetWithCodeAsync(long roundId, string code, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> answersBySubject,
        CancellationToken cancellationToken = default);
    /// <summary>An answer sheet given with a code instead of an account; anonymous like any answer of the round.</summary>
    Task<Result<bool>> RespondWithCodeAsync(long roundId, string code, string subjectKey, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken = default);
    /// <summary>
    /// Paper sheets counted by the office (纸质测评表汇总): for one subject, question → option → how many chose it. Every
    /// sheet answers every question, so each question's counts add up to the same number of sheets.
    /// </summary>
    Task<Result<int>> AddPaperTallyAsync(long roundId, string subjectKey, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> counts, CancellationToken cancellationToken = default);
}
