using System.Text.Json;
using Modular.Plugins.BannerSixOnes.Common;

namespace Modular.Plugins.BannerSixOnes.Contest;

/// <param name="Date">yyyy-MM-dd; default the setting <c>contest.date</c> (06-30).</param>
/// <param name="Opens">Local date-time (yyyy-MM-dd HH:mm); default the contest day's 00:00.</param>
/// <param name="Closes">Local date-time; default the next day's 00:00 (the whole contest day).</param>
/// <param name="Minutes">Time limit; default the setting <c>contest.minutes</c> (60).</param>
/// <param name="QuestionCount">Questions drawn from the whole bank; null = all.</param>
/// <param name="CategoryCounts">Questions drawn per category (党的理论/党的知识/党的历史); null = none.</param>
public sealed record ContestInput(string? Title, string? Date = null, string? Opens = null, string? Closes = null, int? Minutes = null,
    int? QuestionCount = null, Dictionary<string, int>? CategoryCounts = null, int? Version = null);

public sealed record ContestView(long Id, string Title, DateOnly Date, string DateLabel, string Opens, string Closes, int Minutes,
    int? QuestionCount, IReadOnlyDictionary<string, int>? CategoryCounts, bool Published, bool RankingsPublished, int Questions, int TotalPoints,
    int Version, IReadOnlyList<string> Warnings);

/// <summary>
/// The office sets up a contest and publishes it. The date defaults to the setting <c>contest.date</c>; a date
/// outside 6月下旬 is allowed (the plan says 拟于6月底, a plan, not a rule) with a warning. Publication draws the
/// paper once — the same questions for everyone — and freezes it.
/// </summary>
public sealed class ContestSetup(SixOnesDbContext db, SixOnesCampaign campaign, ICurrentUser user)
{
    public const int MinMinutes = 5, MaxMinutes = 600; // the setting's own range (plugin.json contest.minutes)

    /// <summary>The bank and the contests are the office's (旗委组织部, the jurisdiction admin) to set up.</summary>
    public bool MayEdit => user.IsJurisdictionAdmin;

    /// <summary>The office and auditors see every contest and the bank; others only published contests.</summary>
    public bool MayReadAll => user.ReadsAll();

    /// <summary>Refused to anyone but the office.</summary>
    public static Refusal OfficeOnly => Refuse.Forbidden(Text.Of("仅旗委组织部（本辖区管理员）可以操作。", "Only the office (the jurisdiction admin) does this."));

    /// <summary>The contest, if the user sees it: every one for the office and auditors, published ones for the rest.</summary>
    public async Task<KnowledgeContest?> VisibleAsync(long id, CancellationToken ct)
    {
        var contest = await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return contest is null || (contest.PublishedAt is null && !MayReadAll) ? null : contest;
    }

    /// <summary>Before publication only the office (and auditors) see the rankings — members see their own score; after, everyone in the banner.</summary>
    public bool MaySeeRankings(KnowledgeContest contest) => MayReadAll || contest.RankingsPublishedAt is not null;

    /// <summary>The contests the user sees, newest first.</summary>
    public async Task<IReadOnlyList<ContestView>> ListAsync(CancellationToken ct)
    {
        var query = db.Contests.AsNoTracking();
        if (!MayReadAll) query = query.Where(c => c.PublishedAt != null);
        var views = new List<ContestView>();
        foreach (var c in await query.OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToListAsync(ct)) views.Add(await ViewAsync(c, ct));
        return views;
    }

    public async Task<Result<ContestView>> ReadAsync(long id, CancellationToken ct) =>
        await VisibleAsync(id, ct) is { } contest ? Result.Ok(await ViewAsync(contest, ct)) : NoSuchContest;

    public static Refusal NoSuchContest => Refuse.NotFound(Text.Of("没有这场竞赛。", "No such contest."));

    public async Task<ContestView> ViewAsync(KnowledgeContest contest, CancellationToken ct)
    {
        var zone = campaign.Jurisdiction.TimeZone;
        var paper = await db.Papers.Where(p => p.ContestId == contest.Id).Select(p => p.Points).ToListAsync(ct);
        return new(contest.Id, contest.Title, contest.Date, ContestCalendar.Label(contest.Date), ContestCalendar.Format(contest.OpensAt, zone),
            ContestCalendar.Format(contest.ClosesAt, zone), contest.Minutes, contest.QuestionCount, CountsOf(contest),
            contest.PublishedAt is not null, contest.RankingsPublishedAt is not null, paper.Count, paper.Sum(), contest.Version, Warnings(contest.Date));
    }

