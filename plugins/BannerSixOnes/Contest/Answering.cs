using System.Text.Json;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Contest;

public enum AttemptState { Answering, Submitted, TimedOut }

/// <summary>A paper question as the member sees it: no answer.</summary>
public sealed record PaperItem(int Position, string Kind, string Category, string Text, string[] Options, int Points);

public sealed record AttemptView(long Id, long ContestId, AttemptState State, string StartedAt, string DeadlineAt, DateTimeOffset DeadlineUtc,
    int SecondsLeft, IReadOnlyDictionary<int, string> Answers, int? Score, int TotalPoints, int? SecondsUsed, IReadOnlyList<PaperItem>? Paper);

/// <summary>
/// 在线答题. One attempt per member, started within the window (opens ≤ now &lt; closes). Its deadline is
/// start + the time limit, cut at the window's close. Answers saved or submitted at or before the deadline
/// count; anything later is refused, and an attempt left open is scored on what was saved by its deadline.
/// Scoring is all-or-nothing per question (a multi-choice question needs exactly the right letters).
/// </summary>
public sealed class Answering(SixOnesDbContext db, SixOnesCampaign campaign, IRoster roster, IObligationRecords obligations, ICurrentUser user, ContestSetup contests)
{
    /// <summary>Starts (or resumes) the caller's own attempt at a published contest: the paper without answers and the deadline.</summary>
    public async Task<Result<AttemptView>> StartMineAsync(long contestId, CancellationToken ct)
    {
        if (await contests.VisibleAsync(contestId, ct) is not { PublishedAt: not null } contest) return ContestSetup.NoSuchContest;
        if (await user.PersonIdAsync(ct) is not { } personId) return OnlyMembers;
        return await StartAsync(contest, personId, ct);
    }

    /// <summary>The caller's own attempt, with the paper while it is being answered.</summary>
    public async Task<Result<AttemptView>> MineAsync(long contestId, CancellationToken ct) =>
        await MyAttemptAsync(contestId, tracked: false, ct) is { } attempt ? Result.Ok(await ViewAsync(attempt, withPaper: true, ct))
            : Refuse.NotFound(Text.Of("尚未开始答题。", "No attempt yet."));

    /// <summary>Saves the caller's own answers (and hands in when <paramref name="submit"/>), accepted up to the deadline, inclusive.</summary>
    public async Task<Result<AttemptView>> SaveMineAsync(long contestId, IReadOnlyDictionary<int, string?> answers, bool submit, CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) is null) return OnlyMembers;
        if (await MyAttemptAsync(contestId, tracked: true, ct) is not { } attempt) return Refuse.Field("attempt", Text.Of("尚未开始答题", "Start the attempt first."));
        return await SaveAsync(attempt, answers, submit, ct);
    }

    private static Refusal OnlyMembers => Refuse.Forbidden(Text.Of("只有名册中的党员可以答题。", "Only members on the roster take part."));

    private async Task<ContestAttempt?> MyAttemptAsync(long contestId, bool tracked, CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) is not { } personId) return null;
        var attempts = tracked ? db.Attempts.AsTracking() : db.Attempts.AsNoTracking();
        return await attempts.FirstOrDefaultAsync(a => a.ContestId == contestId && a.PersonId == personId, ct);
    }

    public static AttemptState StateOf(ContestAttempt attempt, DateTimeOffset now) =>
        attempt.SubmittedAt is not null ? AttemptState.Submitted : now > attempt.DeadlineAt ? AttemptState.TimedOut : AttemptState.Answering;

    /// <summary>Time used for the ranking: start to hand-in, or to the deadline when time ran out.</summary>
    public static int SecondsUsed(ContestAttempt attempt) =>
        (int)Math.Ceiling(((attempt.SubmittedAt ?? attempt.DeadlineAt) - attempt.StartedAt).TotalSeconds);

    public async Task<Result<AttemptView>> StartAsync(KnowledgeContest contest, long personId, CancellationToken ct)
    {
        var now = campaign.Now;
        var zone = campaign.Jurisdiction.TimeZone;
        var existing = await db.Attempts.FirstOrDefaultAsync(a => a.ContestId == contest.Id && a.PersonId == personId, ct);
        if (existing is not null)
            return StateOf(existing, now) == AttemptState.Answering
                ? Result<AttemptView>.Ok(await ViewAsync(existing, withPaper: true, ct)) // reload of the page: carry on
                : Result<AttemptView>.Refused("attempt", Text.Of("每人只能答题一次，你已完成本次竞赛", "One attempt per member."));
        if (now < contest.OpensAt)
            return Result<AttemptView>.Refused("opens", Text.Of($"答题尚未开始，{ContestCalendar.Say(contest.OpensAt, zone)} 开始", $"Not open yet: it opens at {ContestCalendar.Say(contest.OpensAt, zone)}."));
        if (now >= contest.ClosesAt)
            return Result<AttemptView>.Refused("closes", Text.Of($"答题已于 {ContestCalendar.Say(contest.ClosesAt, zone)} 结束", $"The window closed at {ContestCalendar.Say(contest.ClosesAt, zone)}."));
        var person = await roster.FindAsync(personId, ct);
        if (person is null) return Result<AttemptView>.Refused("person", Text.Of("名册中没有你的记录", "Not on the roster."));

        var limit = now.AddMinutes(contest.Minutes);
        var attempt = new ContestAttempt
        {
            ContestId = contest.Id, PersonId = personId, OrganizationId = person.OrganizationId, StartedAt = now,
            DeadlineAt = limit < contest.ClosesAt ? limit : contest.ClosesAt,
        };
        db.Attempts.Add(attempt);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException failure) when (SaveConflicts.IsConflict(failure)) // the same member started twice at once (two tabs): keep the first
        {
            db.ChangeTracker.Clear();
            attempt = await db.Attempts.FirstAsync(a => a.ContestId == contest.Id && a.PersonId == personId, ct);
        }
        await obligations.RecordAsync(ContestObligations.TypeKey, ObligedKind.Person, personId, contest.Date, ContestObligations.RecordRef(attempt), attempt.StartedAt, ct);
        return Result<AttemptView>.Ok(await ViewAsync(attempt, withPaper: true, ct));
    }

    /// <summary>Saves the member's answers (position → letters, or 对/错), and hands in when <paramref name="submit"/>.</summary>
    public async Task<Result<AttemptView>> SaveAsync(ContestAttempt attempt, IReadOnlyDictionary<int, string?> answers, bool submit, CancellationToken ct)
    {
        var now = campaign.Now;
        var zone = campaign.Jurisdiction.TimeZone;
        if (attempt.SubmittedAt is not null) return Result<AttemptView>.Refused("attempt", Text.Of("已交卷，不能再修改答案", "Already handed in."));
        if (now > attempt.DeadlineAt)
            return Result<AttemptView>.Refused("answers",
                Text.Of($"答题时间已到（截止 {ContestCalendar.Say(attempt.DeadlineAt, zone)}），本次提交未计入；此前保存的答案照常计分", $"Time was up at {ContestCalendar.Say(attempt.DeadlineAt, zone)}: this submission does not count; the answers saved before it do."));
        var paper = await db.Papers.AsNoTracking().Where(p => p.ContestId == attempt.ContestId).ToDictionaryAsync(p => p.Position, ct);
        var saved = Read(attempt);
        foreach (var (position, raw) in answers)
        {
            if (!paper.TryGetValue(position, out var question))
                return Result<AttemptView>.Refused("answers", Text.Of($"第{position}题不在试卷中", $"Question {position} is not on the paper."));
            var normalized = Normalize(question, raw);
            if (normalized is null) return Result<AttemptView>.Refused("answers", Text.Of($"第{position}题的答案“{raw}”无效", $"“{raw}” is no answer to question {position}."));
            if (normalized.Length == 0) saved.Remove(position); else saved[position] = normalized;
        }
        attempt.Answers = JsonSerializer.Serialize(saved);
        attempt.Score = paper.Values.Where(q => saved.TryGetValue(q.Position, out var a) && QuestionRules.IsCorrect(q.Answer, a)).Sum(q => q.Points);
        if (submit) attempt.SubmittedAt = now;
        attempt.Version++;
        if (!await db.TrySaveAsync(ct)) return Refuse.Conflict(); // saved from another tab meanwhile
        return Result<AttemptView>.Ok(await ViewAsync(attempt, withPaper: false, ct));
    }

    /// <summary>Letters (sorted) within the question's options; 对/错 for judge questions; "" for a cleared answer; null when invalid.</summary>
    private static string? Normalize(PaperQuestion question, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        if (question.Kind == QuestionKind.Judge && QuestionRules.ParseJudge(raw) is { } judged) return judged;
        var (letters, bad) = QuestionRules.ParseLetters(raw);
        if (bad is not null || letters!.Any(c => c - 'A' >= question.Options.Length)) return null;
        return question.Kind == QuestionKind.Multiple || letters!.Length == 1 ? letters : null;
    }

    public static Dictionary<int, string> Read(ContestAttempt attempt) =>
        JsonSerializer.Deserialize<Dictionary<int, string>>(attempt.Answers) ?? [];

    public async Task<AttemptView> ViewAsync(ContestAttempt attempt, bool withPaper, CancellationToken ct)
    {
        var now = campaign.Now;
        var zone = campaign.Jurisdiction.TimeZone;
        var paper = await db.Papers.AsNoTracking().Where(p => p.ContestId == attempt.ContestId).OrderBy(p => p.Position).ToListAsync(ct);
        var state = StateOf(attempt, now);
        var answering = state == AttemptState.Answering;
        return new(attempt.Id, attempt.ContestId, state, ContestCalendar.Format(attempt.StartedAt, zone), ContestCalendar.Format(attempt.DeadlineAt, zone),
            attempt.DeadlineAt, answering ? (int)Math.Max(0, (attempt.DeadlineAt - now).TotalSeconds) : 0, Read(attempt),
            answering ? null : attempt.Score, paper.Sum(p => p.Points), answering ? null : SecondsUsed(attempt),
            withPaper && answering ? [.. paper.Select(p => new PaperItem(p.Position, QuestionRules.KindName(p.Kind), p.Category, p.Text, p.Options, p.Points))] : null);
    }
}