    public static IReadOnlyDictionary<string, int>? CountsOf(KnowledgeContest contest) =>
        contest.CategoryCounts is null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(contest.CategoryCounts);

    public static IReadOnlyList<string> Warnings(DateOnly date) => ContestCalendar.IsEndOfJune(date) ? [] :
        [Text.Of($"竞赛日期 {date:yyyy-MM-dd} 不在6月底（6月21日—30日）；方案拟于6月底举办，仍可保存。", $"{date:yyyy-MM-dd} is not at the end of June (21–30), when the plan holds the contest; it can still be saved.")];

    public async Task<Result<ContestView>> CreateAsync(ContestInput input, CancellationToken ct)
    {
        if (!MayEdit) return OfficeOnly;
        var contest = new KnowledgeContest { Title = "", CreatedAt = campaign.Now };
        if (await ApplyAsync(contest, input, ct) is { } refused) return refused;
        db.Contests.Add(contest);
        await db.SaveChangesAsync(ct);
        return Result.Ok(await ViewAsync(contest, ct));
    }

    /// <summary>Edits before publication only, at the version read (409 when someone saved in between).</summary>
    public async Task<Result<ContestView>> UpdateAsync(long id, ContestInput input, CancellationToken ct)
    {
        if (!MayEdit) return OfficeOnly;
        var contest = await db.Contests.AsTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contest is null) return NoSuchContest;
        if (input.Version is null) return Refuse.Field("version", Text.Of("缺少版本号", "Version is required for an edit."));
        if (input.Version != contest.Version) return Refuse.Conflict();
        if (contest.PublishedAt is not null) return Refuse.Field("contest", Text.Of("竞赛已发布，不能再修改", "A published contest cannot be changed."));
        if (await ApplyAsync(contest, input, ct) is { } refused) return refused;
        contest.Version++;
        return await db.TrySaveAsync(ct) ? Result.Ok(await ViewAsync(contest, ct)) : Refuse.Conflict();
    }

    private async Task<Refusal?> ApplyAsync(KnowledgeContest contest, ContestInput input, CancellationToken ct)
    {
        var rules = await campaign.RulesAsync(ct);
        var zone = campaign.Jurisdiction.TimeZone;
        var errors = new Dictionary<string, string[]>();
        var title = (input.Title ?? "").Trim();
        if (title.Length == 0) errors["title"] = [Text.Of("请填写竞赛名称", "Title is required.")];

        var date = rules.ContestDate;
        if (!string.IsNullOrWhiteSpace(input.Date))
        {
            if (ContestCalendar.ParseDate(input.Date) is { } d) date = d;
            else errors["date"] = [Text.Of($"“{input.Date}”不是有效日期（yyyy-MM-dd）", $"“{input.Date}” is no date (yyyy-MM-dd).")];
        }
        var opens = date.ToDateTime(TimeOnly.MinValue);
        if (!string.IsNullOrWhiteSpace(input.Opens))
        {
            if (ContestCalendar.ParseLocal(input.Opens) is { } o) opens = o;
            else errors["opens"] = [Text.Of($"“{input.Opens}”不是有效时间（yyyy-MM-dd HH:mm）", $"“{input.Opens}” is no time (yyyy-MM-dd HH:mm).")];
        }
        var closes = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        if (!string.IsNullOrWhiteSpace(input.Closes))
        {
            if (ContestCalendar.ParseLocal(input.Closes) is { } c) closes = c;
            else errors["closes"] = [Text.Of($"“{input.Closes}”不是有效时间（yyyy-MM-dd HH:mm）", $"“{input.Closes}” is no time (yyyy-MM-dd HH:mm).")];
        }
        if (!errors.ContainsKey("opens") && !errors.ContainsKey("closes") && closes <= opens)
            errors["closes"] = [Text.Of("结束时间须晚于开始时间", "Closes must be after opens.")];

        var minutes = input.Minutes ?? rules.ContestMinutes;
        if (minutes is < MinMinutes or > MaxMinutes) errors["minutes"] = [Text.Of($"答题时长须为 {MinMinutes}–{MaxMinutes} 分钟", $"The time limit is {MinMinutes}–{MaxMinutes} minutes.")];
        if (input.QuestionCount is < 1) errors["questionCount"] = [Text.Of("题目数量须为正数，留空表示全部", "The number of questions is positive; leave it empty for all.")];
        var counts = input.CategoryCounts is { Count: > 0 } given ? given : null;
        if (counts is not null)
        {
            if (counts.Keys.FirstOrDefault(k => QuestionRules.ParseCategory(k) is null) is { } bad)
                errors["categoryCounts"] = [Text.Of($"“{bad}”不是有效类别（党的理论/党的知识/党的历史）", $"“{bad}” is no category (党的理论/党的知识/党的历史).")];
            else if (counts.Values.Any(v => v < 0)) errors["categoryCounts"] = [Text.Of("各类别题数不能为负", "A category's count cannot be negative.")];
            else
            {
                counts = counts.Where(c => c.Value > 0).ToDictionary(c => QuestionRules.ParseCategory(c.Key)!, c => c.Value);
                if (counts.Count == 0) errors["categoryCounts"] = [Text.Of("各类别题数合计须大于0", "The categories' counts add up to more than 0.")];
                else if (input.QuestionCount is { } n && n != counts.Values.Sum())
                    errors["questionCount"] = [Text.Of($"题目数量 {n} 与各类别题数合计 {counts.Values.Sum()} 不一致", $"{n} questions do not match the categories' total of {counts.Values.Sum()}.")];
            }
        }
        if (errors.Count > 0) return Refuse.Fields(errors);

        contest.Title = title;
        contest.Date = date;
        contest.OpensAt = ContestCalendar.ToUtc(opens, zone);
        contest.ClosesAt = ContestCalendar.ToUtc(closes, zone);
        contest.Minutes = minutes;
        contest.QuestionCount = input.QuestionCount;
        contest.CategoryCounts = counts is null ? null : JsonSerializer.Serialize(counts);
        return null;
    }

    /// <summary>Draws the paper (the same for every member), freezes it and opens the contest to members.</summary>
    public async Task<Result<ContestView>> PublishAsync(long id, CancellationToken ct)
    {
        if (!MayEdit) return OfficeOnly;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var contest = await db.Contests.AsTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contest is null) return NoSuchContest;
        if (contest.PublishedAt is not null) return Refuse.Field("contest", Text.Of("竞赛已发布", "Already published."));
        var bank = await db.Questions.AsNoTracking().OrderBy(q => q.Id).ToListAsync(ct);
        var drawn = new List<ContestQuestion>();
        if (CountsOf(contest) is { } counts)
        {
            foreach (var (category, wanted) in counts)
            {
                var pool = bank.Where(q => q.Category == category).ToList();
                if (pool.Count < wanted)
                    return Refuse.Field("categoryCounts", Text.Of($"“{category}”题库只有 {pool.Count} 题，不足 {wanted} 题", $"The bank has {pool.Count} questions of “{category}”, fewer than {wanted}."));
                drawn.AddRange(Shuffled(pool).Take(wanted));
            }
        }
        else if (contest.QuestionCount is { } n)
        {
            if (bank.Count < n) return Refuse.Field("questionCount", Text.Of($"题库只有 {bank.Count} 题，不足 {n} 题", $"The bank has {bank.Count} questions, fewer than {n}."));
            drawn.AddRange(Shuffled(bank).Take(n));
        }
        else drawn.AddRange(bank);
        if (drawn.Count == 0) return Refuse.Field("questionCount", Text.Of("题库为空，请先导入题目", "The bank is empty."));

        // 按类别、题型排列：试卷读起来像一份卷子（党的理论、党的知识、党的历史；单选、多选、判断）。
        var ordered = drawn.OrderBy(q => Array.IndexOf(QuestionRules.Categories, q.Category)).ThenBy(q => q.Kind).ThenBy(q => q.Id).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var q = ordered[i];
            db.Papers.Add(new PaperQuestion
            {
                ContestId = contest.Id, Position = i + 1, QuestionId = q.Id, Kind = q.Kind, Text = q.Text, Options = q.Options,
                Answer = q.Answer, Points = q.Points, Category = q.Category,
            });
        }
        contest.PublishedAt = campaign.Now;
        contest.Version++;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Ok(await ViewAsync(contest, ct));
    }

    /// <summary>公布排名: from now on everyone in the banner sees the rankings.</summary>
    public async Task<Result<ContestView>> PublishRankingsAsync(long id, CancellationToken ct)
    {
        if (!MayEdit) return OfficeOnly;
        var contest = await db.Contests.AsTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contest is null) return NoSuchContest;
        if (contest.PublishedAt is null) return Refuse.Field("contest", Text.Of("竞赛尚未发布", "The contest is not published."));
        contest.RankingsPublishedAt ??= campaign.Now;
        contest.Version++;
        return await db.TrySaveAsync(ct) ? Result.Ok(await ViewAsync(contest, ct)) : Refuse.Conflict();
    }

    private static List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        Random.Shared.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
